import { type Actor, isAdministrator } from '../auth/actor.js';

export const RATE_ACTIONS = ['read', 'write'] as const;
export type RateAction = (typeof RATE_ACTIONS)[number];

/**
 * Who may see and maintain the exchange rates behind the agreements' USD values. Administrators
 * maintain them; coordinators may read them, to explain the figures of their reports.
 */
export function canOnExchangeRates(actor: Actor, action: RateAction): boolean {
  if (actor.kind !== 'user') return false;
  if (action === 'read') return isAdministrator(actor) || actor.platformRole === 'coordinator';
  return isAdministrator(actor);
}
