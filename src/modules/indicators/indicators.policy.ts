import { type Actor, isAdministrator, isCoordinatorOf } from '../auth/actor.js';

/** How much of the indicators a reader sees. */
export type IndicatorDetail = 'public' | 'detailed';

export const INDICATOR_ACTIONS = ['read_aggregates', 'read_detailed', 'read_organisation_figures'] as const;
export type IndicatorAction = (typeof INDICATOR_ACTIONS)[number];

/**
 * Who may see which indicators. Everyone, signed in or not, sees the aggregates with small counts
 * hidden. Administrators, and the coordinators of a country for figures filtered to that country,
 * see every figure and the per-organisation lists.
 */
export function canOnIndicators(actor: Actor, action: IndicatorAction, country: string | null): boolean {
  switch (action) {
    case 'read_aggregates':
      return true;
    case 'read_detailed':
    case 'read_organisation_figures':
      return isAdministrator(actor) || (country !== null && isCoordinatorOf(actor, country));
  }
}

/** The view a reader gets of figures filtered to `country` (null: the whole corridor). */
export function indicatorDetail(actor: Actor, country: string | null): IndicatorDetail {
  return canOnIndicators(actor, 'read_detailed', country) ? 'detailed' : 'public';
}
