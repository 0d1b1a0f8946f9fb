import { type EventsCatalogue, en } from './en';

export const th: EventsCatalogue = en;
