import type { ProfileStatus } from '../../domain/vocabulary.js';
import { type Actor, canWriteFor, isAdministrator, isCoordinatorOf, roleIn } from '../auth/actor.js';

export const PROFILE_ACTIONS = [
  'read',
  'read_contact',
  'read_history',
  'create',
  'update',
  'submit',
  'withdraw',
  'complete',
  'renew',
  'review',
] as const;
export type ProfileAction = (typeof PROFILE_ACTIONS)[number];

/** The facts about a profile that decide who may do what. */
export interface ProfileFacts {
  organisationId: string;
  /** The country of the profile's organisation; its coordinators review it. */
  country: string;
  status: ProfileStatus;
}

/** Statuses the whole corridor, signed in or not, can read. */
const PUBLIC_STATUSES: readonly ProfileStatus[] = ['published'];
/** Statuses a country's coordinators see besides the public ones: what is in or has been through review. */
const REVIEW_STATUSES: readonly ProfileStatus[] = [
  'submitted',
  'returned',
  'expired',
  'withdrawn',
  'completed',
];

/**
 * Who may do what with an opportunity profile. The only place these rules live. Whether the profile's
 * status allows the action is the lifecycle's question (profiles.lifecycle.ts), not this one's.
 */
export function canOnProfile(actor: Actor, action: ProfileAction, profile: ProfileFacts): boolean {
  const member = roleIn(actor, profile.organisationId) !== null;
  const writer = canWriteFor(actor, profile.organisationId);
  const admin = isAdministrator(actor);
  const coordinator = isCoordinatorOf(actor, profile.country);
  const verified = actor.kind === 'user' && actor.emailVerified;
  switch (action) {
    case 'read':
      return (
        PUBLIC_STATUSES.includes(profile.status) ||
        member ||
        admin ||
        (coordinator && REVIEW_STATUSES.includes(profile.status))
      );
    case 'read_contact':
      // Contact details are for signed-in, verified people only; never for anonymous readers.
      return verified && canOnProfile(actor, 'read', profile);
    case 'read_history':
      return member || admin || (coordinator && profile.status !== 'draft');
    case 'create':
    case 'update':
    case 'submit':
      return writer && verified;
    case 'withdraw':
    case 'complete':
    case 'renew':
      return writer;
    case 'review':
      // Nobody reviews their own organisation's profile, not even a coordinator.
      return !member && (coordinator || admin);
  }
}
