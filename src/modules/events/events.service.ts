import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import { CorridorError, type FieldIssue, validationFailed } from '../../platform/errors.js';
import { type Actor, deny, isAdministrator, requireUser } from '../auth/actor.js';
import { findOrganisation } from '../organisations/organisations.repository.js';
import { parseEventTime } from './event-time.js';
import {
  canChangeOrganiser,
  canOnEvent,
  type EventAction,
  type EventFacts,
  type EventStatus,
  type OrganiserChange,
} from './events.policy.js';
import {
  addOrganiser,
  countEvents,
  deleteSession,
  type EventContentRow,
  type EventFilter,
  type EventRecord,
  findEvent,
  findSession,
  hasPublishedSchedule,
  insertEvent,
  insertOrganisers,
  insertSession,
  listEvents,
  listSessions,
  listSlots,
  removeOrganiser,
  replaceSlots,
  type SessionRecord,
  type SlotRecord,
  setEventStatus,
  touchEvent,
  updateEventContent,
  updatePendingRequestExpiry,
  updateSession,
} from './events.repository.js';
import {
  type CreateEventBody,
  type CreateSessionBody,
  type ListEventsQuery,
  MAX_SLOTS,
  type MeetingSlotsBody,
  type UpdateEventBody,
  type UpdateSessionBody,
} from './events.schema.js';
import {
  type EventView,
  eventView,
  type SessionView,
  type SlotView,
  sessionView,
  slotView,
} from './events.view.js';
import { countApproved, isApprovedParticipant } from './registrations.repository.js';

/** The policy facts of an event; `viewerIsParticipant` only matters for the participant list. */
export function eventFacts(event: EventRecord, viewerIsParticipant = false): EventFacts {
  return { organiserIds: event.organisers.map((o) => o.id), status: event.status, viewerIsParticipant };
}

/** Throws the right error when the policy says no; those who may not read the event are told it does not exist. */
export function authorizeEvent(actor: Actor, action: EventAction, facts: EventFacts): void {
  if (canOnEvent(actor, action, facts)) return;
  if (action !== 'create' && !canOnEvent(actor, 'read', facts)) throw new CorridorError('EventNotFound');
  if (actor.kind === 'user' && !actor.emailVerified && (action === 'register' || action === 'create')) {
    throw new CorridorError('EmailNotVerified');
  }
  deny(actor);
}

export async function loadEvent(db: Queryable, id: string, forUpdate = false): Promise<EventRecord> {
  const event = await findEvent(db, id, forUpdate);
  if (!event) throw new CorridorError('EventNotFound');
  return event;
}

/** Loads an event and checks the actor may do `action` with it. */
export async function loadAuthorizedEvent(
  db: Queryable,
  actor: Actor,
  id: string,
  action: EventAction,
  forUpdate = false,
): Promise<EventRecord> {
  const event = await loadEvent(db, id, forUpdate);
  const viewerIsParticipant =
    action === 'read_participants' && actor.kind === 'user'
      ? await isApprovedParticipant(db, event.id, actor.userId, [...actor.memberships.keys()])
      : false;
  authorizeEvent(actor, action, eventFacts(event, viewerIsParticipant));
  return event;
}

/** Refuses the action unless the event is in one of the given statuses. */
export function requireEventStatus(event: EventRecord, ...allowed: EventStatus[]): void {
  if (!allowed.includes(event.status))
    throw new CorridorError('EventStatusConflict', { status: event.status });
}

/** Reads an input time in the event's zone; a bad one becomes a field issue. */
function resolveTime(text: string, timeZone: string, field: string, issues: FieldIssue[]): Date {
  const instant = parseEventTime(text, timeZone);
  if (Number.isNaN(instant.getTime())) issues.push({ field, code: 'invalid_format' });
  return instant;
}

function checkEventContent(content: EventContentRow, issues: FieldIssue[]): void {
  if (content.endsAt.getTime() <= content.startsAt.getTime())
    issues.push({ field: 'endsAt', code: 'invalid' });
  if (content.registrationDeadline && content.registrationDeadline.getTime() > content.endsAt.getTime()) {
    issues.push({ field: 'registrationDeadline', code: 'invalid' });
  }
  if (content.tableLabels.length > content.tableCount) {
    issues.push({ field: 'tableLabels', code: 'too_big', params: { maximum: content.tableCount } });
  }
  if (content.venueMode !== 'online' && content.country === null)
    issues.push({ field: 'country', code: 'required' });
  if (!content.title[content.originalLanguage]) {
    issues.push({ field: `title.${content.originalLanguage}`, code: 'required' });
  }
}

/** One event as the reader may see it, with its programme and meeting slots. */
export async function getEvent(ctx: AppContext, actor: Actor, id: string): Promise<EventView> {
  const event = await loadAuthorizedEvent(ctx.db, actor, id, 'read');
  const [sessions, slots, approvedCount] = await Promise.all([
    listSessions(ctx.db, id),
    listSlots(ctx.db, id),
    countApproved(ctx.db, id),
  ]);
  return eventView(event, actor, ctx.clock.now(), { sessions, slots, approvedCount });
}

/** Published and cancelled events for everyone, drafts for their organisers; soonest first. */
export async function browseEvents(ctx: AppContext, actor: Actor, query: ListEventsQuery) {
  const after = decodeCursor(query.cursor);
  const organiserOf =
    actor.kind === 'user'
      ? [...actor.memberships]
          .filter(([, role]) => role === 'admin' || role === 'editor')
          .map(([orgId]) => orgId)
      : [];
  const filter: EventFilter = {
    kinds: query.kind,
    countries: query.country,
    statuses: query.status?.length ? query.status : ['published'],
    organisationId: query.organisationId,
    endsAfter: query.endsAfter ? new Date(query.endsAfter) : undefined,
    visibility: { all: isAdministrator(actor), organiserOf },
  };
  const [rows, total] = await Promise.all([
    listEvents(ctx.db, filter, after, query.limit + 1),
    countEvents(ctx.db, filter),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const now = ctx.clock.now();
  return {
    items: page.map(({ sortKey: _sortKey, ...event }) => eventView(event, actor, now)),
    total,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null,
  };
}

/** Creates a draft event organised by organisations the creator writes for. */
export async function createEvent(ctx: AppContext, actor: Actor, input: CreateEventBody): Promise<EventView> {
  const user = requireUser(actor);
  const issues: FieldIssue[] = [];
  for (const [index, organisationId] of input.organiserIds.entries()) {
    if (!(await findOrganisation(ctx.db, organisationId))) {
      issues.push({ field: `organiserIds[${index}]`, code: 'not_allowed_value' });
    }
  }
  if (issues.length > 0) throw validationFailed(issues);
  authorizeEvent(actor, 'create', {
    organiserIds: input.organiserIds,
    status: 'draft',
    viewerIsParticipant: false,
  });
  const content: EventContentRow = {
    ...input,
    startsAt: resolveTime(input.startsAt, input.timeZone, 'startsAt', issues),
    endsAt: resolveTime(input.endsAt, input.timeZone, 'endsAt', issues),
    registrationDeadline: input.registrationDeadline
      ? resolveTime(input.registrationDeadline, input.timeZone, 'registrationDeadline', issues)
      : null,
  };
  checkEventContent(content, issues);
  if (issues.length > 0) throw validationFailed(issues);
  const id = await ctx.db.transaction(async (tx) => {
    const eventId = await insertEvent(tx, {
      ...content,
      roomSecret: randomBytes(24).toString('base64url'),
      createdBy: user.userId,
      now: ctx.clock.now(),
    });
    await insertOrganisers(tx, eventId, input.organiserIds);
    return eventId;
  });
  return getEvent(ctx, actor, id);
}

/** Saves changes to an event; tables cannot shrink or grow once a schedule has been published. */
export async function updateEvent(
  ctx: AppContext,
  actor: Actor,
  id: string,
  changes: UpdateEventBody,
): Promise<EventView> {
  await ctx.db.transaction(async (tx) => {
    const event = await loadAuthorizedEvent(tx, actor, id, 'update', true);
    requireEventStatus(event, 'draft', 'published');
    const timeZone = changes.timeZone ?? event.timeZone;
    const issues: FieldIssue[] = [];
    const at = (value: string | undefined, current: Date, field: string) =>
      value === undefined ? current : resolveTime(value, timeZone, field, issues);
    const content: EventContentRow = {
      kind: changes.kind ?? event.kind,
      originalLanguage: changes.originalLanguage ?? event.originalLanguage,
      title: changes.title ?? event.title,
      description: changes.description ?? event.description,
      timeZone,
      startsAt: at(changes.startsAt, event.startsAt, 'startsAt'),
      endsAt: at(changes.endsAt, event.endsAt, 'endsAt'),
      venueMode: changes.venueMode ?? event.venueMode,
      venueName: changes.venueName ?? event.venueName,
      venueAddress: changes.venueAddress ?? event.venueAddress,
      city: changes.city ?? event.city,
      country: changes.country !== undefined ? changes.country : event.country,
      onlineUrl: changes.onlineUrl !== undefined ? changes.onlineUrl : event.onlineUrl,
      meetingRoomBaseUrl: changes.meetingRoomBaseUrl ?? event.meetingRoomBaseUrl,
      capacity: changes.capacity !== undefined ? changes.capacity : event.capacity,
      requiresApproval: changes.requiresApproval ?? event.requiresApproval,
      registrationDeadline:
        changes.registrationDeadline === undefined
          ? event.registrationDeadline
          : changes.registrationDeadline === null
            ? null
            : resolveTime(changes.registrationDeadline, timeZone, 'registrationDeadline', issues),
      maxMeetingsPerParticipant: changes.maxMeetingsPerParticipant ?? event.maxMeetingsPerParticipant,
      requestExpiryHours: changes.requestExpiryHours ?? event.requestExpiryHours,
      tableCount: changes.tableCount ?? event.tableCount,
      tableLabels: changes.tableLabels ?? event.tableLabels,
    };
    checkEventContent(content, issues);
    if (issues.length > 0) throw validationFailed(issues);
    if (content.tableCount !== event.tableCount && (await hasPublishedSchedule(tx, id))) {
      throw new CorridorError('ScheduleLocked');
    }
    await updateEventContent(tx, id, content, ctx.clock.now());
    if (content.requestExpiryHours !== event.requestExpiryHours) {
      // Waiting requests follow the organiser's new rule, counted from when each was sent.
      await updatePendingRequestExpiry(tx, id, content.requestExpiryHours);
    }
  });
  return getEvent(ctx, actor, id);
}

/** Refuses a change of organisers the policy does not allow: unconfirmed email first, else forbidden. */
function authorizeOrganiserChange(
  actor: Actor,
  change: OrganiserChange,
  event: EventRecord,
  organisationId: string,
): void {
  if (canChangeOrganiser(actor, change, eventFacts(event), organisationId)) return;
  if (actor.kind === 'user' && !actor.emailVerified) throw new CorridorError('EmailNotVerified');
  deny(actor);
}

/**
 * Adds a co-organising organisation. Its admins and editors become organisers of the event, so the
 * one adding it must write for it (or be an administrator). Adding one that already organises
 * changes nothing.
 */
export async function addEventOrganiser(
  ctx: AppContext,
  actor: Actor,
  id: string,
  organisationId: string,
): Promise<EventView> {
  await ctx.db.transaction(async (tx) => {
    const event = await loadAuthorizedEvent(tx, actor, id, 'update', true);
    requireEventStatus(event, 'draft', 'published');
    if (!(await findOrganisation(tx, organisationId))) {
      throw validationFailed([{ field: 'organisationId', code: 'not_allowed_value' }]);
    }
    authorizeOrganiserChange(actor, 'add', event, organisationId);
    if (event.organisers.some((o) => o.id === organisationId)) return;
    await addOrganiser(tx, id, organisationId);
    await touchEvent(tx, id, ctx.clock.now());
  });
  return getEvent(ctx, actor, id);
}

/**
 * Removes an organising organisation; an event keeps at least one (`LastOrganiser`). Whoever
 * removes their own organisation stops organising the event (and, for a draft, seeing it).
 */
export async function removeEventOrganiser(
  ctx: AppContext,
  actor: Actor,
  id: string,
  organisationId: string,
): Promise<EventView | null> {
  const event = await ctx.db.transaction(async (tx) => {
    const current = await loadAuthorizedEvent(tx, actor, id, 'update', true);
    requireEventStatus(current, 'draft', 'published');
    if (!current.organisers.some((o) => o.id === organisationId)) {
      throw new CorridorError('OrganisationNotFound');
    }
    authorizeOrganiserChange(actor, 'remove', current, organisationId);
    if (current.organisers.length <= 1) throw new CorridorError('LastOrganiser');
    await removeOrganiser(tx, id, organisationId);
    await touchEvent(tx, id, ctx.clock.now());
    return current;
  });
  const remaining = event.organisers.filter((o) => o.id !== organisationId).map((o) => o.id);
  // Someone who removed their own organisation may no longer see a draft: answer without a body.
  return canOnEvent(actor, 'read', {
    organiserIds: remaining,
    status: event.status,
    viewerIsParticipant: false,
  })
    ? getEvent(ctx, actor, id)
    : null;
}

/** Publishes a draft: the event page appears and registration opens. */
export async function publishEvent(ctx: AppContext, actor: Actor, id: string): Promise<EventView> {
  await ctx.db.transaction(async (tx) => {
    const event = await loadAuthorizedEvent(tx, actor, id, 'publish', true);
    requireEventStatus(event, 'draft');
    await setEventStatus(tx, id, 'published', ctx.clock.now());
  });
  return getEvent(ctx, actor, id);
}

/** Cancels the event; its page stays visible with the reason. */
export async function cancelEvent(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string,
): Promise<EventView> {
  await ctx.db.transaction(async (tx) => {
    const event = await loadAuthorizedEvent(tx, actor, id, 'cancel', true);
    requireEventStatus(event, 'draft', 'published');
    await setEventStatus(tx, id, 'cancelled', ctx.clock.now(), reason);
  });
  return getEvent(ctx, actor, id);
}

export async function programme(ctx: AppContext, actor: Actor, id: string): Promise<SessionView[]> {
  const event = await loadAuthorizedEvent(ctx.db, actor, id, 'read');
  return (await listSessions(ctx.db, id)).map((s) => sessionView(s, event.timeZone));
}

function sessionTimes(startsAt: Date, endsAt: Date, issues: FieldIssue[]): { startsAt: Date; endsAt: Date } {
  if (endsAt.getTime() <= startsAt.getTime()) issues.push({ field: 'endsAt', code: 'invalid' });
  return { startsAt, endsAt };
}

export async function addSession(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: CreateSessionBody,
): Promise<SessionView> {
  return ctx.db.transaction(async (tx) => {
    const event = await loadAuthorizedEvent(tx, actor, id, 'update', true);
    requireEventStatus(event, 'draft', 'published');
    const issues: FieldIssue[] = [];
    const times = sessionTimes(
      resolveTime(input.startsAt, event.timeZone, 'startsAt', issues),
      resolveTime(input.endsAt, event.timeZone, 'endsAt', issues),
      issues,
    );
    if (issues.length > 0) throw validationFailed(issues);
    const row = {
      eventId: id,
      title: input.title,
      description: input.description,
      location: input.location,
      ...times,
    };
    const sessionId = await insertSession(tx, row);
    return sessionView({ id: sessionId, ...row }, event.timeZone);
  });
}

export async function changeSession(
  ctx: AppContext,
  actor: Actor,
  id: string,
  sessionId: string,
  changes: UpdateSessionBody,
): Promise<SessionView> {
  return ctx.db.transaction(async (tx) => {
    const event = await loadAuthorizedEvent(tx, actor, id, 'update', true);
    requireEventStatus(event, 'draft', 'published');
    const session = await findSession(tx, id, sessionId);
    if (!session) throw new CorridorError('ProgrammeSessionNotFound');
    const issues: FieldIssue[] = [];
    const times = sessionTimes(
      changes.startsAt ? resolveTime(changes.startsAt, event.timeZone, 'startsAt', issues) : session.startsAt,
      changes.endsAt ? resolveTime(changes.endsAt, event.timeZone, 'endsAt', issues) : session.endsAt,
      issues,
    );
    if (issues.length > 0) throw validationFailed(issues);
    const updated: SessionRecord = {
      ...session,
      title: changes.title ?? session.title,
      description: changes.description ?? session.description,
      location: changes.location ?? session.location,
      ...times,
    };
    await updateSession(tx, updated);
    return sessionView(updated, event.timeZone);
  });
}

export async function removeSession(
  ctx: AppContext,
  actor: Actor,
  id: string,
  sessionId: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const event = await loadAuthorizedEvent(tx, actor, id, 'update', true);
    requireEventStatus(event, 'draft', 'published');
    if ((await deleteSession(tx, id, sessionId)) === 0) throw new CorridorError('ProgrammeSessionNotFound');
  });
}

export async function meetingSlots(ctx: AppContext, actor: Actor, id: string): Promise<SlotView[]> {
  const event = await loadAuthorizedEvent(ctx.db, actor, id, 'read');
  return (await listSlots(ctx.db, id)).map((s) => slotView(s, event.timeZone));
}

/** Cuts the blocks into consecutive slots, numbered 1..n in time order; overlapping blocks are refused. */
export function slotsFromBlocks(
  blocks: ReadonlyArray<{ startsAt: Date; endsAt: Date; meetingMinutes: number; breakMinutes: number }>,
  issues: FieldIssue[],
): SlotRecord[] {
  const ordered = blocks
    .map((block, index) => ({ ...block, index }))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const slots: SlotRecord[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const block of ordered) {
    const start = block.startsAt.getTime();
    const end = block.endsAt.getTime();
    if (start < previousEnd) issues.push({ field: `blocks[${block.index}].startsAt`, code: 'invalid' });
    const length = block.meetingMinutes * 60_000;
    if (end - start < length) {
      issues.push({ field: `blocks[${block.index}].endsAt`, code: 'invalid' });
      continue;
    }
    for (let at = start; at + length <= end; at += length + block.breakMinutes * 60_000) {
      slots.push({ slotNumber: slots.length + 1, startsAt: new Date(at), endsAt: new Date(at + length) });
      if (slots.length > MAX_SLOTS) {
        issues.push({ field: 'blocks', code: 'too_big', params: { maximum: MAX_SLOTS } });
        return [];
      }
    }
    previousEnd = end;
  }
  return slots;
}

/**
 * Replaces the meeting slots. Slot numbers change meaning, so participants' blocked slots and the
 * organiser's slot pins are cleared; once a schedule has been published the slots are fixed.
 */
export async function setMeetingSlots(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: MeetingSlotsBody,
): Promise<SlotView[]> {
  return ctx.db.transaction(async (tx) => {
    const event = await loadAuthorizedEvent(tx, actor, id, 'update', true);
    requireEventStatus(event, 'draft', 'published');
    if (await hasPublishedSchedule(tx, id)) throw new CorridorError('ScheduleLocked');
    const issues: FieldIssue[] = [];
    const blocks = input.blocks.map((block, index) => ({
      startsAt: resolveTime(block.startsAt, event.timeZone, `blocks[${index}].startsAt`, issues),
      endsAt: resolveTime(block.endsAt, event.timeZone, `blocks[${index}].endsAt`, issues),
      meetingMinutes: block.meetingMinutes,
      breakMinutes: block.breakMinutes,
    }));
    if (issues.length > 0) throw validationFailed(issues);
    const slots = slotsFromBlocks(blocks, issues);
    if (issues.length > 0) throw validationFailed(issues);
    await replaceSlots(tx, id, slots);
    return slots.map((s) => slotView(s, event.timeZone));
  });
}
