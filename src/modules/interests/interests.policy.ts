import { type Actor, canWriteFor, isAdministrator, roleIn } from '../auth/actor.js';

export const INTEREST_ACTIONS = ['send', 'read', 'answer', 'withdraw', 'converse'] as const;
export type InterestAction = (typeof INTEREST_ACTIONS)[number];

/** The two organisations an expression of interest joins. */
export interface InterestFacts {
  /** The organisation that published the profile. */
  ownerOrganisationId: string;
  /** The organisation that expressed interest. */
  fromOrganisationId: string;
}

/**
 * Who may do what with an expression of interest and its conversation. The conversation is private
 * to the two organisations: not even administrators read it; they see counts only.
 */
export function canOnInterest(actor: Actor, action: InterestAction, facts: InterestFacts): boolean {
  const verified = actor.kind === 'user' && actor.emailVerified;
  const ownerMember = roleIn(actor, facts.ownerOrganisationId) !== null;
  const senderMember = roleIn(actor, facts.fromOrganisationId) !== null;
  switch (action) {
    case 'send':
      // Nobody expresses interest in their own organisation's profile.
      return verified && canWriteFor(actor, facts.fromOrganisationId) && !ownerMember;
    case 'read':
      return ownerMember || senderMember || isAdministrator(actor);
    case 'answer':
      return verified && canWriteFor(actor, facts.ownerOrganisationId);
    case 'withdraw':
      return canWriteFor(actor, facts.fromOrganisationId);
    case 'converse':
      return verified && (ownerMember || senderMember);
  }
}
