/**
 * The demo corridor's organisations: the six leading ministries named in the joint initiative, the
 * Kunming University of Science and Technology cluster around the China-Laos Mohan-Boten Economic
 * Cooperation Zone, and universities, institutes, enterprises, parks, funds and associations from all
 * six countries.
 *
 * Real institutions keep their real names and, where well known, their real websites; their
 * descriptions stay general. Every organisation marked fictional in its description uses an
 * `.example` website, and the profiles attributed to any organisation are demo content.
 */
import type { Country, MultilingualText, OrganisationKind } from '../domain/vocabulary.js';

/** An organisation seeded into the demo platform. */
export interface DemoOrganisation {
  /** Stable slug, referenced by people and profiles. */
  key: string;
  /** Always English, plus the native-language name (and Chinese for Chinese organisations). */
  name: MultilingualText;
  kind: OrganisationKind;
  country: Country;
  city: string;
  /** A real website only where it is well known; fictional organisations use the `.example` TLD. */
  website: string | null;
  /** Always English, plus the native language. */
  description: MultilingualText;
  /** The organisation this one belongs to, e.g. a university's technology transfer centre. */
  parentKey?: string;
}

/** Keys of the organisations the corridor's story depends on; tests check that they exist. */
export const REQUIRED_ORGANISATION_KEYS = {
  ministries: {
    CN: 'most_cn',
    KH: 'misti_kh',
    LA: 'mtc_la',
    MM: 'most_mm',
    TH: 'mhesi_th',
    VN: 'most_vn',
  },
  kust: 'kust',
  kustTechnologyTransferCenter: 'kust_ittc',
  kustSciencePark: 'kust_science_park',
  mohanBotenZone: 'mohan_boten_zone',
  souphanouvongUniversity: 'souphanouvong_university',
  laoMinistryOfEnergyAndMines: 'mem_la',
  potashEnterprise: 'donlinks',
} as const;

const CHINA: readonly DemoOrganisation[] = [
  {
    key: 'most_cn',
    name: {
      en: "Ministry of Science and Technology of the People's Republic of China",
      zh: '中华人民共和国科学技术部',
    },
    kind: 'government_agency',
    country: 'CN',
    city: 'Beijing',
    website: 'https://www.most.gov.cn',
    description: {
      en: "China's leading institution for the Lancang-Mekong Innovation Corridor. It sets national science and technology policy and supports technology transfer centres that work with the Mekong countries.",
      zh: '澜湄创新走廊建设的中方牵头单位，负责制定国家科技政策，并支持面向湄公河国家的国际技术转移机构开展合作。',
    },
  },
  {
    key: 'kust',
    name: { en: 'Kunming University of Science and Technology', zh: '昆明理工大学' },
    kind: 'university',
    country: 'CN',
    city: 'Kunming',
    website: 'https://www.kust.edu.cn',
    description: {
      en: 'A comprehensive university in Yunnan with strong schools of metallurgy, mining, materials and engineering. It cooperates with Laos on railway and mining training, a research centre with the Lao Ministry of Energy and Mines and a Confucius Institute at Souphanouvong University.',
      zh: '云南省综合性大学，冶金、矿业、材料和工程学科优势突出。学校与老挝在铁路和矿业人才培养、与老挝能源与矿产部共建研究中心以及与苏发努冯大学共建孔子学院等方面开展合作。',
    },
  },
  {
    key: 'kust_ittc',
    name: {
      en: 'International Technology Transfer Center of Kunming University of Science and Technology',
      zh: '昆明理工大学国际技术转移中心',
      lo: 'ສູນຖ່າຍທອດເຕັກໂນໂລຊີສາກົນ ມະຫາວິທະຍາໄລວິທະຍາສາດ ແລະ ເຕັກໂນໂລຊີຄຸນໝິງ',
    },
    kind: 'rd_centre',
    country: 'CN',
    city: 'Mohan',
    website: null,
    description: {
      en: "KUST's technology transfer centre, recognised by the Ministry of Science and Technology, with an office in the China-Laos Mohan-Boten Economic Cooperation Zone. It matches the university's research results with enterprises in Laos and the wider Mekong region.",
      zh: '经科学技术部认定的昆明理工大学国际技术转移机构，在中老磨憨-磨丁经济合作区设有工作站，负责把学校科研成果与老挝及湄公河地区企业需求进行对接。',
      lo: 'ສູນຖ່າຍທອດເຕັກໂນໂລຊີຂອງມະຫາວິທະຍາໄລ ທີ່ມີຫ້ອງການຢູ່ເຂດຮ່ວມມືເສດຖະກິດ ບໍ່ເຕັນ-ໂມ່ຮານ, ເຊື່ອມຕໍ່ຜົນການຄົ້ນຄວ້າກັບວິສາຫະກິດໃນລາວ.',
    },
    parentKey: 'kust',
  },
  {
    key: 'kust_science_park',
    name: { en: 'National University Science Park of KUST', zh: '昆明理工大学国家大学科技园' },
    kind: 'hightech_park_incubator',
    country: 'CN',
    city: 'Kunming',
    website: null,
    description: {
      en: 'The national university science park attached to KUST. It incubates spin-off companies and hosts start-ups from the Mekong countries that want to work with Chinese partners.',
      zh: '依托昆明理工大学建设的国家大学科技园，孵化学校衍生企业，并为希望与中国伙伴合作的湄公河国家初创企业提供入驻服务。',
    },
    parentKey: 'kust',
  },
  {
    key: 'mohan_boten_zone',
    name: {
      en: 'Administration of the China-Laos Mohan-Boten Economic Cooperation Zone',
      zh: '中老磨憨-磨丁经济合作区管理委员会',
      lo: 'ຄະນະຄຸ້ມຄອງເຂດຮ່ວມມືເສດຖະກິດ ບໍ່ເຕັນ-ໂມ່ຮານ ລາວ-ຈີນ',
    },
    kind: 'government_agency',
    country: 'CN',
    city: 'Mohan',
    website: null,
    description: {
      en: 'Manages the cross-border economic cooperation zone on the China-Laos railway at the Mohan and Boten border crossing. The zone lacks high-tech enterprises and skilled technical staff and is looking for partners in talent training and the commercialisation of research.',
      zh: '负责管理中老铁路沿线磨憨—磨丁口岸的跨境经济合作区。合作区高新技术企业和专业技术人才不足，正在人才培养和科技成果转化方面寻求合作伙伴。',
      lo: 'ຄຸ້ມຄອງເຂດເສດຖະກິດຂ້າມແດນ ຢູ່ດ່ານບໍ່ເຕັນ-ໂມ່ຮານ ຕາມເສັ້ນທາງລົດໄຟລາວ-ຈີນ. ເຂດດັ່ງກ່າວຍັງຂາດວິສາຫະກິດເຕັກໂນໂລຊີສູງ ແລະ ພະນັກງານວິຊາການ.',
    },
  },
  {
    key: 'donlinks',
    name: { en: 'Donlinks International Investment', zh: '东凌国际投资' },
    kind: 'enterprise',
    country: 'CN',
    city: 'Guangzhou',
    website: null,
    description: {
      en: 'Investor behind a potash fertiliser project in Laos designed for one million tonnes a year. In the demo it looks for processing, environmental and training partners for the project.',
      zh: '在老挝投资建设年产100万吨钾肥项目的企业。在演示数据中，该企业为项目寻找加工技术、环境保护和人才培训方面的合作伙伴。',
    },
  },
  {
    key: 'yaas',
    name: { en: 'Yunnan Academy of Agricultural Sciences', zh: '云南省农业科学院' },
    kind: 'research_institute',
    country: 'CN',
    city: 'Kunming',
    website: null,
    description: {
      en: "Yunnan's provincial agricultural research academy, working on crops, coffee and tea, plant protection and seed systems suited to the mountains of the upper Mekong.",
      zh: '云南省级农业科研机构，围绕作物育种、咖啡与茶叶、植物保护和种子体系开展研究，成果适用于澜沧江—湄公河上游山区。',
    },
  },
  {
    key: 'dianzhong_rare_earth',
    name: { en: 'Dianzhong Rare Earth New Materials Co., Ltd.', zh: '滇中稀土新材料有限公司' },
    kind: 'enterprise',
    country: 'CN',
    city: 'Yuxi',
    website: 'https://dianzhong-rare-earth.example',
    description: {
      en: 'Fictional rare earth separation and magnet materials company. It develops low-ammonia leaching and solvent extraction processes for ion-adsorption clays.',
      zh: '虚构的稀土分离与磁性材料企业，研发离子吸附型稀土矿低氨浸出和萃取分离工艺。',
    },
  },
  {
    key: 'caiyun_cold_chain',
    name: { en: 'Caiyun Cold Chain Technology Co., Ltd.', zh: '彩云冷链科技有限公司' },
    kind: 'enterprise',
    country: 'CN',
    city: 'Kunming',
    website: 'https://caiyun-coldchain.example',
    description: {
      en: 'Fictional cold-chain company running temperature-controlled consolidation of fruit and vegetables along the China-Laos railway.',
      zh: '虚构的冷链物流企业，沿中老铁路开展果蔬温控集拼运输业务。',
    },
  },
  {
    key: 'banna_dai_medicine',
    name: { en: 'Xishuangbanna Dai Medicine R&D Centre', zh: '西双版纳傣医药研发中心' },
    kind: 'rd_centre',
    country: 'CN',
    city: 'Jinghong',
    website: 'https://banna-dai-medicine.example',
    description: {
      en: 'Fictional R&D centre that standardises Dai traditional medicine preparations and studies medicinal plants shared across the Lancang-Mekong border areas.',
      zh: '虚构的研发中心，致力于傣医药制剂标准化，并研究澜湄边境地区共有的药用植物资源。',
    },
  },
  {
    key: 'lm_tech_fund',
    name: { en: 'Lancang-Mekong Technology Transfer Fund', zh: '澜湄科技成果转化基金' },
    kind: 'financing_body',
    country: 'CN',
    city: 'Kunming',
    website: 'https://lm-techfund.example',
    description: {
      en: 'Fictional fund that co-finances cross-border technology transfer and pilot production projects between Yunnan and the Mekong countries.',
      zh: '虚构的投资基金，为云南与湄公河国家之间的跨境技术转移和中试生产项目提供联合融资。',
    },
  },
  {
    key: 'dianguang_microgrid',
    name: { en: 'Dianguang Microgrid Technology Co., Ltd.', zh: '滇光微电网科技有限公司' },
    kind: 'enterprise',
    country: 'CN',
    city: 'Kunming',
    website: 'https://dianguang-microgrid.example',
    description: {
      en: 'Fictional maker of solar-plus-storage microgrid controllers and prepaid metering for off-grid villages.',
      zh: '虚构的企业，生产光储微电网控制器和预付费电表，服务无电网村寨。',
    },
  },
  {
    key: 'lm_agri_alliance',
    name: { en: 'Lancang-Mekong Agricultural Technology Alliance', zh: '澜湄农业科技产业联盟' },
    kind: 'association_ngo',
    country: 'CN',
    city: 'Kunming',
    website: 'https://lm-agri-alliance.example',
    description: {
      en: 'Fictional alliance of Yunnan agricultural machinery makers, seed companies and e-commerce platforms that promotes their technologies in the Mekong countries.',
      zh: '虚构的产业联盟，由云南农机企业、种业公司和电商平台组成，向湄公河国家推广适用农业技术。',
    },
  },
  {
    key: 'chuncheng_rail',
    name: { en: 'Chuncheng Rail Intelligent Equipment Co., Ltd.', zh: '春城轨道智能装备有限公司' },
    kind: 'enterprise',
    country: 'CN',
    city: 'Kunming',
    website: 'https://chuncheng-rail.example',
    description: {
      en: 'Fictional supplier of track inspection and condition monitoring equipment for conventional and high-speed railways.',
      zh: '虚构的企业，为普速和高速铁路提供轨道检测与状态监测装备。',
    },
  },
];

const LAOS: readonly DemoOrganisation[] = [
  {
    key: 'mtc_la',
    name: { en: 'Ministry of Technology and Communications', lo: 'ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ' },
    kind: 'government_agency',
    country: 'LA',
    city: 'Vientiane',
    website: null,
    description: {
      en: "The Lao PDR's leading institution for the Lancang-Mekong Innovation Corridor, responsible for science, technology, innovation and digital communications policy.",
      lo: 'ອົງການນຳພາຂອງ ສປປ ລາວ ໃນການສ້າງລະບຽງນະວັດຕະກຳ ລ້ານຊ້າງ-ແມ່ຂອງ, ຮັບຜິດຊອບນະໂຍບາຍດ້ານວິທະຍາສາດ, ເຕັກໂນໂລຊີ, ນະວັດຕະກຳ ແລະ ການສື່ສານດິຈິຕອນ.',
    },
  },
  {
    key: 'mem_la',
    name: { en: 'Ministry of Energy and Mines', lo: 'ກະຊວງພະລັງງານ ແລະ ບໍ່ແຮ່', zh: '老挝能源与矿产部' },
    kind: 'government_agency',
    country: 'LA',
    city: 'Vientiane',
    website: null,
    description: {
      en: 'Regulates hydropower, electricity and mining in Laos. It runs a joint research and training centre with KUST for mining and energy professionals.',
      lo: 'ຄຸ້ມຄອງຂະແໜງໄຟຟ້າພະລັງງານນ້ຳ, ໄຟຟ້າ ແລະ ບໍ່ແຮ່ ໃນ ສປປ ລາວ. ກະຊວງໄດ້ຮ່ວມມືກັບມະຫາວິທະຍາໄລວິທະຍາສາດ ແລະ ເຕັກໂນໂລຊີຄຸນໝິງ ສ້າງສູນຄົ້ນຄວ້າ ແລະ ຝຶກອົບຮົມບຸກຄະລາກອນດ້ານບໍ່ແຮ່ ແລະ ພະລັງງານ.',
    },
  },
  {
    key: 'souphanouvong_university',
    name: { en: 'Souphanouvong University', lo: 'ມະຫາວິທະຍາໄລ ສຸພານຸວົງ', zh: '苏发努冯大学' },
    kind: 'university',
    country: 'LA',
    city: 'Luang Prabang',
    website: null,
    description: {
      en: 'The public university of northern Laos, based in Luang Prabang. It hosts a Confucius Institute built together with KUST.',
      lo: 'ມະຫາວິທະຍາໄລຂອງລັດ ຢູ່ພາກເໜືອຂອງລາວ ຕັ້ງຢູ່ແຂວງຫຼວງພະບາງ. ມີສະຖາບັນຂົງຈື້ ທີ່ສ້າງຂຶ້ນຮ່ວມກັບມະຫາວິທະຍາໄລວິທະຍາສາດ ແລະ ເຕັກໂນໂລຊີຄຸນໝິງ.',
    },
  },
  {
    key: 'nuol',
    name: { en: 'National University of Laos', lo: 'ມະຫາວິທະຍາໄລແຫ່ງຊາດ' },
    kind: 'university',
    country: 'LA',
    city: 'Vientiane',
    website: 'https://www.nuol.edu.la',
    description: {
      en: 'The largest university in Laos, with faculties of engineering, natural sciences, agriculture and medicine-related sciences.',
      lo: 'ມະຫາວິທະຍາໄລທີ່ໃຫຍ່ທີ່ສຸດໃນ ສປປ ລາວ, ມີຄະນະວິສະວະກຳສາດ, ວິທະຍາສາດທຳມະຊາດ, ກະສິກຳ ແລະ ອື່ນໆ.',
    },
  },
  {
    key: 'nafri',
    name: {
      en: 'National Agriculture and Forestry Research Institute',
      lo: 'ສະຖາບັນຄົ້ນຄວ້າກະສິກຳ ແລະ ປ່າໄມ້ແຫ່ງຊາດ',
    },
    kind: 'research_institute',
    country: 'LA',
    city: 'Vientiane',
    website: null,
    description: {
      en: 'The Lao public research institute for rice, upland farming, livestock, fisheries and forestry.',
      lo: 'ສະຖາບັນຄົ້ນຄວ້າຂອງລັດ ດ້ານເຂົ້າ, ກະສິກຳເຂດພູດອຍ, ການລ້ຽງສັດ, ການປະມົງ ແລະ ປ່າໄມ້.',
    },
  },
  {
    key: 'khammouane_agro',
    name: { en: 'Khammouane Agro-Inputs Co., Ltd.', lo: 'ບໍລິສັດ ຄຳມ່ວນ ປັດໄຈການຜະລິດກະສິກຳ ຈຳກັດ' },
    kind: 'enterprise',
    country: 'LA',
    city: 'Thakhek',
    website: 'https://khammouane-agro.example',
    description: {
      en: 'Fictional Lao fertiliser blender and agro-input distributor in central Laos that wants to turn local potash into compound fertilisers for Lao farmers.',
      lo: 'ບໍລິສັດສົມມຸດ ທີ່ຜະສົມ ແລະ ຈຳໜ່າຍຝຸ່ນ ແລະ ປັດໄຈການຜະລິດກະສິກຳ ຢູ່ພາກກາງຂອງລາວ. ບໍລິສັດຕ້ອງການນຳໃຊ້ແຮ່ໂປຕາສໃນທ້ອງຖິ່ນ ມາຜະລິດຝຸ່ນປະສົມໃຫ້ຊາວກະສິກອນລາວ.',
    },
  },
  {
    key: 'mekong_solar_coop',
    name: { en: 'Mekong Solar Cooperative', lo: 'ສະຫະກອນພະລັງງານແສງຕາເວັນ ແມ່ຂອງ' },
    kind: 'enterprise',
    country: 'LA',
    city: 'Pakse',
    website: 'https://mekong-solar-coop.example',
    description: {
      en: 'Fictional cooperative that installs and runs solar home systems and village mini-grids in southern Laos.',
      lo: 'ສະຫະກອນສົມມຸດ ທີ່ຕິດຕັ້ງ ແລະ ບໍລິຫານລະບົບໄຟຟ້າແສງຕາເວັນຕາມເຮືອນ ແລະ ລະບົບໄຟຟ້າຂະໜາດນ້ອຍປະຈຳບ້ານ ຢູ່ພາກໃຕ້ຂອງລາວ.',
    },
  },
  {
    key: 'bolaven_coffee',
    name: { en: 'Bolaven Coffee Processors Association', lo: 'ສະມາຄົມຜູ້ປຸງແຕ່ງກາເຟ ພູພຽງບໍລະເວນ' },
    kind: 'association_ngo',
    country: 'LA',
    city: 'Paksong',
    website: 'https://bolaven-coffee.example',
    description: {
      en: 'Fictional association of smallholder coffee groups and small processors on the Bolaven Plateau.',
      lo: 'ສະມາຄົມສົມມຸດ ຂອງກຸ່ມຊາວສວນກາເຟ ແລະ ຜູ້ປຸງແຕ່ງຂະໜາດນ້ອຍ ຢູ່ພູພຽງບໍລະເວນ.',
    },
  },
  {
    key: 'vientiane_digital_hub',
    name: { en: 'Vientiane Digital Innovation Hub', lo: 'ສູນບົ່ມເພາະນະວັດຕະກຳດິຈິຕອນ ວຽງຈັນ' },
    kind: 'hightech_park_incubator',
    country: 'LA',
    city: 'Vientiane',
    website: 'https://vientiane-digital-hub.example',
    description: {
      en: 'Fictional incubator for Lao software, fintech and agritech start-ups.',
      lo: 'ສູນບົ່ມເພາະສົມມຸດ ສຳລັບບໍລິສັດເລີ່ມຕົ້ນໃໝ່ ດ້ານຊອບແວ, ເຕັກໂນໂລຊີການເງິນ ແລະ ເຕັກໂນໂລຊີກະສິກຳ ຂອງລາວ.',
    },
  },
  {
    key: 'mekong_village_fund',
    name: { en: 'Mekong Village Enterprise Fund', lo: 'ກອງທຶນວິສາຫະກິດບ້ານ ແມ່ຂອງ' },
    kind: 'financing_body',
    country: 'LA',
    city: 'Vientiane',
    website: 'https://mekong-village-fund.example',
    description: {
      en: 'Fictional fund giving small loans to village enterprises that adopt solar pumps, dryers and processing equipment.',
      lo: 'ກອງທຶນສົມມຸດ ທີ່ໃຫ້ເງິນກູ້ຂະໜາດນ້ອຍແກ່ວິສາຫະກິດຂັ້ນບ້ານ ເພື່ອຊື້ປ້ຳນ້ຳແສງຕາເວັນ, ເຄື່ອງອົບແຫ້ງ ແລະ ອຸປະກອນປຸງແຕ່ງ.',
    },
  },
  {
    key: 'boten_rail_logistics',
    name: { en: 'Boten Rail Logistics Co., Ltd.', lo: 'ບໍລິສັດ ບໍ່ເຕັນ ໂລຈິສຕິກທາງລົດໄຟ ຈຳກັດ' },
    kind: 'enterprise',
    country: 'LA',
    city: 'Boten',
    website: 'https://boten-rail-logistics.example',
    description: {
      en: 'Fictional freight forwarder offering rail-road transshipment and customs brokerage at Boten station on the Laos-China railway.',
      lo: 'ບໍລິສັດສົມມຸດ ໃຫ້ບໍລິການຂົນຖ່າຍສິນຄ້າລະຫວ່າງທາງລົດໄຟ ແລະ ທາງບົກ ພ້ອມທັງບໍລິການພິທີການພາສີ ຢູ່ສະຖານີບໍ່ເຕັນ ເທິງເສັ້ນທາງລົດໄຟລາວ-ຈີນ.',
    },
  },
  {
    key: 'mekong_water_informatics',
    name: { en: 'Mekong Water Informatics Centre', lo: 'ສູນຂໍ້ມູນຂ່າວສານນ້ຳ ແມ່ຂອງ' },
    kind: 'rd_centre',
    country: 'LA',
    city: 'Vientiane',
    website: 'https://mekong-water-informatics.example',
    description: {
      en: 'Fictional R&D centre building low-cost water level sensors and flood forecasting tools for Lao river basins.',
      lo: 'ສູນຄົ້ນຄວ້າສົມມຸດ ທີ່ພັດທະນາເຊັນເຊີວັດລະດັບນ້ຳລາຄາຖືກ ແລະ ເຄື່ອງມືພະຍາກອນນ້ຳຖ້ວມ ສຳລັບອ່າງແມ່ນ້ຳຕ່າງໆໃນລາວ.',
    },
  },
];

const THAILAND: readonly DemoOrganisation[] = [
  {
    key: 'mhesi_th',
    name: {
      en: 'Ministry of Higher Education, Science, Research and Innovation',
      th: 'กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม',
    },
    kind: 'government_agency',
    country: 'TH',
    city: 'Bangkok',
    website: 'https://www.mhesi.go.th',
    description: {
      en: "Thailand's leading institution for the Lancang-Mekong Innovation Corridor, overseeing universities, research funding and innovation policy.",
      th: 'หน่วยงานนำของประเทศไทยในการสร้างระเบียงนวัตกรรมล้านช้าง-แม่โขง กำกับดูแลมหาวิทยาลัย ทุนวิจัย และนโยบายนวัตกรรม',
    },
  },
  {
    key: 'nstda',
    name: {
      en: 'National Science and Technology Development Agency',
      th: 'สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ',
    },
    kind: 'research_institute',
    country: 'TH',
    city: 'Pathum Thani',
    website: 'https://www.nstda.or.th',
    description: {
      en: "Thailand's national agency for applied research and technology transfer, with centres for biotechnology, electronics, materials and energy.",
      th: 'หน่วยงานวิจัยประยุกต์และถ่ายทอดเทคโนโลยีระดับชาติของไทย มีศูนย์วิจัยด้านเทคโนโลยีชีวภาพ อิเล็กทรอนิกส์ วัสดุ และพลังงาน',
    },
  },
  {
    key: 'chula',
    name: { en: 'Chulalongkorn University', th: 'จุฬาลงกรณ์มหาวิทยาลัย' },
    kind: 'university',
    country: 'TH',
    city: 'Bangkok',
    website: 'https://www.chula.ac.th',
    description: {
      en: "Thailand's oldest university, active in engineering, language technology and environmental science.",
      th: 'มหาวิทยาลัยแห่งแรกของประเทศไทย มีบทบาทด้านวิศวกรรม เทคโนโลยีภาษา และวิทยาศาสตร์สิ่งแวดล้อม',
    },
  },
  {
    key: 'kku',
    name: { en: 'Khon Kaen University', th: 'มหาวิทยาลัยขอนแก่น' },
    kind: 'university',
    country: 'TH',
    city: 'Khon Kaen',
    website: 'https://www.kku.ac.th',
    description: {
      en: 'The leading university of north-eastern Thailand, with strong agriculture, cassava and environmental engineering research close to the Mekong.',
      th: 'มหาวิทยาลัยหลักของภาคตะวันออกเฉียงเหนือ มีงานวิจัยเด่นด้านการเกษตร มันสำปะหลัง และวิศวกรรมสิ่งแวดล้อม',
    },
  },
  {
    key: 'isan_cassava',
    name: { en: 'Isan Cassava Starch Co., Ltd.', th: 'บริษัท อีสานแป้งมันสำปะหลัง จำกัด' },
    kind: 'enterprise',
    country: 'TH',
    city: 'Nakhon Ratchasima',
    website: 'https://isan-cassava.example',
    description: {
      en: 'Fictional tapioca starch producer that turns its wastewater into biogas and sells the know-how to other starch mills.',
      th: 'บริษัทสมมุติผู้ผลิตแป้งมันสำปะหลัง ที่นำน้ำเสียจากโรงงานมาผลิตก๊าซชีวภาพ และให้บริการถ่ายทอดเทคโนโลยีแก่โรงแป้งอื่น',
    },
  },
  {
    key: 'siam_latex',
    name: { en: 'Siam Latex Innovation Co., Ltd.', th: 'บริษัท สยามลาเท็กซ์ อินโนเวชัน จำกัด' },
    kind: 'enterprise',
    country: 'TH',
    city: 'Hat Yai',
    website: 'https://siam-latex.example',
    description: {
      en: 'Fictional rubber processing and equipment company serving smallholder rubber cooperatives.',
      th: 'บริษัทสมมุติด้านการแปรรูปยางและเครื่องจักร ให้บริการแก่สหกรณ์ชาวสวนยางรายย่อย',
    },
  },
  {
    key: 'mekong_riverside_park',
    name: { en: 'Nong Khai Riverside Innovation Park', th: 'อุทยานนวัตกรรมริมโขงหนองคาย' },
    kind: 'hightech_park_incubator',
    country: 'TH',
    city: 'Nong Khai',
    website: 'https://riverside-innovation-park.example',
    description: {
      en: 'Fictional innovation park across the river from Vientiane, offering prototyping labs and soft-landing services to Lao, Thai and Vietnamese start-ups.',
      th: 'อุทยานนวัตกรรมสมมุติที่อยู่ฝั่งตรงข้ามนครหลวงเวียงจันทน์ ให้บริการห้องปฏิบัติการต้นแบบและบริการตั้งหลักธุรกิจแก่สตาร์ทอัพลาว ไทย และเวียดนาม',
    },
  },
  {
    key: 'lanna_herbal',
    name: { en: 'Lanna Herbal Extract R&D Centre', th: 'ศูนย์วิจัยและพัฒนาสารสกัดสมุนไพรล้านนา' },
    kind: 'rd_centre',
    country: 'TH',
    city: 'Chiang Mai',
    website: 'https://lanna-herbal.example',
    description: {
      en: 'Fictional R&D centre for standardised herbal extracts, quality control and contract manufacturing of herbal products.',
      th: 'ศูนย์วิจัยสมมุติด้านสารสกัดสมุนไพรมาตรฐาน การควบคุมคุณภาพ และการรับจ้างผลิตผลิตภัณฑ์สมุนไพร',
    },
  },
  {
    key: 'chao_phraya_ventures',
    name: { en: 'Chao Phraya AgriTech Ventures', th: 'เจ้าพระยา อะกริเทค เวนเจอร์ส' },
    kind: 'financing_body',
    country: 'TH',
    city: 'Bangkok',
    website: 'https://chaophraya-agritech.example',
    description: {
      en: 'Fictional venture fund investing in seed-stage agritech and food-tech start-ups in the Mekong region.',
      th: 'กองทุนร่วมลงทุนสมมุติ ที่ลงทุนในสตาร์ทอัพเทคโนโลยีเกษตรและอาหารระยะเริ่มต้นในภูมิภาคแม่โขง',
    },
  },
  {
    key: 'bangkok_coldlink',
    name: { en: 'Bangkok ColdLink Co., Ltd.', th: 'บริษัท แบงคอก โคลด์ลิงก์ จำกัด' },
    kind: 'enterprise',
    country: 'TH',
    city: 'Samut Prakan',
    website: 'https://bangkok-coldlink.example',
    description: {
      en: 'Fictional cold-chain operator consolidating Thai fruit for road and rail export to China.',
      th: 'บริษัทสมมุติผู้ให้บริการห่วงโซ่ความเย็น รวบรวมผลไม้ไทยเพื่อส่งออกไปจีนทางถนนและทางราง',
    },
  },
  {
    key: 'community_solar_network',
    name: { en: 'Community Solar Network Thailand', th: 'เครือข่ายโซลาร์ชุมชน' },
    kind: 'association_ngo',
    country: 'TH',
    city: 'Ubon Ratchathani',
    website: 'https://community-solar.example',
    description: {
      en: 'Fictional network of community groups and technicians spreading solar pumping and rooftop systems in rural Isan.',
      th: 'เครือข่ายสมมุติของกลุ่มชุมชนและช่างเทคนิค ที่ส่งเสริมระบบสูบน้ำพลังงานแสงอาทิตย์และโซลาร์รูฟท็อปในชนบทอีสาน',
    },
  },
  {
    key: 'korat_biofertiliser',
    name: { en: 'Korat Bio-Fertiliser Co., Ltd.', th: 'บริษัท โคราชปุ๋ยชีวภาพ จำกัด' },
    kind: 'enterprise',
    country: 'TH',
    city: 'Nakhon Ratchasima',
    website: 'https://korat-biofertiliser.example',
    description: {
      en: 'Fictional maker of organic-mineral and bio-fertilisers for cassava, sugarcane and rice growers.',
      th: 'บริษัทสมมุติผู้ผลิตปุ๋ยอินทรีย์เคมีและปุ๋ยชีวภาพ สำหรับผู้ปลูกมันสำปะหลัง อ้อย และข้าว',
    },
  },
];

const CAMBODIA: readonly DemoOrganisation[] = [
  {
    key: 'misti_kh',
    name: {
      en: 'Ministry of Industry, Science, Technology and Innovation',
      km: 'ក្រសួងឧស្សាហកម្ម វិទ្យាសាស្ត្រ បច្ចេកវិទ្យា និងនវានុវត្តន៍',
    },
    kind: 'government_agency',
    country: 'KH',
    city: 'Phnom Penh',
    website: null,
    description: {
      en: "Cambodia's leading institution for the Lancang-Mekong Innovation Corridor, responsible for industrial development, science, technology and innovation.",
      km: 'ស្ថាប័នដឹកនាំរបស់កម្ពុជាសម្រាប់ច្រករបៀងនវានុវត្តន៍ឡានឆាង-មេគង្គ ទទួលបន្ទុកការអភិវឌ្ឍឧស្សាហកម្ម វិទ្យាសាស្ត្រ បច្ចេកវិទ្យា និងនវានុវត្តន៍។',
    },
  },
  {
    key: 'rupp',
    name: { en: 'Royal University of Phnom Penh', km: 'សាកលវិទ្យាល័យភូមិន្ទភ្នំពេញ' },
    kind: 'university',
    country: 'KH',
    city: 'Phnom Penh',
    website: 'https://www.rupp.edu.kh',
    description: {
      en: "Cambodia's largest public university, with research in biology, environmental science and engineering.",
      km: 'សាកលវិទ្យាល័យសាធារណៈធំជាងគេនៅកម្ពុជា មានការស្រាវជ្រាវផ្នែកជីវវិទ្យា វិទ្យាសាស្ត្របរិស្ថាន និងវិស្វកម្ម។',
    },
  },
  {
    key: 'itc',
    name: { en: 'Institute of Technology of Cambodia', km: 'វិទ្យាស្ថានបច្ចេកវិទ្យាកម្ពុជា' },
    kind: 'university',
    country: 'KH',
    city: 'Phnom Penh',
    website: null,
    description: {
      en: "Cambodia's main engineering school, training engineers and technicians in electrical, mechanical, food and chemical engineering.",
      km: 'គ្រឹះស្ថានឧត្តមសិក្សាផ្នែកវិស្វកម្មសំខាន់របស់កម្ពុជា បណ្តុះបណ្តាលវិស្វករ និងអ្នកបច្ចេកទេសផ្នែកអគ្គិសនី មេកានិក ចំណីអាហារ និងគីមី។',
    },
  },
  {
    key: 'cardi',
    name: {
      en: 'Cambodian Agricultural Research and Development Institute',
      km: 'វិទ្យាស្ថានស្រាវជ្រាវ និងអភិវឌ្ឍន៍កសិកម្មកម្ពុជា',
    },
    kind: 'research_institute',
    country: 'KH',
    city: 'Phnom Penh',
    website: null,
    description: {
      en: 'Public institute for rice breeding, crop protection, soils and aquaculture research in Cambodia.',
      km: 'វិទ្យាស្ថានសាធារណៈសម្រាប់ការស្រាវជ្រាវបង្កាត់ពូជស្រូវ ការការពាររុក្ខជាតិ ដី និងវារីវប្បកម្មនៅកម្ពុជា។',
    },
  },
  {
    key: 'battambang_seed',
    name: { en: 'Battambang Rice Seed Enterprise', km: 'សហគ្រាសគ្រាប់ពូជស្រូវបាត់ដំបង' },
    kind: 'enterprise',
    country: 'KH',
    city: 'Battambang',
    website: 'https://battambang-seed.example',
    description: {
      en: 'Fictional seed company multiplying and selling certified rice seed to farmers in north-western Cambodia.',
      km: 'ក្រុមហ៊ុនគ្រាប់ពូជសន្មត ដែលបង្កើនពូជ និងលក់គ្រាប់ពូជស្រូវមានវិញ្ញាបនបត្រជូនកសិករនៅភាគពាយ័ព្យនៃកម្ពុជា។',
    },
  },
  {
    key: 'kampong_cham_rubber',
    name: { en: 'Kampong Cham Rubber Processing Co., Ltd.', km: 'ក្រុមហ៊ុនកែច្នៃកៅស៊ូកំពង់ចាម' },
    kind: 'enterprise',
    country: 'KH',
    city: 'Kampong Cham',
    website: 'https://kampongcham-rubber.example',
    description: {
      en: 'Fictional rubber processor buying latex and cup lump from smallholders and producing ribbed smoked sheets and block rubber.',
      km: 'ក្រុមហ៊ុនកែច្នៃកៅស៊ូសន្មត ដែលទិញជ័រកៅស៊ូពីកសិករខ្នាតតូច ហើយផលិតសន្លឹកកៅស៊ូឆ្អើរ និងកៅស៊ូដុំ។',
    },
  },
  {
    key: 'kampong_thom_agro',
    name: { en: 'Kampong Thom Agro-Processing Co., Ltd.', km: 'ក្រុមហ៊ុនកែច្នៃកសិផលកំពង់ធំ' },
    kind: 'enterprise',
    country: 'KH',
    city: 'Kampong Thom',
    website: 'https://kampongthom-agro.example',
    description: {
      en: 'Fictional processor of cassava chips, cassava starch and cashew nuts in central Cambodia.',
      km: 'ក្រុមហ៊ុនសន្មតកែច្នៃដំឡូងមីស្ងួត ម្សៅដំឡូងមី និងគ្រាប់ស្វាយចន្ទី នៅភាគកណ្តាលនៃកម្ពុជា។',
    },
  },
  {
    key: 'angkor_medtech',
    name: { en: 'Angkor Medical Technology Co., Ltd.', km: 'ក្រុមហ៊ុនបច្ចេកវិទ្យាវេជ្ជសាស្ត្រអង្គរ' },
    kind: 'enterprise',
    country: 'KH',
    city: 'Phnom Penh',
    website: 'https://angkor-medtech.example',
    description: {
      en: 'Fictional distributor of diagnostics and digital health solutions to provincial hospitals and health centres.',
      km: 'ក្រុមហ៊ុនសន្មតចែកចាយឧបករណ៍ធ្វើរោគវិនិច្ឆ័យ និងដំណោះស្រាយសុខាភិបាលឌីជីថល ជូនមន្ទីរពេទ្យខេត្ត និងមណ្ឌលសុខភាព។',
    },
  },
  {
    key: 'phnom_penh_startup_hub',
    name: { en: 'Phnom Penh Startup Hub', km: 'មជ្ឈមណ្ឌលបណ្តុះអាជីវកម្មថ្មីភ្នំពេញ' },
    kind: 'hightech_park_incubator',
    country: 'KH',
    city: 'Phnom Penh',
    website: 'https://pp-startup-hub.example',
    description: {
      en: 'Fictional incubator and co-working space for Cambodian technology start-ups.',
      km: 'មជ្ឈមណ្ឌលបណ្តុះអាជីវកម្ម និងកន្លែងធ្វើការរួមសន្មត សម្រាប់ក្រុមហ៊ុនបច្ចេកវិទ្យាថ្មីៗរបស់កម្ពុជា។',
    },
  },
  {
    key: 'tonle_clean_water',
    name: { en: 'Tonle Clean Water Network', km: 'បណ្តាញទឹកស្អាតទន្លេ' },
    kind: 'association_ngo',
    country: 'KH',
    city: 'Kampong Chhnang',
    website: 'https://tonle-clean-water.example',
    description: {
      en: 'Fictional NGO network of small rural water operators and schools working on safe drinking water.',
      km: 'បណ្តាញអង្គការមិនមែនរដ្ឋាភិបាលសន្មត នៃប្រតិបត្តិករទឹកខ្នាតតូចនៅជនបទ និងសាលារៀន ដែលធ្វើការលើទឹកផឹកមានសុវត្ថិភាព។',
    },
  },
  {
    key: 'sovann_agri_finance',
    name: { en: 'Sovann Agri Finance Plc.', km: 'គ្រឹះស្ថានហិរញ្ញវត្ថុកសិកម្មសុវណ្ណ' },
    kind: 'financing_body',
    country: 'KH',
    city: 'Phnom Penh',
    website: 'https://sovann-agrifinance.example',
    description: {
      en: 'Fictional microfinance institution offering green loans for solar irrigation, dryers and farm machinery.',
      km: 'គ្រឹះស្ថានមីក្រូហិរញ្ញវត្ថុសន្មត ដែលផ្តល់ឥណទានបៃតងសម្រាប់ប្រព័ន្ធស្រោចស្រពថាមពលព្រះអាទិត្យ ម៉ាស៊ីនសម្ងួត និងគ្រឿងយន្តកសិកម្ម។',
    },
  },
];

const MYANMAR: readonly DemoOrganisation[] = [
  {
    key: 'most_mm',
    name: { en: 'Ministry of Science and Technology', my: 'သိပ္ပံနှင့်နည်းပညာဝန်ကြီးဌာန' },
    kind: 'government_agency',
    country: 'MM',
    city: 'Nay Pyi Taw',
    website: null,
    description: {
      en: "Myanmar's leading institution for the Lancang-Mekong Innovation Corridor, overseeing technological universities and applied research.",
      my: 'လန်ချန်း-မဲခေါင် ဆန်းသစ်တီထွင်မှု စင်္ကြံအတွက် မြန်မာနိုင်ငံ၏ ဦးဆောင်အဖွဲ့အစည်းဖြစ်ပြီး နည်းပညာတက္ကသိုလ်များနှင့် အသုံးချသုတေသနကို ကြီးကြပ်သည်။',
    },
  },
  {
    key: 'ytu',
    name: { en: 'Yangon Technological University', my: 'ရန်ကုန်နည်းပညာတက္ကသိုလ်' },
    kind: 'university',
    country: 'MM',
    city: 'Yangon',
    website: null,
    description: {
      en: "Myanmar's leading engineering university, with departments of civil, mechanical, electrical and chemical engineering.",
      my: 'မြန်မာနိုင်ငံ၏ ထိပ်တန်းအင်ဂျင်နီယာတက္ကသိုလ်ဖြစ်ပြီး မြို့ပြ၊ စက်မှု၊ လျှပ်စစ်နှင့် ဓာတုအင်ဂျင်နီယာဌာနများ ရှိသည်။',
    },
  },
  {
    key: 'yau',
    name: { en: 'Yezin Agricultural University', my: 'ရေဆင်းစိုက်ပျိုးရေးတက္ကသိုလ်' },
    kind: 'university',
    country: 'MM',
    city: 'Nay Pyi Taw',
    website: null,
    description: {
      en: "Myanmar's main agricultural university, researching rice, pulses, oilseeds and farm mechanisation.",
      my: 'မြန်မာနိုင်ငံ၏ အဓိက စိုက်ပျိုးရေးတက္ကသိုလ်ဖြစ်ပြီး စပါး၊ ပဲမျိုးစုံ၊ ဆီထွက်သီးနှံနှင့် လယ်ယာစက်မှုဆိုင်ရာ သုတေသနများ ပြုလုပ်သည်။',
    },
  },
  {
    key: 'shwe_hinthar_herbal',
    name: { en: 'Shwe Hinthar Medicinal Plant Research Centre', my: 'ရွှေဟင်္သာ ဆေးဖက်ဝင်အပင် သုတေသနစင်တာ' },
    kind: 'rd_centre',
    country: 'MM',
    city: 'Mandalay',
    website: 'https://shwe-hinthar.example',
    description: {
      en: 'Fictional R&D centre that develops standardised Myanmar traditional medicine products and botanical extracts.',
      my: 'စံချိန်မီ မြန်မာတိုင်းရင်းဆေးထုတ်ကုန်များနှင့် အပင်ထုတ်ယူပစ္စည်းများကို ဖော်ထုတ်သည့် စိတ်ကူးယဉ် သုတေသနစင်တာ ဖြစ်သည်။',
    },
  },
  {
    key: 'ayeyarwady_rice',
    name: {
      en: 'Ayeyarwady Delta Rice Processing Co., Ltd.',
      my: 'ဧရာဝတီမြစ်ဝကျွန်းပေါ် ဆန်စက်လုပ်ငန်း ကုမ္ပဏီလီမိတက်',
    },
    kind: 'enterprise',
    country: 'MM',
    city: 'Pathein',
    website: 'https://ayeyarwady-rice.example',
    description: {
      en: 'Fictional rice miller and parboiling plant in the Ayeyarwady delta, sourcing paddy from contract farmers.',
      my: 'ဧရာဝတီမြစ်ဝကျွန်းပေါ်ရှိ စိတ်ကူးယဉ် ဆန်စက်နှင့် ဆန်ပြုတ်စက်ရုံဖြစ်ပြီး စာချုပ်တောင်သူများထံမှ စပါးဝယ်ယူသည်။',
    },
  },
  {
    key: 'golden_sun_energy',
    name: { en: 'Golden Sun Rural Energy Association', my: 'ရွှေနေရောင် ကျေးလက်စွမ်းအင် အသင်း' },
    kind: 'association_ngo',
    country: 'MM',
    city: 'Monywa',
    website: 'https://golden-sun-energy.example',
    description: {
      en: 'Fictional association of village electricity committees and solar technicians in the dry zone of central Myanmar.',
      my: 'မြန်မာနိုင်ငံ အလယ်ပိုင်း မိုးနည်းရပ်ဝန်းရှိ ကျေးရွာလျှပ်စစ်ကော်မတီများနှင့် ဆိုလာနည်းပညာရှင်များ၏ စိတ်ကူးယဉ် အသင်း ဖြစ်သည်။',
    },
  },
  {
    key: 'thuriya_pay',
    name: { en: 'Thuriya Digital Payments Co., Ltd.', my: 'သူရိယ ဒစ်ဂျစ်တယ်ငွေပေးချေမှု ကုမ္ပဏီလီမိတက်' },
    kind: 'enterprise',
    country: 'MM',
    city: 'Yangon',
    website: 'https://thuriya-pay.example',
    description: {
      en: 'Fictional mobile wallet operator with a network of rural cash-in and cash-out agents.',
      my: 'ကျေးလက်ဒေသရှိ ငွေသွင်း၊ ငွေထုတ် ကိုယ်စားလှယ်ကွန်ရက်ရှိသည့် စိတ်ကူးယဉ် မိုဘိုင်းငွေပိုက်ဆံအိတ် ကုမ္ပဏီ ဖြစ်သည်။',
    },
  },
  {
    key: 'upper_myanmar_minerals',
    name: {
      en: 'Upper Myanmar Mineral Processing Research Institute',
      my: 'အထက်မြန်မာပြည် သတ္တုပြုပြင်ရေး သုတေသနဌာန',
    },
    kind: 'research_institute',
    country: 'MM',
    city: 'Mandalay',
    website: 'https://upper-myanmar-minerals.example',
    description: {
      en: 'Fictional research institute studying cleaner processing of tin, tungsten and rare earth ores from northern Myanmar.',
      my: 'မြန်မာနိုင်ငံ မြောက်ပိုင်းမှ ခဲမဖြူ၊ ဝုလ်ဖရမ်နှင့် ရှားပါးမြေသတ္တုရိုင်းများကို ပိုမိုသန့်ရှင်းစွာ ပြုပြင်ရေးကို လေ့လာသည့် စိတ်ကူးယဉ် သုတေသနဌာန ဖြစ်သည်။',
    },
  },
  {
    key: 'hlaing_tharyar_hub',
    name: { en: 'Hlaing Tharyar Innovation Hub', my: 'လှိုင်သာယာ ဆန်းသစ်တီထွင်မှုစင်တာ' },
    kind: 'hightech_park_incubator',
    country: 'MM',
    city: 'Yangon',
    website: 'https://hlaing-tharyar-hub.example',
    description: {
      en: "Fictional incubator next to Yangon's largest industrial zone, supporting start-ups that serve garment and food factories.",
      my: 'ရန်ကုန်၏ အကြီးဆုံး စက်မှုဇုန်အနီးရှိ စိတ်ကူးယဉ် ပျိုးထောင်ရေးစင်တာဖြစ်ပြီး အထည်ချုပ်နှင့် စားသောက်ကုန်စက်ရုံများကို ဝန်ဆောင်မှုပေးသည့် စတင်လုပ်ငန်းငယ်များကို ပံ့ပိုးသည်။',
    },
  },
];

const VIETNAM: readonly DemoOrganisation[] = [
  {
    key: 'most_vn',
    name: { en: 'Ministry of Science and Technology', vi: 'Bộ Khoa học và Công nghệ' },
    kind: 'government_agency',
    country: 'VN',
    city: 'Hanoi',
    website: null,
    description: {
      en: "Viet Nam's leading institution for the Lancang-Mekong Innovation Corridor, responsible for science, technology and innovation policy and the national technology market.",
      vi: 'Cơ quan đầu mối của Việt Nam trong xây dựng Hành lang đổi mới sáng tạo Lan Thương - Mê Công, phụ trách chính sách khoa học, công nghệ, đổi mới sáng tạo và thị trường công nghệ quốc gia.',
    },
  },
  {
    key: 'hust',
    name: { en: 'Hanoi University of Science and Technology', vi: 'Đại học Bách khoa Hà Nội' },
    kind: 'university',
    country: 'VN',
    city: 'Hanoi',
    website: 'https://hust.edu.vn',
    description: {
      en: "Viet Nam's leading technical university, with research in mechanical engineering, energy, materials and information technology.",
      vi: 'Trường đại học kỹ thuật hàng đầu Việt Nam, nghiên cứu mạnh về cơ khí, năng lượng, vật liệu và công nghệ thông tin.',
    },
  },
  {
    key: 'vast',
    name: {
      en: 'Vietnam Academy of Science and Technology',
      vi: 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam',
    },
    kind: 'research_institute',
    country: 'VN',
    city: 'Hanoi',
    website: null,
    description: {
      en: "Viet Nam's national academy for basic and applied research, including biotechnology, environmental technology and marine science.",
      vi: 'Cơ quan nghiên cứu khoa học cơ bản và ứng dụng cấp quốc gia, gồm các lĩnh vực công nghệ sinh học, công nghệ môi trường và khoa học biển.',
    },
  },
  {
    key: 'ctu',
    name: { en: 'Can Tho University', vi: 'Trường Đại học Cần Thơ' },
    kind: 'university',
    country: 'VN',
    city: 'Can Tho',
    website: 'https://www.ctu.edu.vn',
    description: {
      en: 'The main university of the Mekong Delta, known for rice breeding, aquaculture and climate adaptation research.',
      vi: 'Trường đại học trọng điểm của Đồng bằng sông Cửu Long, nổi bật về chọn tạo giống lúa, nuôi trồng thủy sản và thích ứng biến đổi khí hậu.',
    },
  },
  {
    key: 'phu_sa_xanh_seed',
    name: { en: 'Green Alluvium Rice Seed JSC', vi: 'Công ty Cổ phần Giống lúa Phù Sa Xanh' },
    kind: 'enterprise',
    country: 'VN',
    city: 'Soc Trang',
    website: 'https://phusaxanh-seed.example',
    description: {
      en: 'Fictional rice seed company producing certified seed of salt-tolerant varieties for the coastal Mekong Delta.',
      vi: 'Công ty giả định sản xuất hạt giống lúa xác nhận thuộc các giống chịu mặn cho vùng ven biển Đồng bằng sông Cửu Long.',
    },
  },
  {
    key: 'song_han_iot',
    name: { en: 'Song Han IoT Solutions Co., Ltd.', vi: 'Công ty TNHH Giải pháp IoT Sông Hàn' },
    kind: 'enterprise',
    country: 'VN',
    city: 'Da Nang',
    website: 'https://songhan-iot.example',
    description: {
      en: 'Fictional IoT company making sensors, electronic seals and dashboards for farms and logistics.',
      vi: 'Công ty giả định chuyên về IoT, sản xuất cảm biến, niêm phong điện tử và bảng điều khiển cho nông trại và logistics.',
    },
  },
  {
    key: 'lam_vien_pharma',
    name: { en: 'Lam Vien Herbal Pharma JSC', vi: 'Công ty Cổ phần Dược liệu Lâm Viên' },
    kind: 'enterprise',
    country: 'VN',
    city: 'Da Lat',
    website: 'https://lamvien-pharma.example',
    description: {
      en: 'Fictional herbal medicine manufacturer in the Central Highlands, producing GMP-certified extracts and food supplements.',
      vi: 'Doanh nghiệp giả định sản xuất dược liệu tại Tây Nguyên, sản xuất cao chiết và thực phẩm bảo vệ sức khỏe đạt chuẩn GMP.',
    },
  },
  {
    key: 'red_river_incubator',
    name: { en: 'Red River Technology Incubator', vi: 'Vườn ươm Công nghệ Sông Hồng' },
    kind: 'hightech_park_incubator',
    country: 'VN',
    city: 'Hanoi',
    website: 'https://red-river-incubator.example',
    description: {
      en: 'Fictional incubator for Vietnamese fintech, agritech and software start-ups, which publishes offers on behalf of its incubatees.',
      vi: 'Vườn ươm giả định dành cho các khởi nghiệp fintech, công nghệ nông nghiệp và phần mềm của Việt Nam, đăng thông tin chào bán công nghệ thay mặt các doanh nghiệp được ươm tạo.',
    },
  },
  {
    key: 'mekong_innovation_fund',
    name: { en: 'Mekong Innovation Investment Fund', vi: 'Quỹ Đầu tư Đổi mới sáng tạo Mê Kông' },
    kind: 'financing_body',
    country: 'VN',
    city: 'Ho Chi Minh City',
    website: 'https://mekong-innovation-fund.example',
    description: {
      en: 'Fictional investment fund for climate-tech and agritech companies in the Mekong countries.',
      vi: 'Quỹ đầu tư giả định dành cho các doanh nghiệp công nghệ khí hậu và công nghệ nông nghiệp tại các nước Mê Công.',
    },
  },
  {
    key: 'mekong_delta_cold_chain',
    name: {
      en: 'Mekong Delta Cold Chain Association',
      vi: 'Hiệp hội Logistics Chuỗi lạnh Đồng bằng sông Cửu Long',
    },
    kind: 'association_ngo',
    country: 'VN',
    city: 'Can Tho',
    website: 'https://mekong-delta-coldchain.example',
    description: {
      en: 'Fictional association of cold storage operators, fruit exporters and reefer transport firms in the Mekong Delta.',
      vi: 'Hiệp hội giả định của các đơn vị kho lạnh, doanh nghiệp xuất khẩu trái cây và vận tải container lạnh tại Đồng bằng sông Cửu Long.',
    },
  },
  {
    key: 'bach_dang_energy',
    name: { en: 'Bach Dang Energy Storage Co., Ltd.', vi: 'Công ty TNHH Lưu trữ Năng lượng Bạch Đằng' },
    kind: 'enterprise',
    country: 'VN',
    city: 'Hai Phong',
    website: 'https://bachdang-energy.example',
    description: {
      en: 'Fictional manufacturer of lithium iron phosphate battery packs for electric two- and three-wheelers and small storage systems.',
      vi: 'Doanh nghiệp giả định sản xuất bộ pin lithium sắt phosphat cho xe điện hai bánh, ba bánh và hệ thống lưu trữ nhỏ.',
    },
  },
];

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  ...CHINA,
  ...LAOS,
  ...THAILAND,
  ...CAMBODIA,
  ...MYANMAR,
  ...VIETNAM,
];
