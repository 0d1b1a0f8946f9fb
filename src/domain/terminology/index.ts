/**
 * The corridor terminology base: science-and-technology concepts, each named in the seven corridor
 * languages. Cross-lingual technology docking maps the text of a need and of an offer to concept ids,
 * so a request written in Lao can find an offer written in Chinese.
 *
 * Each sector group keeps its concepts in its own file; general research, development and
 * business-cooperation vocabulary, shared by all sectors, lives in `concepts-general.ts`.
 */
import { AGRIFOOD_CONCEPTS } from './concepts-agrifood.js';
import { BIOTECH_CONCEPTS } from './concepts-biotech.js';
import { CONSTRUCTION_CONCEPTS } from './concepts-construction.js';
import { DIGITAL_CONCEPTS } from './concepts-digital.js';
import { EDUCATION_CONCEPTS } from './concepts-education.js';
import { ENERGY_CONCEPTS } from './concepts-energy.js';
import { GENERAL_CONCEPTS, type TermConcept } from './concepts-general.js';
import { GREEN_CONCEPTS } from './concepts-green.js';
import { HEALTH_CONCEPTS } from './concepts-health.js';
import { INDUSTRY_CONCEPTS } from './concepts-industry.js';
import { MINING_CONCEPTS } from './concepts-mining.js';
import { POVERTY_CONCEPTS } from './concepts-poverty.js';
import { TRANSPORT_CONCEPTS } from './concepts-transport.js';

export type { TermConcept } from './concepts-general.js';

/** Every concept of the base: general vocabulary first, then the sector groups in taxonomy order. */
export const TERM_CONCEPTS: readonly TermConcept[] = [
  ...GENERAL_CONCEPTS,
  ...GREEN_CONCEPTS,
  ...HEALTH_CONCEPTS,
  ...DIGITAL_CONCEPTS,
  ...AGRIFOOD_CONCEPTS,
  ...INDUSTRY_CONCEPTS,
  ...MINING_CONCEPTS,
  ...TRANSPORT_CONCEPTS,
  ...ENERGY_CONCEPTS,
  ...BIOTECH_CONCEPTS,
  ...CONSTRUCTION_CONCEPTS,
  ...POVERTY_CONCEPTS,
  ...EDUCATION_CONCEPTS,
];
