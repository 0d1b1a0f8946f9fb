import { type Actor, isAdministrator } from '../auth/actor.js';

export const TERMINOLOGY_ACTIONS = ['read', 'edit'] as const;
export type TerminologyAction = (typeof TERMINOLOGY_ACTIONS)[number];

/** Everyone reads the terminology base; coordinators of any country and administrators edit it. */
export function canOnTerminology(actor: Actor, action: TerminologyAction): boolean {
  if (action === 'read') return true;
  return (
    actor.kind === 'user' &&
    actor.emailVerified &&
    (actor.platformRole === 'coordinator' || isAdministrator(actor))
  );
}
