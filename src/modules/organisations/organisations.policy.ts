import { type Actor, isAdministrator, isCoordinatorOf, roleIn } from '../auth/actor.js';

export const ORGANISATION_ACTIONS = [
  'read',
  'create',
  'update',
  'read_members',
  'manage_members',
  'leave',
] as const;
export type OrganisationAction = (typeof ORGANISATION_ACTIONS)[number];

/** The facts about an organisation that decide who may do what. */
export interface OrganisationFacts {
  id: string;
  country: string;
}

/** Who may do what with an organisation. The only place these rules live. */
export function canOnOrganisation(
  actor: Actor,
  action: OrganisationAction,
  org: OrganisationFacts | null,
): boolean {
  if (action === 'read') return true;
  if (actor.kind !== 'user') return false;
  if (action === 'create') return actor.emailVerified;
  if (!org) return false;
  const role = roleIn(actor, org.id);
  switch (action) {
    case 'update':
      return role === 'admin' || role === 'editor' || isAdministrator(actor);
    case 'read_members':
      return role !== null || isAdministrator(actor) || isCoordinatorOf(actor, org.country);
    case 'manage_members':
      return role === 'admin' || isAdministrator(actor);
    case 'leave':
      return role !== null;
  }
}
