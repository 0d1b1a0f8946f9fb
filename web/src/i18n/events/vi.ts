import { type EventsCatalogue, en } from './en';

export const vi: EventsCatalogue = en;
