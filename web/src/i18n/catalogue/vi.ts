import { type Catalogue, en } from './en.js';

// TEMPORARY stub
export const vi: Catalogue = en;
