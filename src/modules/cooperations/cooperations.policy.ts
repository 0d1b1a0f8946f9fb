import { type Actor, canWriteFor, isAdministrator, isCoordinatorOf, roleIn } from '../auth/actor.js';

export const COOPERATION_ACTIONS = [
  'read',
  'read_documents',
  'create',
  'update',
  'move_stage',
  'record_results',
  'manage_next_steps',
  'list_possible_owners',
  'manage_documents',
] as const;
export type CooperationAction = (typeof COOPERATION_ACTIONS)[number];

/** The facts about a cooperation that decide who may do what: its parties and their countries. */
export interface CooperationFacts {
  parties: ReadonlyArray<{ organisationId: string; country: string }>;
}

/**
 * Who may do what with a cooperation. The only place these rules live.
 *
 * - Details (parties, stages, history, next steps, agreements, outcomes) are for the members of the
 *   participating organisations (any role), the coordinators of the parties' countries and
 *   administrators. Everyone else sees the corridor's aggregates only (the indicators).
 * - Private documents are for the parties only: not coordinators, not administrators.
 * - Writing (opening, editing, moving stages, agreements, outcomes, next steps) is for the editors
 *   and administrators of a participating organisation with a confirmed email, and for platform
 *   administrators, who correct records. Plain members read; coordinators read and report.
 * - The people a next step may be given to (every member of every party, with their organisation) are
 *   listed for those who may manage next steps.
 * - Documents are uploaded and removed by the parties' editors and administrators only.
 */
export function canOnCooperation(
  actor: Actor,
  action: CooperationAction,
  cooperation: CooperationFacts,
): boolean {
  const member = cooperation.parties.some((p) => roleIn(actor, p.organisationId) !== null);
  const writer = cooperation.parties.some((p) => canWriteFor(actor, p.organisationId));
  const verifiedWriter = writer && actor.kind === 'user' && actor.emailVerified;
  const admin = isAdministrator(actor);
  const coordinator = cooperation.parties.some((p) => isCoordinatorOf(actor, p.country));
  switch (action) {
    case 'read':
      return member || coordinator || admin;
    case 'read_documents':
      return member;
    case 'create':
    case 'update':
    case 'move_stage':
    case 'record_results':
    case 'manage_next_steps':
    case 'list_possible_owners':
      return verifiedWriter || admin;
    case 'manage_documents':
      return verifiedWriter;
  }
}
