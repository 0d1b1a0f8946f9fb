import { type EventsCatalogue, en } from './en';

export const zh: EventsCatalogue = en;
