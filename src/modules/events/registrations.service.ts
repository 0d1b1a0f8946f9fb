import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import { CorridorError, type FieldIssue, validationFailed } from '../../platform/errors.js';
import { type Actor, deny, requireUser } from '../auth/actor.js';
import { findOrganisation } from '../organisations/organisations.repository.js';
import { mailDelegation, pickText } from './event-mail.js';
import { eventTime } from './event-time.js';
import {
  canOnEvent,
  canOnParticipant,
  type ParticipantAction,
  type ParticipantFacts,
} from './events.policy.js';
import { type EventRecord, listSessions, listSlots } from './events.repository.js';
import {
  authorizeEvent,
  eventFacts,
  loadAuthorizedEvent,
  loadEvent,
  requireEventStatus,
} from './events.service.js';
import { registrationOpen } from './events.view.js';
import {
  cancelOpenMeetingsOf,
  countApproved,
  countPending,
  delegatesElsewhere,
  findActiveRegistrationOf,
  findRegistration,
  findRegistrationByToken,
  findRegistrationOfUser,
  firstWaitlisted,
  insertRegistration,
  listRegistrations,
  markCheckedIn,
  membersAmong,
  publishedProfilesAmong,
  type RegistrationRecord,
  replaceDelegates,
  setAvailability,
  setRegistrationStatus,
  updateParticipantProfile,
} from './registrations.repository.js';
import type {
  AvailabilityBody,
  ListRegistrationsQuery,
  RegisterBody,
  RegistrationStatus,
  UpdateRegistrationBody,
} from './registrations.schema.js';
import {
  checkInUrl,
  type ParticipantView,
  participantView,
  type RegistrationView,
  registrationView,
} from './registrations.view.js';

const ACTIVE: readonly RegistrationStatus[] = ['pending', 'approved', 'waitlisted'];

export function participantFacts(event: EventRecord, registration: RegistrationRecord): ParticipantFacts {
  return {
    event: eventFacts(event),
    organisationId: registration.organisationId,
    delegateUserIds: registration.delegates.map((d) => d.userId),
  };
}

/** Throws the right error when the policy says no; outsiders are told the registration does not exist. */
export function authorizeParticipant(actor: Actor, action: ParticipantAction, facts: ParticipantFacts): void {
  if (canOnParticipant(actor, action, facts)) return;
  if (!canOnEvent(actor, 'read', facts.event)) throw new CorridorError('EventNotFound');
  if (!canOnParticipant(actor, 'read', facts)) throw new CorridorError('RegistrationNotFound');
  if (actor.kind === 'user' && !actor.emailVerified) throw new CorridorError('EmailNotVerified');
  deny(actor);
}

/** Loads an event and one of its registrations and checks the actor may do `action` for it. */
export async function loadAuthorizedRegistration(
  db: Queryable,
  actor: Actor,
  eventId: string,
  registrationId: string,
  action: ParticipantAction,
  forUpdate = false,
): Promise<{ event: EventRecord; registration: RegistrationRecord }> {
  const event = await loadEvent(db, eventId, forUpdate);
  authorizeEvent(actor, 'read', eventFacts(event));
  const registration = await findRegistration(db, eventId, registrationId, forUpdate);
  if (!registration) throw new CorridorError('RegistrationNotFound');
  authorizeParticipant(actor, action, participantFacts(event, registration));
  return { event, registration };
}

function requireActive(registration: RegistrationRecord): void {
  if (!ACTIVE.includes(registration.status)) {
    throw new CorridorError('RegistrationStatusConflict', { status: registration.status });
  }
}

async function checkDelegates(
  tx: Queryable,
  event: EventRecord,
  organisationId: string,
  registrationId: string | null,
  userIds: readonly string[],
  field: string,
  issues: FieldIssue[],
  offset = 0,
): Promise<void> {
  const members = await membersAmong(tx, organisationId, userIds);
  const elsewhere = new Set(await delegatesElsewhere(tx, event.id, registrationId, userIds));
  for (const [index, userId] of userIds.entries()) {
    if (!members.has(userId))
      issues.push({ field: `${field}[${index - offset}]`, code: 'not_allowed_value' });
    else if (elsewhere.has(userId)) issues.push({ field: `${field}[${index - offset}]`, code: 'duplicate' });
  }
}

async function checkProfiles(
  tx: Queryable,
  organisationId: string,
  profileIds: readonly string[],
  issues: FieldIssue[],
): Promise<void> {
  const published = await publishedProfilesAmong(tx, organisationId, profileIds);
  for (const [index, profileId] of profileIds.entries()) {
    if (!published.has(profileId)) issues.push({ field: `profileIds[${index}]`, code: 'not_allowed_value' });
  }
}

function eventLink(ctx: AppContext, event: EventRecord): string {
  return `${ctx.config.publicUrl}/events/${event.id}`;
}

async function mailDecision(
  ctx: AppContext,
  tx: Queryable,
  event: EventRecord,
  registration: RegistrationRecord,
  decision: 'approved' | 'declined',
  reason: string,
): Promise<void> {
  const [subjectKey, bodyKey] =
    decision === 'approved'
      ? (['mail.eventApproved.subject', 'mail.eventApproved.body'] as const)
      : (['mail.eventDeclined.subject', 'mail.eventDeclined.body'] as const);
  await mailDelegation(tx, registration, subjectKey, bodyKey, (language, name) => ({
    name,
    event: pickText(event.title, language),
    reason: reason || '-',
    link: eventLink(ctx, event),
  }));
}

/**
 * Fills places that became free from the waiting list, first come first served: straight to approved
 * when the event needs no approval, else into the organisers' approval queue.
 */
async function promoteFromWaitingList(ctx: AppContext, tx: Queryable, event: EventRecord): Promise<void> {
  if (event.capacity === null) return;
  const now = ctx.clock.now();
  for (;;) {
    const taken = (await countApproved(tx, event.id)) + (await countPending(tx, event.id));
    if (taken >= event.capacity) return;
    const next = await firstWaitlisted(tx, event.id);
    if (!next) return;
    if (event.requiresApproval) {
      await setRegistrationStatus(tx, next.id, { status: 'pending', now, by: null });
    } else {
      await setRegistrationStatus(tx, next.id, { status: 'approved', now, by: null });
      await mailDecision(ctx, tx, event, next, 'approved', '');
    }
  }
}

async function view(
  ctx: AppContext,
  db: Queryable,
  event: EventRecord,
  id: string,
): Promise<RegistrationView> {
  const registration = await findRegistration(db, event.id, id);
  if (!registration) throw new CorridorError('RegistrationNotFound');
  return registrationView(registration, event, ctx.config.publicUrl);
}

/**
 * Registers an organisation for an event, the registering person leading its delegation. When the
 * places (approved and waiting for approval) are all taken, the registration joins the waiting list.
 */
export async function register(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  input: RegisterBody,
): Promise<RegistrationView> {
  const user = requireUser(actor);
  return ctx.db.transaction(async (tx) => {
    // The event row lock serialises decisions about its places.
    const event = await loadEvent(tx, eventId, true);
    authorizeEvent(actor, 'read', eventFacts(event));
    const organisation = await findOrganisation(tx, input.organisationId);
    if (!organisation) throw validationFailed([{ field: 'organisationId', code: 'not_allowed_value' }]);
    const facts: ParticipantFacts = {
      event: eventFacts(event),
      organisationId: organisation.id,
      delegateUserIds: [],
    };
    if (!canOnParticipant(actor, 'register', facts)) {
      if (!user.emailVerified) throw new CorridorError('EmailNotVerified');
      requireEventStatus(event, 'published');
      deny(actor);
    }
    const now = ctx.clock.now();
    if (!registrationOpen(event, now)) throw new CorridorError('RegistrationClosed');
    if (await findActiveRegistrationOf(tx, eventId, organisation.id))
      throw new CorridorError('AlreadyRegistered');
    const delegateIds = [user.userId, ...input.delegateUserIds.filter((id) => id !== user.userId)];
    const issues: FieldIssue[] = [];
    await checkDelegates(tx, event, organisation.id, null, delegateIds, 'delegateUserIds', issues, 1);
    await checkProfiles(tx, organisation.id, input.profileIds, issues);
    if (issues.length > 0) throw validationFailed(issues);
    const taken = (await countApproved(tx, eventId)) + (await countPending(tx, eventId));
    const full = event.capacity !== null && taken >= event.capacity;
    const status: RegistrationStatus = full ? 'waitlisted' : event.requiresApproval ? 'pending' : 'approved';
    const id = await insertRegistration(tx, {
      eventId,
      organisationId: organisation.id,
      status,
      attendanceMode: input.attendanceMode,
      language: input.language ?? user.language,
      offer: input.offer,
      seek: input.seek,
      profileIds: input.profileIds,
      sectors: input.sectors,
      keywords: input.keywords,
      checkInToken: randomBytes(18).toString('base64url'),
      createdBy: user.userId,
      now,
    });
    await replaceDelegates(tx, eventId, id, delegateIds);
    return view(ctx, tx, event, id);
  });
}

export async function getRegistration(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  registrationId: string,
): Promise<RegistrationView> {
  const { event, registration } = await loadAuthorizedRegistration(
    ctx.db,
    actor,
    eventId,
    registrationId,
    'read',
  );
  return registrationView(registration, event, ctx.config.publicUrl);
}

/** The registration the signed-in person acts for in this event. */
export async function myRegistration(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
): Promise<RegistrationView> {
  const user = requireUser(actor);
  const event = await loadAuthorizedEvent(ctx.db, actor, eventId, 'read');
  const registration = await findRegistrationOfUser(ctx.db, eventId, user.userId, [
    ...user.memberships.keys(),
  ]);
  if (!registration) throw new CorridorError('RegistrationNotFound');
  return registrationView(registration, event, ctx.config.publicUrl);
}

/** The organisers' list of registrations, in registration order. */
export async function browseRegistrations(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  query: ListRegistrationsQuery,
) {
  const event = await loadAuthorizedEvent(ctx.db, actor, eventId, 'read_registrations');
  const rows = await listRegistrations(
    ctx.db,
    eventId,
    { statuses: query.status?.length ? query.status : ACTIVE.concat('declined') },
    decodeCursor(query.cursor),
    query.limit + 1,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ sortKey: _sortKey, ...r }) => registrationView(r, event, ctx.config.publicUrl)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null,
  };
}

/** The approved participants, for participants choosing whom to meet and for organisers. */
export async function browseParticipants(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<{ items: ParticipantView[]; nextCursor: string | null }> {
  await loadAuthorizedEvent(ctx.db, actor, eventId, 'read_participants');
  const rows = await listRegistrations(
    ctx.db,
    eventId,
    { statuses: ['approved'] },
    decodeCursor(query.cursor),
    query.limit + 1,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ sortKey: _sortKey, ...r }) => participantView(r)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null,
  };
}

export async function updateRegistration(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  registrationId: string,
  changes: UpdateRegistrationBody,
): Promise<RegistrationView> {
  return ctx.db.transaction(async (tx) => {
    const { event, registration } = await loadAuthorizedRegistration(
      tx,
      actor,
      eventId,
      registrationId,
      'update',
      true,
    );
    requireActive(registration);
    const issues: FieldIssue[] = [];
    if (changes.profileIds) await checkProfiles(tx, registration.organisationId, changes.profileIds, issues);
    if (issues.length > 0) throw validationFailed(issues);
    await updateParticipantProfile(
      tx,
      registrationId,
      {
        attendanceMode: changes.attendanceMode ?? registration.attendanceMode,
        language: changes.language ?? registration.language,
        offer: changes.offer ?? registration.offer,
        seek: changes.seek ?? registration.seek,
        profileIds: changes.profileIds ?? registration.profileIds,
        sectors: changes.sectors ?? registration.sectors,
        keywords: changes.keywords ?? registration.keywords,
      },
      ctx.clock.now(),
    );
    return view(ctx, tx, event, registrationId);
  });
}

/** Replaces the delegation: members of the participating organisation, in none of the event's other delegations. */
export async function setDelegates(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  registrationId: string,
  userIds: readonly string[],
): Promise<RegistrationView> {
  return ctx.db.transaction(async (tx) => {
    const { event, registration } = await loadAuthorizedRegistration(
      tx,
      actor,
      eventId,
      registrationId,
      'manage_delegates',
      true,
    );
    requireActive(registration);
    const issues: FieldIssue[] = [];
    await checkDelegates(tx, event, registration.organisationId, registrationId, userIds, 'userIds', issues);
    if (issues.length > 0) throw validationFailed(issues);
    await replaceDelegates(tx, eventId, registrationId, userIds);
    return view(ctx, tx, event, registrationId);
  });
}

/** Sets the slots a participant cannot meet in and the programme sessions they attend. */
export async function setParticipantAvailability(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  registrationId: string,
  input: AvailabilityBody,
): Promise<RegistrationView> {
  return ctx.db.transaction(async (tx) => {
    const { event, registration } = await loadAuthorizedRegistration(
      tx,
      actor,
      eventId,
      registrationId,
      'update',
      true,
    );
    requireActive(registration);
    const issues: FieldIssue[] = [];
    const slotCount = (await listSlots(tx, eventId)).length;
    for (const [index, slot] of input.unavailableSlots.entries()) {
      if (slot > slotCount) {
        issues.push({ field: `unavailableSlots[${index}]`, code: 'too_big', params: { maximum: slotCount } });
      }
    }
    const sessions = new Set((await listSessions(tx, eventId)).map((s) => s.id));
    for (const [index, sessionId] of input.sessionIds.entries()) {
      if (!sessions.has(sessionId)) issues.push({ field: `sessionIds[${index}]`, code: 'not_allowed_value' });
    }
    if (issues.length > 0) throw validationFailed(issues);
    await setAvailability(tx, registrationId, input.unavailableSlots, input.sessionIds, ctx.clock.now());
    return view(ctx, tx, event, registrationId);
  });
}

/** An organiser approves (if there is room), declines or waitlists a registration; the delegation is told. */
export async function decideRegistration(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  registrationId: string,
  decision: 'approve' | 'decline' | 'waitlist',
  reason: string,
): Promise<RegistrationView> {
  const user = requireUser(actor);
  return ctx.db.transaction(async (tx) => {
    const event = await loadAuthorizedEvent(tx, actor, eventId, 'decide_registration', true);
    const registration = await findRegistration(tx, eventId, registrationId, true);
    if (!registration) throw new CorridorError('RegistrationNotFound');
    const now = ctx.clock.now();
    const conflict = () => new CorridorError('RegistrationStatusConflict', { status: registration.status });
    switch (decision) {
      case 'approve': {
        if (!['pending', 'waitlisted', 'declined'].includes(registration.status)) throw conflict();
        requireEventStatus(event, 'published');
        if (event.capacity !== null && (await countApproved(tx, eventId)) >= event.capacity) {
          throw new CorridorError('EventFull', { capacity: event.capacity });
        }
        await setRegistrationStatus(tx, registrationId, { status: 'approved', now, by: user.userId, reason });
        await mailDecision(ctx, tx, event, registration, 'approved', reason);
        break;
      }
      case 'decline': {
        if (!ACTIVE.includes(registration.status)) throw conflict();
        await setRegistrationStatus(tx, registrationId, { status: 'declined', now, by: user.userId, reason });
        await cancelOpenMeetingsOf(tx, registrationId, now);
        await mailDecision(ctx, tx, event, registration, 'declined', reason);
        await promoteFromWaitingList(ctx, tx, event);
        break;
      }
      case 'waitlist': {
        if (registration.status !== 'pending') throw conflict();
        await setRegistrationStatus(tx, registrationId, {
          status: 'waitlisted',
          now,
          by: user.userId,
          reason,
        });
        break;
      }
    }
    return view(ctx, tx, event, registrationId);
  });
}

/** The participant (or an organiser) withdraws the registration; its meetings are withdrawn too. */
export async function cancelRegistration(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  registrationId: string,
): Promise<RegistrationView> {
  const user = requireUser(actor);
  return ctx.db.transaction(async (tx) => {
    const { event, registration } = await loadAuthorizedRegistration(
      tx,
      actor,
      eventId,
      registrationId,
      'cancel',
      true,
    );
    requireActive(registration);
    const now = ctx.clock.now();
    await setRegistrationStatus(tx, registrationId, { status: 'cancelled', now, by: user.userId });
    await cancelOpenMeetingsOf(tx, registrationId, now);
    await promoteFromWaitingList(ctx, tx, event);
    return view(ctx, tx, event, registrationId);
  });
}

/** The participant's check-in QR code (SVG), encoding the check-in address with its token. */
export async function checkInCode(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  registrationId: string,
): Promise<string> {
  const { registration } = await loadAuthorizedRegistration(ctx.db, actor, eventId, registrationId, 'read');
  return QRCode.toString(checkInUrl(ctx.config.publicUrl, registration), {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
  });
}

/** An organiser scans a QR code: the participant is marked present. Scanning again changes nothing. */
export async function checkIn(ctx: AppContext, actor: Actor, eventId: string, token: string) {
  const user = requireUser(actor);
  return ctx.db.transaction(async (tx) => {
    const event = await loadAuthorizedEvent(tx, actor, eventId, 'check_in', true);
    const registration = await findRegistrationByToken(tx, eventId, token);
    if (!registration) throw new CorridorError('CheckInTokenInvalid');
    if (registration.status !== 'approved') {
      throw new CorridorError('RegistrationStatusConflict', { status: registration.status });
    }
    const alreadyCheckedIn = registration.checkedInAt !== null;
    const checkedInAt = registration.checkedInAt ?? ctx.clock.now();
    if (!alreadyCheckedIn) await markCheckedIn(tx, registration.id, checkedInAt, user.userId);
    return {
      participant: participantView(registration),
      checkedInAt: eventTime(checkedInAt, event.timeZone),
      alreadyCheckedIn,
    };
  });
}
