import { type Actor, canWriteFor, isAdministrator, roleIn } from '../auth/actor.js';

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_ACTIONS = [
  'read',
  'create',
  'update',
  'publish',
  'cancel',
  'register',
  'read_participants',
  'read_registrations',
  'decide_registration',
  'schedule',
  'check_in',
  'mark_attendance',
  'read_report',
] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

/** The facts about an event that decide who may do what. */
export interface EventFacts {
  /** The organising organisations. */
  organiserIds: readonly string[];
  status: EventStatus;
  /** Whether the actor belongs to an approved participant of the event (sees the participant list). */
  viewerIsParticipant: boolean;
}

/** Administrators, and admins and editors of an organising organisation, organise the event. */
export function isOrganiser(actor: Actor, event: Pick<EventFacts, 'organiserIds'>): boolean {
  return isAdministrator(actor) || event.organiserIds.some((id) => canWriteFor(actor, id));
}

/**
 * Who may do what with an event. The only place these rules live; whether the event's status or
 * dates allow the action is the service's question.
 */
export function canOnEvent(actor: Actor, action: EventAction, event: EventFacts): boolean {
  const organiser = isOrganiser(actor, event);
  const verified = actor.kind === 'user' && actor.emailVerified;
  switch (action) {
    case 'read':
      return event.status !== 'draft' || organiser;
    case 'create':
      // Creating needs a confirmed email and writing rights in every organising organisation.
      return (
        verified &&
        (isAdministrator(actor) ||
          (event.organiserIds.length > 0 && event.organiserIds.every((id) => canWriteFor(actor, id))))
      );
    case 'register':
      return verified && event.status === 'published';
    case 'read_participants':
      return organiser || (event.status !== 'draft' && event.viewerIsParticipant);
    case 'update':
    case 'publish':
    case 'cancel':
    case 'read_registrations':
    case 'decide_registration':
    case 'schedule':
    case 'check_in':
    case 'mark_attendance':
    case 'read_report':
      return organiser;
  }
}

/** Changes to who organises an event. */
export const ORGANISER_CHANGES = ['add', 'remove'] as const;
export type OrganiserChange = (typeof ORGANISER_CHANGES)[number];

/**
 * Who may add an organisation to an event's organisers, or remove one. Only organisers with a
 * confirmed email change the list. Adding needs writing rights in the organisation added (its
 * consent, as when creating; administrators may add any); any organiser may remove any organising
 * organisation, their own included. Keeping at least one is the service's rule.
 */
export function canChangeOrganiser(
  actor: Actor,
  change: OrganiserChange,
  event: Pick<EventFacts, 'organiserIds'>,
  organisationId: string,
): boolean {
  const verified = actor.kind === 'user' && actor.emailVerified;
  if (!verified || !isOrganiser(actor, event)) return false;
  switch (change) {
    case 'add':
      return isAdministrator(actor) || canWriteFor(actor, organisationId);
    case 'remove':
      return true;
  }
}

export const PARTICIPANT_ACTIONS = [
  'read',
  'register',
  'update',
  'manage_delegates',
  'cancel',
  'request_meeting',
  'answer_meeting',
  'follow_up',
] as const;
export type ParticipantAction = (typeof PARTICIPANT_ACTIONS)[number];

/** The facts about a participant (a registration) that decide who may act for it. */
export interface ParticipantFacts {
  event: EventFacts;
  /** The participating organisation. */
  organisationId: string;
  /** The people of its delegation. */
  delegateUserIds: readonly string[];
}

/**
 * Who may act for a participant. Its organisation's admins and editors and its delegates speak for
 * it; organisers may read and correct a registration (a help desk) but never answer meeting requests
 * on a participant's behalf.
 */
export function canOnParticipant(
  actor: Actor,
  action: ParticipantAction,
  participant: ParticipantFacts,
): boolean {
  const writer = canWriteFor(actor, participant.organisationId);
  const delegate = actor.kind === 'user' && participant.delegateUserIds.includes(actor.userId);
  const member = roleIn(actor, participant.organisationId) !== null;
  const organiser = isOrganiser(actor, participant.event);
  const verified = actor.kind === 'user' && actor.emailVerified;
  switch (action) {
    case 'read':
      return writer || delegate || member || organiser;
    case 'register':
      return writer && canOnEvent(actor, 'register', participant.event);
    case 'update':
      return writer || delegate || organiser;
    case 'manage_delegates':
    case 'cancel':
      return writer || organiser;
    case 'request_meeting':
    case 'answer_meeting':
    case 'follow_up':
      return verified && (writer || delegate);
  }
}
