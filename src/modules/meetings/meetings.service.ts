import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import type { Language } from '../../domain/vocabulary.js';
import type { DockingDocument } from '../../engines/docking/index.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import { CorridorError, validationFailed } from '../../platform/errors.js';
import { type Actor, deny, requireUser, type UserActor } from '../auth/actor.js';
import { dockingIndexOf } from '../docking/docking.index-holder.js';
import { mailDelegation, pickText } from '../events/event-mail.js';
import { eventTime } from '../events/event-time.js';
import { canOnParticipant, isOrganiser, type ParticipantAction } from '../events/events.policy.js';
import { type EventRecord, listSlots, type SlotRecord } from '../events/events.repository.js';
import { eventFacts, loadAuthorizedEvent, loadEvent, requireEventStatus } from '../events/events.service.js';
import {
  allRegistrations,
  findRegistration,
  findRegistrationOfUser,
  linkedProfileFacets,
  lockRegistrations,
  type RegistrationRecord,
} from '../events/registrations.repository.js';
import {
  authorizeParticipant,
  loadAuthorizedRegistration,
  participantFacts,
} from '../events/registrations.service.js';
import { participantView } from '../events/registrations.view.js';
import { openCooperationForMeeting } from './cooperation-hook.js';
import {
  allMeetings,
  answerMeetingRequest,
  findMeeting,
  insertMeetingRequest,
  listMeetings,
  lockExpiredRequests,
  lockRequestsToRemind,
  type MeetingRecord,
  markExpired,
  markFollowUpAgreed,
  markReminded,
  meetingLoad,
  openRequestBetween,
  setAttendance,
  setMeetingPins,
  upsertFollowUp,
} from './meetings.repository.js';
import type {
  FollowUpBody,
  ListMeetingsQuery,
  MeetingAttendance,
  RequestMeetingBody,
} from './meetings.schema.js';
import { type MeetingView, meetingView } from './meetings.view.js';
import {
  type DockingEvidence,
  type MatchingFacts,
  suggestPartners,
  type TextDirection,
  type TextEvidence,
} from './partner-suggestions.js';

async function slotMap(db: Queryable, eventId: string): Promise<Map<number, SlotRecord>> {
  return new Map((await listSlots(db, eventId)).map((s) => [s.slotNumber, s]));
}

async function viewOf(db: Queryable, event: EventRecord, meetingId: string): Promise<MeetingView> {
  const meeting = await findMeeting(db, event.id, meetingId);
  if (!meeting) throw new CorridorError('MeetingNotFound');
  return meetingView(meeting, event, await slotMap(db, event.id));
}

function meetingLink(ctx: AppContext, event: EventRecord): string {
  return `${ctx.config.publicUrl}/events/${event.id}/meetings`;
}

/** The event and the meeting, with the two registrations, checking that the actor may see the meeting. */
async function loadMeetingContext(
  db: Queryable,
  actor: Actor,
  eventId: string,
  meetingId: string,
  forUpdate = false,
): Promise<{
  event: EventRecord;
  meeting: MeetingRecord;
  requester: RegistrationRecord;
  recipient: RegistrationRecord;
}> {
  const event = await loadAuthorizedEvent(db, actor, eventId, 'read', forUpdate);
  const meeting = await findMeeting(db, eventId, meetingId, forUpdate);
  if (!meeting) throw new CorridorError('MeetingNotFound');
  const [requester, recipient] = await Promise.all([
    findRegistration(db, eventId, meeting.requester.registrationId),
    findRegistration(db, eventId, meeting.recipient.registrationId),
  ]);
  if (!requester || !recipient) throw new CorridorError('MeetingNotFound');
  const sees =
    isOrganiser(actor, eventFacts(event)) ||
    canOnParticipant(actor, 'read', participantFacts(event, requester)) ||
    canOnParticipant(actor, 'read', participantFacts(event, recipient));
  if (!sees) throw new CorridorError('MeetingNotFound');
  return { event, meeting, requester, recipient };
}

function mayAct(
  actor: Actor,
  action: ParticipantAction,
  event: EventRecord,
  registration: RegistrationRecord,
) {
  return canOnParticipant(actor, action, participantFacts(event, registration));
}

/** The registration the actor acts for when none is named: the one they lead or belong to. */
async function actingRegistration(
  db: Queryable,
  user: UserActor,
  event: EventRecord,
  registrationId: string | undefined,
): Promise<RegistrationRecord> {
  const registration = registrationId
    ? await findRegistration(db, event.id, registrationId)
    : await findRegistrationOfUser(db, event.id, user.userId, [...user.memberships.keys()]);
  if (!registration) throw new CorridorError('RegistrationNotFound');
  return registration;
}

/** Someone who can see the meeting but may not act on it: unconfirmed email, or simply not allowed. */
function refuse(actor: Actor): never {
  if (actor.kind === 'user' && !actor.emailVerified) throw new CorridorError('EmailNotVerified');
  return deny(actor);
}

function requireApproved(registration: RegistrationRecord, field: string): void {
  if (registration.status !== 'approved') throw validationFailed([{ field, code: 'not_allowed_value' }]);
}

/**
 * Sends a meeting request from one approved participant to another. Refused when the two already
 * have a waiting or accepted request, or when either side has reached the organiser's cap.
 */
export async function requestMeeting(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  input: RequestMeetingBody,
): Promise<MeetingView> {
  const user = requireUser(actor);
  return ctx.db.transaction(async (tx) => {
    const event = await loadAuthorizedEvent(tx, actor, eventId, 'read');
    requireEventStatus(event, 'published');
    const from = await actingRegistration(tx, user, event, input.fromRegistrationId);
    authorizeParticipant(actor, 'request_meeting', participantFacts(event, from));
    requireApproved(from, 'fromRegistrationId');
    const to = await findRegistration(tx, eventId, input.toRegistrationId);
    if (to?.status !== 'approved' || to.id === from.id) {
      throw validationFailed([{ field: 'toRegistrationId', code: 'not_allowed_value' }]);
    }
    await lockRegistrations(tx, [from.id, to.id]);
    if (await openRequestBetween(tx, eventId, from.id, to.id))
      throw new CorridorError('MeetingRequestExists');
    const limit = event.maxMeetingsPerParticipant;
    const fromLoad = await meetingLoad(tx, from.id);
    const toLoad = await meetingLoad(tx, to.id);
    if (fromLoad.accepted + fromLoad.pendingSent >= limit || toLoad.accepted >= limit) {
      throw new CorridorError('MeetingLimitReached', { limit });
    }
    const now = ctx.clock.now();
    const expiresAt = new Date(now.getTime() + event.requestExpiryHours * 3_600_000);
    const id = await insertMeetingRequest(tx, {
      eventId,
      requesterId: from.id,
      recipientId: to.id,
      message: input.message,
      mustMeet: input.mustMeet,
      expiresAt,
      createdBy: user.userId,
      now,
    });
    await mailDelegation(
      tx,
      to,
      'mail.meetingRequested.subject',
      'mail.meetingRequested.body',
      (language, name) => ({
        name,
        partner: pickText(from.organisationName, language),
        event: pickText(event.title, language),
        message: input.message || '-',
        expires: eventTime(expiresAt, event.timeZone).local,
        link: meetingLink(ctx, event),
      }),
    );
    return viewOf(tx, event, id);
  });
}

export async function getMeeting(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  meetingId: string,
): Promise<MeetingView> {
  const { event, meeting } = await loadMeetingContext(ctx.db, actor, eventId, meetingId);
  return meetingView(meeting, event, await slotMap(ctx.db, eventId));
}

/** Meetings of one participant (its own side sees them), or all of the event's for organisers. */
export async function browseMeetings(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  query: ListMeetingsQuery,
) {
  const user = requireUser(actor);
  const event = await loadAuthorizedEvent(ctx.db, actor, eventId, 'read');
  let registrationId = query.registrationId;
  if (!isOrganiser(actor, eventFacts(event))) {
    const registration = await actingRegistration(ctx.db, user, event, registrationId);
    authorizeParticipant(actor, 'read', participantFacts(event, registration));
    registrationId = registration.id;
  }
  const rows = await listMeetings(
    ctx.db,
    eventId,
    { registrationId, direction: query.direction, statuses: query.status },
    decodeCursor(query.cursor),
    query.limit + 1,
  );
  const slots = await slotMap(ctx.db, eventId);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ sortKey: _sortKey, ...m }) => meetingView(m, event, slots)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null,
  };
}

function requirePending(meeting: MeetingRecord, now: Date): void {
  if (meeting.status !== 'pending')
    throw new CorridorError('MeetingStatusConflict', { status: meeting.status });
  // Past its answer time a request is expired even before the job has marked it.
  if (meeting.expiresAt.getTime() <= now.getTime()) {
    throw new CorridorError('MeetingStatusConflict', { status: 'expired' });
  }
}

/** The recipient accepts; the meeting now waits for the scheduler. Both sides must be under the cap. */
export async function acceptMeeting(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  meetingId: string,
  mustMeet: boolean,
): Promise<MeetingView> {
  const user = requireUser(actor);
  return ctx.db.transaction(async (tx) => {
    const { event, meeting, requester, recipient } = await loadMeetingContext(
      tx,
      actor,
      eventId,
      meetingId,
      true,
    );
    if (!mayAct(actor, 'answer_meeting', event, recipient)) refuse(actor);
    const now = ctx.clock.now();
    requirePending(meeting, now);
    requireEventStatus(event, 'published');
    if (requester.status !== 'approved' || recipient.status !== 'approved') {
      throw new CorridorError('RegistrationStatusConflict', {
        status: requester.status !== 'approved' ? requester.status : recipient.status,
      });
    }
    await lockRegistrations(tx, [requester.id, recipient.id]);
    const limit = event.maxMeetingsPerParticipant;
    if (
      (await meetingLoad(tx, requester.id)).accepted >= limit ||
      (await meetingLoad(tx, recipient.id)).accepted >= limit
    ) {
      throw new CorridorError('MeetingLimitReached', { limit });
    }
    await answerMeetingRequest(tx, meetingId, {
      status: 'accepted',
      reason: '',
      recipientMustMeet: mustMeet,
      by: user.userId,
      now,
    });
    await mailDelegation(
      tx,
      requester,
      'mail.meetingAccepted.subject',
      'mail.meetingAccepted.body',
      (language, name) => ({
        name,
        partner: pickText(recipient.organisationName, language),
        event: pickText(event.title, language),
        link: meetingLink(ctx, event),
      }),
    );
    return viewOf(tx, event, meetingId);
  });
}

/** The recipient declines with a reason, which the asking participant is told. */
export async function declineMeeting(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  meetingId: string,
  reason: string,
): Promise<MeetingView> {
  const user = requireUser(actor);
  return ctx.db.transaction(async (tx) => {
    const { event, meeting, requester, recipient } = await loadMeetingContext(
      tx,
      actor,
      eventId,
      meetingId,
      true,
    );
    if (!mayAct(actor, 'answer_meeting', event, recipient)) refuse(actor);
    const now = ctx.clock.now();
    requirePending(meeting, now);
    await answerMeetingRequest(tx, meetingId, { status: 'declined', reason, by: user.userId, now });
    await mailDelegation(
      tx,
      requester,
      'mail.meetingDeclined.subject',
      'mail.meetingDeclined.body',
      (language, name) => ({
        name,
        partner: pickText(recipient.organisationName, language),
        event: pickText(event.title, language),
        reason,
        link: meetingLink(ctx, event),
      }),
    );
    return viewOf(tx, event, meetingId);
  });
}

/**
 * Withdraws a meeting: the asking side withdraws a waiting request, either side calls off an
 * accepted meeting. A published meeting leaves the agendas at the next rescheduling.
 */
export async function cancelMeeting(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  meetingId: string,
  reason: string,
): Promise<MeetingView> {
  const user = requireUser(actor);
  return ctx.db.transaction(async (tx) => {
    const { event, meeting, requester, recipient } = await loadMeetingContext(
      tx,
      actor,
      eventId,
      meetingId,
      true,
    );
    const asRequester = mayAct(actor, 'answer_meeting', event, requester);
    const asRecipient = mayAct(actor, 'answer_meeting', event, recipient);
    if (!asRequester && !asRecipient) refuse(actor);
    if (meeting.status !== 'pending' && meeting.status !== 'accepted') {
      throw new CorridorError('MeetingStatusConflict', { status: meeting.status });
    }
    // A waiting request is withdrawn by its sender; the recipient declines it instead.
    if (meeting.status === 'pending' && !asRequester) refuse(actor);
    await answerMeetingRequest(tx, meetingId, {
      status: 'cancelled',
      reason,
      by: user.userId,
      now: ctx.clock.now(),
    });
    return viewOf(tx, event, meetingId);
  });
}

/** An organiser pins an accepted meeting to a slot and/or table; the scheduler keeps it there. */
export async function pinMeeting(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  meetingId: string,
  pins: { fixedSlot?: number | null | undefined; fixedTable?: number | null | undefined },
): Promise<MeetingView> {
  return ctx.db.transaction(async (tx) => {
    const event = await loadAuthorizedEvent(tx, actor, eventId, 'schedule', true);
    const meeting = await findMeeting(tx, eventId, meetingId, true);
    if (!meeting) throw new CorridorError('MeetingNotFound');
    if (meeting.status !== 'accepted')
      throw new CorridorError('MeetingStatusConflict', { status: meeting.status });
    const fixedSlot = pins.fixedSlot !== undefined ? pins.fixedSlot : meeting.fixedSlot;
    const fixedTable = pins.fixedTable !== undefined ? pins.fixedTable : meeting.fixedTable;
    const slotCount = (await listSlots(tx, eventId)).length;
    if (fixedSlot !== null && fixedSlot > slotCount) {
      throw validationFailed([{ field: 'fixedSlot', code: 'too_big', params: { maximum: slotCount } }]);
    }
    if (fixedTable !== null && fixedTable > event.tableCount) {
      throw validationFailed([
        { field: 'fixedTable', code: 'too_big', params: { maximum: event.tableCount } },
      ]);
    }
    await setMeetingPins(tx, meetingId, { fixedSlot, fixedTable }, ctx.clock.now());
    return viewOf(tx, event, meetingId);
  });
}

function requireScheduled(meeting: MeetingRecord): { slot: number } {
  if (meeting.status !== 'accepted' || meeting.slot === null) throw new CorridorError('MeetingNotScheduled');
  return { slot: meeting.slot };
}

/** An organiser records whether a scheduled meeting took place, or who did not come. */
export async function markAttendance(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  meetingId: string,
  attendance: MeetingAttendance,
): Promise<MeetingView> {
  const user = requireUser(actor);
  return ctx.db.transaction(async (tx) => {
    const event = await loadAuthorizedEvent(tx, actor, eventId, 'mark_attendance', true);
    const meeting = await findMeeting(tx, eventId, meetingId, true);
    if (!meeting) throw new CorridorError('MeetingNotFound');
    requireScheduled(meeting);
    await setAttendance(tx, meetingId, attendance, user.userId, ctx.clock.now());
    return viewOf(tx, event, meetingId);
  });
}

/**
 * One side's short form after the meeting: did it happen, do we want to follow up. When both sides
 * want to, a cooperation is opened in the cooperation pipeline (cooperation-hook.ts).
 */
export async function recordFollowUp(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  meetingId: string,
  input: FollowUpBody,
): Promise<MeetingView> {
  const user = requireUser(actor);
  return ctx.db.transaction(async (tx) => {
    const { event, meeting, requester, recipient } = await loadMeetingContext(
      tx,
      actor,
      eventId,
      meetingId,
      true,
    );
    const sides = [requester, recipient].filter((candidate) => mayAct(actor, 'follow_up', event, candidate));
    if (sides.length === 0) refuse(actor);
    const side = input.registrationId
      ? sides.find((candidate) => candidate.id === input.registrationId)
      : sides[0];
    if (!side) throw validationFailed([{ field: 'registrationId', code: 'not_allowed_value' }]);
    if (!input.registrationId && sides.length > 1) {
      throw validationFailed([{ field: 'registrationId', code: 'required' }]);
    }
    const { slot } = requireScheduled(meeting);
    const slotTimes = (await slotMap(tx, eventId)).get(slot);
    const now = ctx.clock.now();
    if (!slotTimes || slotTimes.startsAt.getTime() > now.getTime())
      throw new CorridorError('MeetingNotYetHeld');
    await upsertFollowUp(tx, {
      meetingId,
      registrationId: side.id,
      happened: input.happened,
      followUp: input.followUp,
      comment: input.comment,
      by: user.userId,
      now,
    });
    const other = side.id === requester.id ? recipient.id : requester.id;
    const otherWants = meeting.followUps.some((f) => f.registrationId === other && f.followUp);
    if (input.followUp && otherWants && meeting.cooperationId === null) {
      const cooperationId = await openCooperationForMeeting(
        ctx,
        tx,
        actor,
        event,
        meetingId,
        requester,
        recipient,
      );
      await markFollowUpAgreed(tx, meetingId, meeting.followUpAgreedAt ?? now, cooperationId);
    }
    return viewOf(tx, event, meetingId);
  });
}

function allText(text: Partial<Record<Language, string>>): string {
  return Object.values(text).join(' ').toLowerCase();
}

async function matchingFacts(db: Queryable, registration: RegistrationRecord): Promise<MatchingFacts> {
  const profiles = await linkedProfileFacets(db, registration.profileIds);
  return {
    registrationId: registration.id,
    sectors: [...new Set([...registration.sectors, ...profiles.flatMap((p) => p.sectors)])],
    keywords: [...new Set([...registration.keywords, ...profiles.flatMap((p) => p.keywords)])],
    profileKinds: [...new Set(profiles.map((p) => p.kind))],
    offerText: allText(registration.offer),
    seekText: allText(registration.seek),
  };
}

/**
 * The docking engine's evidence: for each of the participant's linked profiles, its matches among
 * the profiles the other participants linked, the best per participant, its strength relative to
 * the best match overall. Docking is an aid here: if its index cannot answer, the suggestions fall
 * back to sector and keyword overlap alone.
 */
async function dockingEvidence(
  ctx: AppContext,
  registration: RegistrationRecord,
  others: readonly RegistrationRecord[],
): Promise<Map<string, DockingEvidence>> {
  const owners = new Map<string, string>();
  for (const other of others) for (const profileId of other.profileIds) owners.set(profileId, other.id);
  const evidence = new Map<string, DockingEvidence & { score: number }>();
  if (registration.profileIds.length === 0 || owners.size === 0) return new Map();
  try {
    const holder = dockingIndexOf(ctx);
    const index = await holder.get();
    for (const profileId of registration.profileIds) {
      if (!index.has(profileId)) await holder.refresh(profileId);
      if (!index.has(profileId)) continue;
      for (const hit of index.matchesFor(profileId, { limit: 200 })) {
        const owner = owners.get(hit.id);
        if (!owner || hit.score <= 0) continue;
        const best = evidence.get(owner);
        if (!best || hit.score > best.score) {
          evidence.set(owner, { profileId, matchedProfileId: hit.id, strength: 0, score: hit.score });
        }
      }
    }
  } catch (error) {
    ctx.log.warn(
      { err: error, registrationId: registration.id },
      'docking unavailable for partner suggestions',
    );
    return new Map();
  }
  const top = Math.max(0, ...[...evidence.values()].map((e) => e.score));
  return new Map(
    [...evidence].map(([owner, { score, ...rest }]) => [
      owner,
      { ...rest, strength: top > 0 ? score / top : 0 },
    ]),
  );
}

/** Most concepts named in one text match's reason. */
const TEXT_MATCH_TERMS = 5;

/**
 * A participant's "what I offer" and "what I seek" as documents of a scratch docking index: an offer
 * and a request (so each is matched with the other kind), text only (sectors and keywords are
 * scored apart), published so the engine proposes them.
 */
function textDocuments(registration: RegistrationRecord): DockingDocument[] {
  const documents: DockingDocument[] = [];
  for (const [side, kind, text] of [
    ['offer', 'business_offer', registration.offer],
    ['seek', 'business_request', registration.seek],
  ] as const) {
    if (!Object.values(text).some((value) => (value ?? '').trim().length > 0)) continue;
    documents.push({
      id: `${registration.id}:${side}`,
      kind,
      status: 'published',
      originalLanguage: registration.language,
      country: registration.organisationCountry,
      organisationKind: registration.organisationKind,
      title: {},
      summary: text,
      body: {},
      trl: null,
      cooperationTypes: [],
      sectors: [],
      keywords: [],
      isic: [],
      targetCountries: [],
    });
  }
  return documents;
}

/**
 * The docking engine's evidence from free text: every approved participant's "what I offer" and
 * "what I seek" go into a scratch index with the platform's bridges (terminology concepts and the
 * bilingual lexicon), so a need written in Lao finds an offer written in Chinese. My need is
 * matched with their offers and my offer with their needs; per participant and direction, the
 * match's strength relative to my best text match and the concepts both texts name, in the
 * reader's language. An aid like `dockingEvidence`: if docking cannot answer, there is none.
 */
async function textEvidence(
  ctx: AppContext,
  language: Language,
  registration: RegistrationRecord,
  others: readonly RegistrationRecord[],
): Promise<Map<string, TextEvidence[]>> {
  const mine = textDocuments(registration);
  if (mine.length === 0 || others.length === 0) return new Map();
  const found: { owner: string; direction: TextDirection; score: number; terms: string[] }[] = [];
  try {
    const holder = dockingIndexOf(ctx);
    const documents = [...mine, ...others.flatMap(textDocuments)];
    await holder.withScratchIndex(documents, (index) => {
      for (const document of mine) {
        const direction: TextDirection =
          document.kind === 'business_request' ? 'offers_what_you_seek' : 'seeks_what_you_offer';
        for (const hit of index.matchesFor(document.id, { limit: others.length * 2 })) {
          const owner = hit.id.slice(0, hit.id.lastIndexOf(':'));
          if (hit.score <= 0 || owner === registration.id) continue;
          const terms = hit.explanation.sharedConcepts
            .slice(0, TEXT_MATCH_TERMS)
            .map((shared) => holder.preferredTerm(shared.conceptId, language) ?? shared.targetTerm);
          found.push({ owner, direction, score: hit.score, terms: [...new Set(terms)] });
        }
      }
    });
  } catch (error) {
    ctx.log.warn(
      { err: error, registrationId: registration.id },
      'docking unavailable for partner suggestions',
    );
    return new Map();
  }
  const top = Math.max(0, ...found.map((match) => match.score));
  const evidence = new Map<string, TextEvidence[]>();
  for (const { owner, direction, score, terms } of found) {
    const list = evidence.get(owner) ?? [];
    list.push({ direction, strength: top > 0 ? score / top : 0, terms });
    evidence.set(owner, list);
  }
  return evidence;
}

/**
 * Suggested partners for a participant: approved participants it has no waiting or accepted
 * request with, ranked by shared sectors and keywords, offer/seek complementarity and the docking
 * engine's matches between linked profiles (partner-suggestions.ts).
 */
export async function suggestedPartners(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  registrationId: string,
  limit: number,
) {
  const { registration } = await loadAuthorizedRegistration(ctx.db, actor, eventId, registrationId, 'read');
  if (registration.status !== 'approved') {
    throw new CorridorError('RegistrationStatusConflict', { status: registration.status });
  }
  const others = (await allRegistrations(ctx.db, eventId, ['approved'])).filter(
    (r) => r.id !== registration.id,
  );
  const open = await allMeetings(ctx.db, eventId, ['pending', 'accepted']);
  const exclude = new Set(
    open
      .filter(
        (m) =>
          m.requester.registrationId === registration.id || m.recipient.registrationId === registration.id,
      )
      .flatMap((m) => [m.requester.registrationId, m.recipient.registrationId]),
  );
  const me = await matchingFacts(ctx.db, registration);
  const candidates = await Promise.all(others.map((other) => matchingFacts(ctx.db, other)));
  const byId = new Map(others.map((other) => [other.id, other]));
  const docking = await dockingEvidence(ctx, registration, others);
  const text = await textEvidence(ctx, actor.language, registration, others);
  const usedDocking = docking.size > 0 || text.size > 0;
  return {
    method: usedDocking ? ('docking_and_overlap' as const) : ('sector_keyword_overlap' as const),
    items: suggestPartners(me, candidates, exclude, limit, docking, text).flatMap((suggestion) => {
      const participant = byId.get(suggestion.registrationId);
      return participant
        ? [
            {
              participant: participantView(participant),
              score: suggestion.score,
              reasons: suggestion.reasons,
            },
          ]
        : [];
    }),
  };
}

/** Job: waiting requests past their answer time expire; the asking side is told. */
export async function expireMeetingRequests(ctx: AppContext): Promise<number> {
  let expired = 0;
  for (;;) {
    const batch = await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const due = await lockExpiredRequests(tx, now, 100);
      for (const meeting of due) {
        await markExpired(tx, meeting.id, now);
        const [event, requester] = await Promise.all([
          loadEvent(tx, meeting.eventId),
          findRegistration(tx, meeting.eventId, meeting.requester.registrationId),
        ]);
        if (!requester) continue;
        await mailDelegation(
          tx,
          requester,
          'mail.meetingExpired.subject',
          'mail.meetingExpired.body',
          (language, name) => ({
            name,
            partner: pickText(meeting.recipient.organisationName, language),
            event: pickText(event.title, language),
            link: meetingLink(ctx, event),
          }),
        );
      }
      return due.length;
    });
    expired += batch;
    if (batch < 100) return expired;
  }
}

/** Job: once per request, halfway to its expiry, the recipient is reminded to answer. */
export async function remindMeetingRequests(ctx: AppContext): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const due = await lockRequestsToRemind(tx, now, 500);
    for (const meeting of due) {
      const [event, recipient] = await Promise.all([
        loadEvent(tx, meeting.eventId),
        findRegistration(tx, meeting.eventId, meeting.recipient.registrationId),
      ]);
      await markReminded(tx, meeting.id, now);
      if (!recipient) continue;
      await mailDelegation(
        tx,
        recipient,
        'mail.meetingReminder.subject',
        'mail.meetingReminder.body',
        (language, name) => ({
          name,
          partner: pickText(meeting.requester.organisationName, language),
          event: pickText(event.title, language),
          expires: eventTime(meeting.expiresAt, event.timeZone).local,
          link: meetingLink(ctx, event),
        }),
      );
    }
    return due.length;
  });
}
