/**
 * The demo corridor's partnering profiles, written in all seven corridor languages, and the list of
 * request/offer pairs that a good cross-lingual docking engine should bring together.
 *
 * The parts live in `profiles/<language>.ts`, one file per original language.
 */

import type { DemoProfile } from './profiles/demo-profile.js';
import { EN_PROFILES } from './profiles/en.js';
import { KM_PROFILES } from './profiles/km.js';
import { LO_PROFILES } from './profiles/lo.js';
import { MY_PROFILES } from './profiles/my.js';
import { TH_PROFILES } from './profiles/th.js';
import { VI_PROFILES } from './profiles/vi.js';
import { ZH_PROFILES } from './profiles/zh.js';

export type { DemoProfile } from './profiles/demo-profile.js';

export const DEMO_PROFILES: readonly DemoProfile[] = [
  ...ZH_PROFILES,
  ...LO_PROFILES,
  ...TH_PROFILES,
  ...KM_PROFILES,
  ...MY_PROFILES,
  ...VI_PROFILES,
  ...EN_PROFILES,
];

/**
 * A need and an offer written in different languages that answer each other. Both profiles are
 * published; the request is a technology, business or R&D request and the offer a technology or
 * business offer. Usable as ground truth when evaluating the docking engine.
 */
export interface DemoDockingPair {
  requestKey: string;
  offerKey: string;
}

const pair = (requestKey: string, offerKey: string): DemoDockingPair => ({ requestKey, offerKey });

export const DEMO_DOCKING_PAIRS: readonly DemoDockingPair[] = [
  // The potash cluster around Laos, KUST and the Donlinks project.
  pair('khammouane-potash-npk-technology', 'kust-potash-compound-fertiliser'), // lo -> zh
  pair('mem-potash-subsidence-monitoring', 'kust-mine-subsidence-insar'), // lo -> zh
  pair('korat-potassium-chloride-sourcing', 'donlinks-potassium-chloride-supply'), // th -> zh
  pair('donlinks-salt-tailings-backfill', 'hust-paste-backfill'), // zh -> vi
  pair('donlinks-lao-operator-training', 'nuol-mining-processing-technician-courses'), // zh -> lo
  // Talent, incubation and finance.
  pair('souphanouvong-railway-technician-training', 'kust-railway-mining-training'), // lo -> zh
  pair('vientiane-hub-china-soft-landing', 'kust-park-soft-landing'), // lo -> zh
  pair('pp-startup-hub-investment', 'chao-phraya-seed-investment'), // km -> th
  pair('chao-phraya-deal-flow', 'red-river-agritech-pipeline'), // th -> vi
  pair('kampong-cham-tsr-investment', 'lm-fund-tech-transfer-financing'), // km -> zh
  pair('lm-fund-co-investors', 'mekong-fund-climate-tech'), // en -> vi
  pair('phu-sa-xanh-distributors', 'khammouane-agro-distribution-network'), // vi -> lo
  // Mining and materials.
  pair('upper-mm-tin-concentrate-refining', 'kust-vacuum-metallurgy-tin'), // my -> zh
  pair('upper-mm-rare-earth-leaching-research', 'dianzhong-rare-earth-low-ammonia-leaching'), // my -> zh
  // Logistics and cold chain.
  pair('mohan-boten-smart-port', 'song-han-iot-eseal'), // zh -> vi
  pair('boten-fruit-cold-storage', 'caiyun-solar-cold-room'), // lo -> zh
  pair('caiyun-tropical-fruit-consolidation', 'coldlink-fruit-consolidation-rail'), // zh -> th
  pair('cold-chain-assoc-rail-route', 'boten-rail-road-transshipment'), // vi -> lo
  pair('coldlink-rail-terminal-partners', 'boten-rail-road-transshipment'), // en -> lo
  pair('cold-chain-assoc-reefer-monitoring', 'coldlink-reefer-monitoring'), // vi -> th
  pair('chula-rail-monitoring-research', 'chuncheng-track-condition-monitoring'), // th -> zh
  // Agriculture and food.
  pair('bolaven-coffee-processing-quality', 'yaas-coffee-wet-processing'), // lo -> zh
  pair('bolaven-coffee-online-china', 'lm-agri-rural-ecommerce-training'), // lo -> zh
  pair('bolaven-coffee-wastewater', 'kku-constructed-wetland-agro-wastewater'), // lo -> th
  pair('yau-seed-potato-system', 'yaas-virus-free-seed-potato'), // my -> zh
  pair('yau-small-combine-harvester', 'lm-agri-mini-combine-harvester'), // my -> zh
  pair('yau-fall-armyworm-biocontrol', 'yaas-fall-armyworm-biocontrol'), // my -> en
  pair('ayeyarwady-rice-husk-parboiling', 'nstda-rice-husk-furnace-dryer'), // my -> th
  pair('ayeyarwady-salinity-monitoring', 'ctu-salinity-early-warning'), // my -> vi
  pair('battambang-stress-tolerant-rice', 'ctu-salt-tolerant-rice'), // km -> vi
  pair('nafri-resilient-glutinous-rice', 'ctu-salt-tolerant-rice'), // en -> vi
  pair('nafri-sensor-irrigation', 'song-han-smart-irrigation'), // lo -> vi
  pair('kampong-thom-cassava-mosaic', 'kku-cassava-mosaic-clean-planting'), // km -> th
  pair('kampong-thom-starch-wastewater', 'isan-cassava-wastewater-biogas'), // km -> th
  pair('isan-cassava-chip-sourcing', 'kampong-thom-cassava-chips-supply'), // th -> km
  pair('kampong-thom-cashew-shelling', 'hust-cashew-sheller'), // km -> vi
  pair('cardi-local-aquafeed', 'ctu-bsf-aquafeed'), // km -> vi
  // Rubber.
  pair('kampong-cham-smoke-free-rubber-drying', 'siam-latex-hybrid-sheet-dryer'), // km -> th
  pair('siam-latex-concentrated-latex-supply', 'kampong-cham-block-rubber-supply'), // th -> km
  // Energy.
  pair('mekong-solar-village-minigrid', 'dianguang-pv-storage-microgrid'), // lo -> zh
  pair('dianguang-local-installers', 'golden-sun-local-installation-network'), // zh -> my
  pair('golden-sun-solar-pumps', 'community-solar-pump-kit'), // my -> th
  pair('mem-hydropower-dam-safety', 'hust-fibre-optic-dam-monitoring'), // lo -> en
  pair('itc-etuktuk-battery-swapping', 'bach-dang-lfp-swappable-packs'), // km -> vi
  // Water and climate.
  pair('water-informatics-flood-forecasting', 'nstda-mekong-flood-forecast-platform'), // lo -> th
  pair('tonle-arsenic-removal', 'vast-laterite-arsenic-filter'), // km -> vi
  pair('tonle-school-water-filters', 'ytu-ceramic-water-filter'), // en -> my
  // Health and traditional medicine.
  pair('shwe-hinthar-extraction-standardisation', 'banna-supercritical-extraction'), // my -> zh
  pair('souphanouvong-medicinal-plants-standards', 'lanna-herbal-quality-standards'), // lo -> th
  pair('banna-medicinal-plant-survey', 'souphanouvong-field-research-hosting'), // zh -> en
  pair('lam-vien-botanical-extract-sourcing', 'shwe-hinthar-thanaka-extract'), // vi -> my
  pair('angkor-medtech-dengue-test-distribution', 'vast-dengue-lamp-kit'), // km -> vi
  // Digital.
  pair('nuol-lao-speech-recognition', 'chula-thai-lao-nlp'), // lo -> th
  pair('pp-hub-khmer-chatbot', 'chula-thai-lao-nlp'), // en -> th
  pair('hust-mekong-machine-translation', 'chula-thai-lao-nlp'), // en -> th
  pair('thuriya-offline-wallet', 'red-river-offline-payments-ekyc'), // my -> vi
  // Biodiversity and construction.
  pair('rupp-tonle-sap-edna', 'chula-edna-metabarcoding'), // km -> en
  pair('ytu-low-cost-seismic-housing', 'kust-natural-rubber-seismic-bearings'), // my -> en
];
