import { type Catalogue, en } from './en.js';

// TEMPORARY stub
export const my: Catalogue = en;
