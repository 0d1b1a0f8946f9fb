import { type EventsCatalogue, en } from './en';

export const lo: EventsCatalogue = en;
