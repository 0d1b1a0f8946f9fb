import { type EventsCatalogue, en } from './en';

export const my: EventsCatalogue = en;
