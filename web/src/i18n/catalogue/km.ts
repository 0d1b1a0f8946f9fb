import { type Catalogue, en } from './en.js';

// TEMPORARY stub
export const km: Catalogue = en;
