import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import type { Language } from '../../domain/vocabulary.js';
import {
  type BrokerageEvent,
  type MeetingSchedule,
  type ParticipantScheduleChange,
  validateSchedule,
} from '../../engines/scheduler/index.js';
import { translate } from '../../i18n/server/index.js';
import { CorridorError, isErrorCode } from '../../platform/errors.js';
import { type Actor, requireUser } from '../auth/actor.js';
import { actorForUser } from '../auth/auth.service.js';
import { mailDelegation, pickText } from '../events/event-mail.js';
import {
  type EventTime,
  eventTime,
  formatOffset,
  localDate,
  localTime,
  offsetMinutes,
} from '../events/event-time.js';
import { type EventRecord, listSlots, type SlotRecord } from '../events/events.repository.js';
import { loadAuthorizedEvent, loadEvent, requireEventStatus } from '../events/events.service.js';
import {
  allRegistrations,
  findRegistration,
  type RegistrationRecord,
} from '../events/registrations.repository.js';
import { enqueueJob } from '../jobs/jobs.service.js';
import { findUserById } from '../users/users.repository.js';
import { tableLabel } from './meeting-rooms.js';
import { allMeetings, type MeetingRecord } from './meetings.repository.js';
import { MEETING_STATUSES } from './meetings.schema.js';
import { meetingPriority, placementView } from './meetings.view.js';
import {
  claimScheduleRun,
  findScheduleRun,
  finishScheduleRun,
  insertScheduleRun,
  recentScheduleRuns,
  type ScheduleRunRecord,
  type ScheduleRunStatus,
} from './schedule-runs.repository.js';
import { brokerageEventFrom } from './scheduler-input.js';
import { scheduleInWorker } from './scheduler-thread.js';
import {
  attendedSessions,
  changesOf,
  claimAgendaReminders,
  findPublishedSchedule,
  findSchedule,
  insertChanges,
  insertPlacements,
  insertSchedule,
  insertUnplaced,
  listSchedules,
  markPublished,
  placementsOf,
  type ScheduleRecord,
  supersedePublished,
  unplacedOf,
} from './schedules.repository.js';

/** A run stops after this long even if its step budget is not used up, so a request never hangs. */
const SCHEDULER_TIME_LIMIT_MS = 20_000;
/** A background run may search this long: the 2,000-participant benchmark event needs about a minute. */
const BACKGROUND_TIME_LIMIT_MS = 60_000;
/** Background runs listed for an event. */
const RECENT_RUNS = 10;
/** The job kind of background runs (registered in meetings.jobs.ts). */
export const SCHEDULE_RUN_JOB = 'meetings.run-schedule';

export interface SchedulerRunOptions {
  seed: number;
  maxIterations: number;
}

/** Everything scheduling reads about an event, loaded in one place. */
interface EventSchedulingData {
  slots: SlotRecord[];
  participants: RegistrationRecord[];
  meetings: MeetingRecord[];
  brokerage: BrokerageEvent;
}

async function schedulingData(db: Queryable, event: EventRecord): Promise<EventSchedulingData> {
  const [slots, participants, meetings, sessions] = await Promise.all([
    listSlots(db, event.id),
    allRegistrations(db, event.id, ['approved']),
    allMeetings(db, event.id, ['accepted']),
    attendedSessions(db, event.id),
  ]);
  const brokerage = brokerageEventFrom({
    slots,
    tableCount: event.tableCount,
    participants: participants.map((p) => ({
      id: p.id,
      unavailableSlots: p.unavailableSlots,
      sessions: sessions.filter((s) => s.registrationId === p.id),
    })),
    meetings: meetings.map((m) => ({
      id: m.id,
      sides: [m.requester.registrationId, m.recipient.registrationId] as const,
      priority: meetingPriority(m),
      fixedSlot: m.fixedSlot,
      fixedTable: m.fixedTable,
    })),
  });
  return { slots, participants, meetings, brokerage };
}

/** The published schedule in the engine's terms: its placements and the meetings they were made for. */
async function publishedForEngine(
  db: Queryable,
  event: EventRecord,
  published: ScheduleRecord,
): Promise<{ event: BrokerageEvent; schedule: MeetingSchedule }> {
  const placements = await placementsOf(db, published.id);
  const placedIds = new Set(placements.map((p) => p.meetingId));
  const meetings = (await allMeetings(db, event.id, MEETING_STATUSES)).filter((m) => placedIds.has(m.id));
  const participantIds = new Set(
    meetings.flatMap((m) => [m.requester.registrationId, m.recipient.registrationId]),
  );
  return {
    event: {
      slotCount: published.slotCount,
      tablesPerSlot: published.tableCount,
      participants: [...participantIds].map((id) => ({ id })),
      meetings: meetings.map((m) => ({
        id: m.id,
        participants: [m.requester.registrationId, m.recipient.registrationId] as const,
      })),
    },
    // The engine keeps these placements where it can and reports changes against them.
    schedule: { placements, unplaced: [], breaks: [] },
  };
}

/** A stored schedule with its placements, reasons for unplaced meetings and per-participant changes. */
async function scheduleView(db: Queryable, event: EventRecord, schedule: ScheduleRecord) {
  const [placements, unplaced, changes, slots, meetings] = await Promise.all([
    placementsOf(db, schedule.id),
    unplacedOf(db, schedule.id),
    changesOf(db, schedule.id),
    listSlots(db, event.id),
    allMeetings(db, event.id, MEETING_STATUSES),
  ]);
  const slotMap = new Map(slots.map((s) => [s.slotNumber, s]));
  const meetingMap = new Map(meetings.map((m) => [m.id, m]));
  const sidesOf = (meetingId: string) => {
    const meeting = meetingMap.get(meetingId);
    return meeting ? [meeting.requester, meeting.recipient] : [];
  };
  const participantName = new Map(
    meetings.flatMap((m) => [
      [m.requester.registrationId, m.requester.organisationName] as const,
      [m.recipient.registrationId, m.recipient.organisationName] as const,
    ]),
  );
  return {
    id: schedule.id,
    eventId: schedule.eventId,
    version: schedule.version,
    status: schedule.status,
    basedOnId: schedule.basedOnId,
    slotCount: schedule.slotCount,
    tableCount: schedule.tableCount,
    seed: schedule.seed,
    stats: schedule.stats,
    score: schedule.score,
    createdAt: eventTime(schedule.createdAt, event.timeZone),
    publishedAt: schedule.publishedAt ? eventTime(schedule.publishedAt, event.timeZone) : null,
    placements: placements.map((p) => {
      const meeting = meetingMap.get(p.meetingId);
      return {
        meetingId: p.meetingId,
        meetingStatus: meeting?.status ?? null,
        participants: sidesOf(p.meetingId),
        ...(meeting
          ? placementView(event, slotMap, meeting, p.slot, p.table)
          : { slot: p.slot, table: p.table, tableLabel: tableLabel(event.tableLabels, p.table) }),
      };
    }),
    unplaced: unplaced.map((u) => ({
      meetingId: u.meetingId,
      reason: u.reason,
      participants: sidesOf(u.meetingId),
    })),
    changes: changes.map((c) => ({
      registrationId: c.participantId,
      organisationName: participantName.get(c.participantId) ?? {},
      moved: c.moved,
      added: c.added,
      dropped: c.dropped,
    })),
  };
}
export type ScheduleView = Awaited<ReturnType<typeof scheduleView>>;

/**
 * Runs the meeting scheduler on the event's approved participants and accepted meetings now, and
 * stores the result as a draft; the request waits (at most SCHEDULER_TIME_LIMIT_MS). When a schedule
 * is published, the engine reschedules around it: published meetings stay where they are unless
 * moving one is the only way to place more, and the changes per participant are kept for publication.
 */
export function runScheduler(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  options: SchedulerRunOptions,
): Promise<ScheduleView> {
  return computeSchedule(ctx, actor, eventId, options, SCHEDULER_TIME_LIMIT_MS);
}

/**
 * Reads what to schedule, searches in a worker thread (the server keeps answering meanwhile), then
 * stores the result in one transaction, provided nothing it was computed from changed; `onStored`
 * runs in that transaction.
 */
async function computeSchedule(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  options: SchedulerRunOptions,
  timeLimitMs: number,
  onStored: (tx: Queryable, schedule: ScheduleRecord) => Promise<void> = async () => undefined,
): Promise<ScheduleView> {
  const user = requireUser(actor);
  const input = await schedulingInput(ctx.db, actor, eventId);
  const result = await scheduleInWorker({
    brokerage: input.data.brokerage,
    published: input.previous,
    seed: options.seed,
    maxIterations: options.maxIterations,
    timeLimitMs,
  });
  const validation = validateSchedule(input.data.brokerage, result.schedule);
  if (!validation.valid) {
    // The engine promised a valid schedule; storing a broken one would mislead every participant.
    ctx.log.error(
      { eventId, violations: validation.violations.slice(0, 10) },
      'scheduler produced an invalid schedule',
    );
    throw new CorridorError('InternalError');
  }
  return ctx.db.transaction(async (tx) => {
    const now = await schedulingInput(tx, actor, eventId, true);
    if (JSON.stringify(now) !== JSON.stringify(input)) throw new CorridorError('ScheduleInputChanged');
    const schedule = await insertSchedule(tx, {
      eventId,
      basedOnId: now.publishedId,
      slotCount: input.data.brokerage.slotCount,
      tableCount: input.data.brokerage.tablesPerSlot,
      seed: options.seed,
      stats: result.stats,
      score: validation.score,
      createdBy: user.userId,
      now: ctx.clock.now(),
    });
    await insertPlacements(tx, schedule.id, result.schedule.placements);
    await insertUnplaced(tx, schedule.id, result.schedule.unplaced);
    await insertChanges(tx, schedule.id, result.changes);
    await onStored(tx, schedule);
    return scheduleView(tx, now.event, schedule);
  });
}

/** A background run as the organisers' page follows it. */
export interface ScheduleRunView {
  id: string;
  status: ScheduleRunStatus;
  seed: number;
  /** The draft it stored, once done. */
  scheduleId: string | null;
  /** Why it failed, in the reader's language. */
  error: { code: string; message: string } | null;
  requestedAt: EventTime;
  startedAt: EventTime | null;
  finishedAt: EventTime | null;
}

function scheduleRunView(run: ScheduleRunRecord, event: EventRecord, language: Language): ScheduleRunView {
  const code = run.errorCode !== null && isErrorCode(run.errorCode) ? run.errorCode : null;
  return {
    id: run.id,
    status: run.status,
    seed: run.seed,
    scheduleId: run.scheduleId,
    error:
      code === null ? null : { code, message: translate(language, `error.${code}`, run.errorParams ?? {}) },
    requestedAt: eventTime(run.requestedAt, event.timeZone),
    startedAt: run.startedAt ? eventTime(run.startedAt, event.timeZone) : null,
    finishedAt: run.finishedAt ? eventTime(run.finishedAt, event.timeZone) : null,
  };
}

/**
 * Queues a run of the scheduler as a background job, which may search for up to
 * BACKGROUND_TIME_LIMIT_MS (a large event needs that long); the organisers' page follows it with
 * `getScheduleRun`. What would make the run fail at once (rights, the event's status, no meeting
 * slots) is checked here; one run at a time per event.
 */
export async function requestScheduleRun(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  options: SchedulerRunOptions,
): Promise<ScheduleRunView> {
  const user = requireUser(actor);
  const view = await ctx.db.transaction(async (tx) => {
    const event = await loadAuthorizedEvent(tx, actor, eventId, 'schedule');
    requireEventStatus(event, 'published');
    if ((await listSlots(tx, event.id)).length === 0) throw new CorridorError('NoMeetingSlots');
    const run = await insertScheduleRun(tx, {
      eventId,
      seed: options.seed,
      maxIterations: options.maxIterations,
      requestedBy: user.userId,
      now: ctx.clock.now(),
    });
    if (!run) throw new CorridorError('ScheduleRunActive');
    await enqueueJob(tx, SCHEDULE_RUN_JOB, { runId: run.id });
    return scheduleRunView(run, event, actor.language);
  });
  ctx.jobs.nudge();
  return view;
}

export async function getScheduleRun(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  runId: string,
): Promise<ScheduleRunView> {
  const event = await loadAuthorizedEvent(ctx.db, actor, eventId, 'schedule');
  const run = await findScheduleRun(ctx.db, eventId, runId);
  if (!run) throw new CorridorError('ScheduleRunNotFound');
  return scheduleRunView(run, event, actor.language);
}

/** The event's latest background runs (at most ten), newest first: the page resumes following one. */
export async function browseScheduleRuns(ctx: AppContext, actor: Actor, eventId: string) {
  const event = await loadAuthorizedEvent(ctx.db, actor, eventId, 'schedule');
  const runs = await recentScheduleRuns(ctx.db, eventId, RECENT_RUNS);
  return { items: runs.map((run) => scheduleRunView(run, event, actor.language)) };
}

/**
 * The job of a queued run: computes as the organiser who asked (their rights are checked again) and
 * records the draft, or the reason it failed, with the run. A run cut off by a restart is taken up
 * again by the job's retry.
 */
export async function carryOutScheduleRun(ctx: AppContext, runId: string): Promise<void> {
  const run = await claimScheduleRun(ctx.db, runId, ctx.clock.now());
  if (!run) return;
  try {
    const user = run.requestedBy === null ? null : await findUserById(ctx.db, run.requestedBy);
    if (user === null) throw new CorridorError('Forbidden');
    const actor = await actorForUser(ctx.db, user, 'session', []);
    const options = { seed: run.seed, maxIterations: run.maxIterations };
    await computeSchedule(ctx, actor, run.eventId, options, BACKGROUND_TIME_LIMIT_MS, (tx, schedule) =>
      finishScheduleRun(tx, run.id, { scheduleId: schedule.id }, ctx.clock.now()),
    );
  } catch (error) {
    if (!(error instanceof CorridorError)) ctx.log.error({ err: error, runId }, 'scheduler run failed');
    const failure =
      error instanceof CorridorError
        ? { errorCode: error.code, errorParams: error.params }
        : { errorCode: 'InternalError', errorParams: {} };
    await finishScheduleRun(ctx.db, run.id, failure, ctx.clock.now());
  }
}

/** What one scheduling run reads: the event, its participants and meetings, and the published schedule. */
async function schedulingInput(db: Queryable, actor: Actor, eventId: string, forUpdate = false) {
  const event = await loadAuthorizedEvent(db, actor, eventId, 'schedule', forUpdate);
  requireEventStatus(event, 'published');
  const data = await schedulingData(db, event);
  if (data.slots.length === 0) throw new CorridorError('NoMeetingSlots');
  const published = await findPublishedSchedule(db, eventId);
  const previous = published ? await publishedForEngine(db, event, published) : null;
  return { event, data, publishedId: published?.id ?? null, previous };
}

export async function getSchedule(ctx: AppContext, actor: Actor, eventId: string, scheduleId: string) {
  const event = await loadAuthorizedEvent(ctx.db, actor, eventId, 'schedule');
  const schedule = await findSchedule(ctx.db, eventId, scheduleId);
  if (!schedule) throw new CorridorError('ScheduleNotFound');
  return scheduleView(ctx.db, event, schedule);
}

/** Every run of the scheduler for the event, newest first, without their placements. */
export async function browseSchedules(ctx: AppContext, actor: Actor, eventId: string) {
  const event = await loadAuthorizedEvent(ctx.db, actor, eventId, 'schedule');
  return (await listSchedules(ctx.db, eventId)).map((s) => ({
    id: s.id,
    version: s.version,
    status: s.status,
    basedOnId: s.basedOnId,
    score: s.score,
    createdAt: eventTime(s.createdAt, event.timeZone),
    publishedAt: s.publishedAt ? eventTime(s.publishedAt, event.timeZone) : null,
  }));
}

/** '2026-12-03 09:20 (UTC+07:00)': a slot's start as the event's local time. */
function slotTime(event: EventRecord, slots: ReadonlyMap<number, SlotRecord>, slot: number): string {
  const time = slots.get(slot);
  if (!time) return `#${slot}`;
  const offset = formatOffset(offsetMinutes(time.startsAt, event.timeZone));
  return `${localDate(time.startsAt, event.timeZone)} ${localTime(time.startsAt, event.timeZone)} (UTC${offset})`;
}

/**
 * One participant's changes in a schedule, one sentence each in `language` ("Meeting with X moved
 * from ... to ..."): for the mail and the participant's agenda.
 */
export function scheduleChangeTexts(
  language: Language,
  change: ParticipantScheduleChange,
  event: EventRecord,
  slots: ReadonlyMap<number, SlotRecord>,
  meetings: ReadonlyMap<string, MeetingRecord>,
): string[] {
  const partner = (meetingId: string) => {
    const meeting = meetings.get(meetingId);
    if (!meeting) return '?';
    const other =
      meeting.requester.registrationId === change.participantId ? meeting.recipient : meeting.requester;
    return pickText(other.organisationName, language);
  };
  const table = (n: number) => tableLabel(event.tableLabels, n);
  const lines = [
    ...change.moved.map((m) =>
      translate(language, 'schedule.change.moved', {
        partner: partner(m.meetingId),
        from: slotTime(event, slots, m.from.slot),
        fromTable: table(m.from.table),
        to: slotTime(event, slots, m.to.slot),
        toTable: table(m.to.table),
      }),
    ),
    ...change.added.map((p) =>
      translate(language, 'schedule.change.added', {
        partner: partner(p.meetingId),
        time: slotTime(event, slots, p.slot),
        table: table(p.table),
      }),
    ),
    ...change.dropped.map((p) =>
      translate(language, 'schedule.change.dropped', {
        partner: partner(p.meetingId),
        time: slotTime(event, slots, p.slot),
      }),
    ),
  ];
  return lines;
}

/** One participant's changes as a list in their language, for the mail. */
function changeLines(
  language: Language,
  change: ParticipantScheduleChange,
  event: EventRecord,
  slots: ReadonlyMap<number, SlotRecord>,
  meetings: ReadonlyMap<string, MeetingRecord>,
): string {
  return scheduleChangeTexts(language, change, event, slots, meetings)
    .map((line) => `- ${line}`)
    .join('\n');
}

/**
 * Publishes a draft schedule: agendas show it from now on. The first publication tells every
 * participant with meetings; a later one tells each participant whose agenda changed, and how.
 */
export async function publishSchedule(
  ctx: AppContext,
  actor: Actor,
  eventId: string,
  scheduleId: string,
): Promise<ScheduleView> {
  const user = requireUser(actor);
  return ctx.db.transaction(async (tx) => {
    const event = await loadAuthorizedEvent(tx, actor, eventId, 'schedule', true);
    requireEventStatus(event, 'published');
    const schedule = await findSchedule(tx, eventId, scheduleId, true);
    if (!schedule) throw new CorridorError('ScheduleNotFound');
    if (schedule.status !== 'draft')
      throw new CorridorError('ScheduleStatusConflict', { status: schedule.status });
    const published = await findPublishedSchedule(tx, eventId);
    // A draft computed around another published schedule would report the wrong changes.
    if ((published?.id ?? null) !== schedule.basedOnId) {
      throw new CorridorError('ScheduleStatusConflict', { status: 'outdated' });
    }
    const now = ctx.clock.now();
    await supersedePublished(tx, eventId);
    await markPublished(tx, scheduleId, user.userId, now);

    const [participants, meetings, slots, placements] = await Promise.all([
      allRegistrations(tx, eventId, ['approved']),
      allMeetings(tx, eventId, MEETING_STATUSES),
      listSlots(tx, eventId),
      placementsOf(tx, scheduleId),
    ]);
    const meetingMap = new Map(meetings.map((m) => [m.id, m]));
    const slotMap = new Map(slots.map((s) => [s.slotNumber, s]));
    const link = `${ctx.config.publicUrl}/events/${eventId}/agenda`;
    if (!published) {
      for (const participant of participants) {
        const count = placements.filter((p) => {
          const meeting = meetingMap.get(p.meetingId);
          return (
            meeting?.requester.registrationId === participant.id ||
            meeting?.recipient.registrationId === participant.id
          );
        }).length;
        if (count === 0) continue;
        await mailDelegation(
          tx,
          participant,
          'mail.schedulePublished.subject',
          'mail.schedulePublished.body',
          (language, name) => ({
            name,
            event: pickText(event.title, language),
            count,
            link,
          }),
        );
      }
    } else {
      const byId = new Map(participants.map((p) => [p.id, p]));
      for (const change of await changesOf(tx, scheduleId)) {
        const participant = byId.get(change.participantId);
        if (!participant) continue;
        await mailDelegation(
          tx,
          participant,
          'mail.scheduleChanged.subject',
          'mail.scheduleChanged.body',
          (language, name) => ({
            name,
            event: pickText(event.title, language),
            changes: changeLines(language, change, event, slotMap, meetingMap),
            link,
          }),
        );
      }
    }
    const updated = await findSchedule(tx, eventId, scheduleId);
    if (!updated) throw new CorridorError('ScheduleNotFound');
    return scheduleView(tx, event, updated);
  });
}

/** How long before a participant's first meeting the agenda reminder goes out. */
export const AGENDA_REMINDER_HOURS = 24;

/**
 * Job: about a day before a participant's first meeting in the published schedule, every member of
 * the delegation gets a reminder in their own language with how many meetings there are, when the
 * first starts (in the event's time zone) and the agenda's link. Once per participant.
 */
export async function remindAgendas(ctx: AppContext): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const due = await claimAgendaReminders(tx, ctx.clock.now(), AGENDA_REMINDER_HOURS, 500);
    for (const reminder of due) {
      const [event, registration] = await Promise.all([
        loadEvent(tx, reminder.eventId),
        findRegistration(tx, reminder.eventId, reminder.registrationId),
      ]);
      if (!registration) continue;
      const at = reminder.firstStartsAt;
      const first = `${localDate(at, event.timeZone)} ${localTime(at, event.timeZone)} (${event.timeZone}, UTC${formatOffset(offsetMinutes(at, event.timeZone))})`;
      await mailDelegation(
        tx,
        registration,
        'mail.agendaReminder.subject',
        'mail.agendaReminder.body',
        (language, name) => ({
          name,
          event: pickText(event.title, language),
          count: reminder.meetings,
          first,
          link: `${ctx.config.publicUrl}/events/${event.id}/agenda`,
        }),
      );
    }
    return due.length;
  });
}
