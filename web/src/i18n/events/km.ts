import { type EventsCatalogue, en } from './en';

export const km: EventsCatalogue = en;
