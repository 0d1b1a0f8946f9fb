/**
 * Plays the demo corridor's scripted activity (src/demo/activity-data.ts) through the real services:
 * exchange rates, expressions of interest and their conversations, the cooperations they open and
 * how those moved along the pipeline, a past docking fair in Kunming (registrations, meeting requests,
 * a schedule from the real scheduler, check-in, attendance, follow-ups) and an upcoming roadshow in
 * Vientiane. Each action runs with a copy of the context whose clock is set to the day it happened,
 * so stage history, indicator rollups and views carry that history. Ids come from the services;
 * texts, dates and choices are fixed, so a seed on a given day always tells the same story.
 *
 * Mail the services cause stays in the outbox (dev mode) and goes only to `.example` addresses.
 */
import type { AppContext } from '../app-context.js';
import { RATED_CURRENCIES } from '../domain/pipeline.js';
import type { Actor } from '../modules/auth/actor.js';
import { actorForUser } from '../modules/auth/auth.service.js';
import {
  listCooperationsQuery,
  moveStageBody,
  nextStepBody,
  outcomeBody,
} from '../modules/cooperations/cooperations.schema.js';
import {
  addNextStep,
  listCooperations,
  moveStage,
  recordOutcome,
  updateNextStep,
} from '../modules/cooperations/cooperations.service.js';
import { parseEventTime } from '../modules/events/event-time.js';
import { createEventBody, createSessionBody, meetingSlotsBody } from '../modules/events/events.schema.js';
import {
  addEventOrganiser,
  addSession,
  createEvent,
  publishEvent,
  setMeetingSlots,
} from '../modules/events/events.service.js';
import { registerBody } from '../modules/events/registrations.schema.js';
import { checkIn, decideRegistration, register } from '../modules/events/registrations.service.js';
import { refreshActivityIndicators } from '../modules/indicators/indicators.service.js';
import { answerInterestBody, sendInterestBody } from '../modules/interests/interests.schema.js';
import { answerInterest, postMessage, sendInterest } from '../modules/interests/interests.service.js';
import { followUpBody, requestMeetingBody, runScheduleBody } from '../modules/meetings/meetings.schema.js';
import {
  acceptMeeting,
  declineMeeting,
  markAttendance,
  recordFollowUp,
  requestMeeting,
} from '../modules/meetings/meetings.service.js';
import { publishSchedule, runScheduler } from '../modules/meetings/schedules.service.js';
import { rateBody } from '../modules/rates/rates.schema.js';
import { putExchangeRate } from '../modules/rates/rates.service.js';
import { findUserById } from '../modules/users/users.repository.js';
import { addDays, isoDate, ManualClock } from '../platform/clock.js';
import { CorridorError } from '../platform/errors.js';
import { uuidFromName } from '../platform/secrets.js';
import { parseOrThrow } from '../platform/validation.js';
import {
  DEMO_RATE_BASES,
  DEMO_RATE_SOURCE,
  FAIR,
  FAIR_DAYS_AGO,
  FAIR_MEETINGS,
  FAIR_PARTICIPANTS,
  FAIR_SESSIONS,
  FAIR_SLOT_BLOCKS,
  ROADSHOW,
  ROADSHOW_DAYS_AHEAD,
  ROADSHOW_REGISTRATIONS,
  ROADSHOW_SESSIONS,
  ROADSHOW_SLOT_BLOCKS,
  SCRIPTED_INTERESTS,
  type ScriptedPipeline,
} from './activity-data.js';
import { DEMO_PROFILES } from './profiles.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** What the activity seeding did, for the start-up log and the tests. */
export interface ActivityResult {
  exchangeRates: number;
  interests: number;
  messages: number;
  cooperations: number;
  events: number;
  registrations: number;
  meetingRequests: number;
}

const profilesByKey = new Map(DEMO_PROFILES.map((profile) => [profile.key, profile]));

function demoProfile(key: string) {
  const profile = profilesByKey.get(key);
  if (!profile) throw new Error(`demo activity: unknown profile ${key}`);
  return profile;
}

const orgId = (key: string) => uuidFromName(`org:${key}`);
const personId = (key: string) => uuidFromName(`person:${key}`);
const profileId = (key: string) => uuidFromName(`profile:${key}`);

/**
 * The stage the script plays on: the real context, a copy of it whose clock is moved to the time of
 * each action, and the demo people as actors.
 */
class DemoStage {
  private readonly clock: ManualClock;
  private readonly past: AppContext;
  private readonly actors = new Map<string, Actor>();
  /** Midnight (UTC) of the seeding day: script times count back from it. */
  readonly today: number;
  /** What the script is playing, named in errors. */
  scene = '';
  readonly result: ActivityResult = {
    exchangeRates: 0,
    interests: 0,
    messages: 0,
    cooperations: 0,
    events: 0,
    registrations: 0,
    meetingRequests: 0,
  };

  constructor(
    readonly ctx: AppContext,
    readonly now: Date,
  ) {
    this.clock = new ManualClock(now);
    this.past = { ...ctx, clock: this.clock };
    this.today = Date.parse(`${isoDate(now)}T00:00:00Z`);
  }

  /** `daysAgo` days before the seeding day at `hour` UTC (office hours in the corridor); never after now. */
  at(daysAgo: number, hour = 3): Date {
    return this.notAfterNow(new Date(this.today - daysAgo * DAY_MS + hour * HOUR_MS));
  }

  notAfterNow(when: Date): Date {
    return when.getTime() > this.now.getTime() ? this.now : when;
  }

  /** The calendar day `daysAgo` days before the seeding day (negative: after it). */
  day(daysAgo: number): string {
    return addDays(isoDate(new Date(this.today)), -daysAgo);
  }

  async actor(personKey: string): Promise<Actor> {
    const known = this.actors.get(personKey);
    if (known) return known;
    const user = await findUserById(this.ctx.db, personId(personKey));
    if (!user) throw new Error(`demo activity: unknown person ${personKey}`);
    const actor = await actorForUser(this.ctx.db, user, 'session', ['read', 'write']);
    this.actors.set(personKey, actor);
    return actor;
  }

  /** Names what the script plays next (for errors); returns the stage for chaining. */
  playing(scene: string): this {
    this.scene = scene;
    return this;
  }

  /** Runs a service call as `personKey` with the clock at `when`. */
  async act<T>(
    when: Date,
    personKey: string,
    work: (ctx: AppContext, actor: Actor) => Promise<T>,
  ): Promise<T> {
    this.clock.set(this.notAfterNow(when));
    try {
      return await work(this.past, await this.actor(personKey));
    } catch (error) {
      // Name the scripted step, so a service that changed its rules points at the line of the script.
      const details =
        error instanceof CorridorError
          ? ` ${error.code} ${JSON.stringify({ ...error.params, issues: error.issues })}`
          : '';
      throw new Error(`demo activity: ${this.scene} (${personKey}) failed${details}`, { cause: error });
    }
  }
}

/** Seeds the scripted activity after the base corridor; returns what was created. */
export async function seedDemoActivity(ctx: AppContext): Promise<ActivityResult> {
  const stage = new DemoStage(ctx, ctx.clock.now());
  await seedExchangeRates(stage);
  await seedInterests(stage);
  await seedFair(stage);
  await seedRoadshow(stage);
  // The docking and meeting figures come from rollups a job refreshes every few minutes: refresh now,
  // so the dashboard shows the seeded history at once.
  await refreshActivityIndicators(ctx);
  return stage.result;
}

/**
 * Reference rates on the first of each month, from thirteen months back to this one, entered by the
 * platform administrator, for the currencies the scripted agreements use.
 */
async function seedExchangeRates(stage: DemoStage): Promise<void> {
  stage.playing('exchange rates');
  const now = new Date(stage.today);
  for (let monthsAgo = 13; monthsAgo >= 0; monthsAgo -= 1) {
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1));
    const rateDate = isoDate(first);
    for (const [index, currency] of RATED_CURRENCIES.entries()) {
      const base = DEMO_RATE_BASES[currency];
      if (base === undefined) continue;
      // A small, fixed drift per month and currency, like real rates, but the same on every seed.
      const drift = 1 + 0.012 * Math.sin(monthsAgo * 0.9 + index * 1.7);
      const raw = base * drift;
      const unitsPerUsd = raw < 100 ? Math.round(raw * 10_000) / 10_000 : Math.round(raw);
      const body = parseOrThrow(rateBody, { unitsPerUsd, source: DEMO_RATE_SOURCE });
      await stage.act(new Date(first.getTime() + 2 * HOUR_MS), 'chen_li', (ctx, actor) =>
        putExchangeRate(ctx, actor, currency, rateDate, body),
      );
      stage.result.exchangeRates += 1;
    }
  }
}

/** The cooperation a service opened with `originRef`, found as one of its parties sees the pipeline. */
async function cooperationFrom(
  stage: DemoStage,
  personKey: string,
  organisationKey: string,
  originRef: string,
): Promise<string> {
  const query = parseOrThrow(listCooperationsQuery, { organisationId: orgId(organisationKey), limit: 100 });
  const page = await stage.act(stage.now, personKey, (ctx, actor) => listCooperations(ctx, actor, query));
  const found = page.items.find((item) => item.originRef === originRef);
  if (!found) throw new CorridorError('CooperationNotFound');
  return found.id;
}

/** Moves a cooperation along its script: stage moves, outcomes and next steps, oldest first. */
async function playPipeline(
  stage: DemoStage,
  label: string,
  cooperationId: string,
  pipeline: ScriptedPipeline,
): Promise<void> {
  type Step = { daysAgo: number; order: number; run: () => Promise<unknown> };
  const steps: Step[] = [];
  for (const move of pipeline.moves) {
    const body = parseOrThrow(moveStageBody, {
      to: move.to,
      occurredOn: stage.day(move.daysAgo),
      comment: move.comment ?? '',
      ...(move.closedReason ? { closedReason: move.closedReason } : {}),
      ...(move.agreement
        ? {
            agreement: {
              type: move.agreement.type,
              signedOn: stage.day(move.daysAgo),
              value: move.agreement.value,
              ipTerms: move.agreement.ipTerms ?? '',
            },
          }
        : {}),
    });
    steps.push({
      daysAgo: move.daysAgo,
      order: 0,
      run: () =>
        stage
          .playing(`${label}: move to ${move.to}`)
          .act(stage.at(move.daysAgo, 4), move.by, (ctx, actor) =>
            moveStage(ctx, actor, cooperationId, body),
          ),
    });
  }
  for (const outcome of pipeline.outcomes ?? []) {
    const body = parseOrThrow(outcomeBody, {
      metric: outcome.metric,
      value: outcome.value,
      reportedOn: stage.day(outcome.daysAgo),
      note: outcome.note,
    });
    steps.push({
      daysAgo: outcome.daysAgo,
      order: 2,
      run: () =>
        stage
          .playing(`${label}: outcome ${outcome.metric}`)
          .act(stage.at(outcome.daysAgo, 6), outcome.by, (ctx, actor) =>
            recordOutcome(ctx, actor, cooperationId, body),
          ),
    });
  }
  for (const step of pipeline.nextSteps ?? []) {
    const body = parseOrThrow(nextStepBody, {
      description: step.description,
      ownerId: personId(step.owner),
      dueOn: stage.day(-step.dueInDays),
    });
    steps.push({
      daysAgo: step.daysAgo,
      order: 1,
      run: async () => {
        const view = await stage
          .playing(`${label}: next step`)
          .act(stage.at(step.daysAgo, 5), step.by, (ctx, actor) =>
            addNextStep(ctx, actor, cooperationId, body),
          );
        const doneDaysAgo = step.doneDaysAgo;
        const added = view.nextSteps.find((s) => s.description === body.description);
        if (doneDaysAgo === undefined || !added) return;
        await stage.act(stage.at(doneDaysAgo, 5), step.owner, (ctx, actor) =>
          updateNextStep(ctx, actor, cooperationId, added.id, { done: true }),
        );
      },
    });
  }
  steps.sort((a, b) => b.daysAgo - a.daysAgo || a.order - b.order);
  for (const step of steps) await step.run();
}

/** Expressions of interest between docking pairs: sent, answered, talked over, and what came of them. */
async function seedInterests(stage: DemoStage): Promise<void> {
  for (const script of SCRIPTED_INTERESTS) {
    const request = demoProfile(script.requestKey);
    const offer = demoProfile(script.offerKey);
    const label = `interest ${script.requestKey} -> ${script.offerKey}`;
    stage.playing(label);
    const sent = parseOrThrow(sendInterestBody, {
      fromOrganisationId: orgId(request.orgKey),
      message: script.message,
      acceptConfidentiality: true,
    });
    const interest = await stage.act(stage.at(script.sentDaysAgo, 2), request.authorKey, (ctx, actor) =>
      sendInterest(ctx, actor, profileId(offer.key), sent),
    );
    stage.result.interests += 1;
    const answer = script.answer;
    if (!answer) continue;
    const body = parseOrThrow(answerInterestBody, {
      decision: answer.decision,
      message: answer.message,
      ...(answer.decision === 'decline' ? { reason: answer.reason } : {}),
    });
    const answered = await stage.act(stage.at(answer.daysAgo, 3), offer.authorKey, (ctx, actor) =>
      answerInterest(ctx, actor, interest.id, body),
    );
    if (answer.decision !== 'accept') continue;
    if (answer.message) stage.result.messages += 1;
    stage.result.cooperations += 1;
    const conversationId = answered.conversationId;
    for (const [index, reply] of (script.replies ?? []).entries()) {
      if (!conversationId) break;
      const author = reply.side === 'from' ? request.authorKey : offer.authorKey;
      await stage.act(stage.at(reply.daysAgo, 7 + index), author, (ctx, actor) =>
        postMessage(ctx, actor, conversationId, reply.body),
      );
      stage.result.messages += 1;
    }
    if (script.pipeline) {
      const cooperationId = await cooperationFrom(stage, offer.authorKey, offer.orgKey, interest.id);
      await playPipeline(stage, label, cooperationId, script.pipeline);
    }
  }
}

/** '2026-07-23T09:00:00' on the given day of an event, read in the event's zone. */
function localTime(date: string, time: string): string {
  return `${date}T${time}:00`;
}

/** The past technology docking fair in Kunming, from its announcement to the follow-ups. */
async function seedFair(stage: DemoStage): Promise<void> {
  const day1 = stage.day(FAIR_DAYS_AGO);
  const day2 = addDays(day1, 1);
  const dayOf = (day: 1 | 2) => (day === 1 ? day1 : day2);
  const instant = (date: string, time: string) => parseEventTime(localTime(date, time), FAIR.timeZone);
  const announced = FAIR_DAYS_AGO + FAIR.publishedDaysBefore;
  stage.playing('fair: announcement');

  const created = await stage.act(stage.at(announced, 2), FAIR.organiser, (ctx, actor) =>
    createEvent(
      ctx,
      actor,
      parseOrThrow(createEventBody, {
        organiserIds: [orgId(FAIR.organiserKey)],
        kind: 'brokerage_event',
        originalLanguage: 'zh',
        title: FAIR.title,
        description: FAIR.description,
        timeZone: FAIR.timeZone,
        startsAt: localTime(day1, '09:00'),
        endsAt: localTime(day2, '17:00'),
        venueMode: 'venue',
        venueName: FAIR.venueName,
        venueAddress: FAIR.venueAddress,
        city: FAIR.city,
        country: 'CN',
        capacity: FAIR.capacity,
        requiresApproval: true,
        maxMeetingsPerParticipant: FAIR.maxMeetingsPerParticipant,
        tableCount: FAIR.tableCount,
        tableLabels: FAIR.tableLabels,
      }),
    ),
  );
  const eventId = created.id;
  stage.result.events += 1;
  for (const session of FAIR_SESSIONS) {
    const body = parseOrThrow(createSessionBody, {
      title: session.title,
      location: session.location,
      startsAt: localTime(dayOf(session.day), session.from),
      endsAt: localTime(dayOf(session.day), session.to),
    });
    await stage.act(stage.at(announced, 3), FAIR.organiser, (ctx, actor) =>
      addSession(ctx, actor, eventId, body),
    );
  }
  const slots = parseOrThrow(meetingSlotsBody, {
    blocks: FAIR_SLOT_BLOCKS.map((block) => ({
      startsAt: localTime(dayOf(block.day), block.from),
      endsAt: localTime(dayOf(block.day), block.to),
      meetingMinutes: 25,
      breakMinutes: 5,
    })),
  });
  await stage.act(stage.at(announced, 3), FAIR.organiser, (ctx, actor) =>
    setMeetingSlots(ctx, actor, eventId, slots),
  );
  // The platform administrator adds the ministry as co-organiser (an administrator may add any organisation).
  await stage.act(stage.at(announced, 4), 'chen_li', (ctx, actor) =>
    addEventOrganiser(ctx, actor, eventId, orgId(FAIR.coOrganiserKey)),
  );
  await stage.act(stage.at(announced, 5), FAIR.organiser, (ctx, actor) => publishEvent(ctx, actor, eventId));

  // Registrations, each decided by the organiser the next day.
  const registrations = new Map<string, { id: string; by: string; token: string }>();
  for (const participant of FAIR_PARTICIPANTS) {
    stage.playing(`fair: registration of ${participant.orgKey}`);
    const linked = participant.profileKeys.filter(
      (key) => demoProfile(key).publishedDaysAgo > participant.registeredDaysAgo,
    );
    const body = parseOrThrow(registerBody, {
      organisationId: orgId(participant.orgKey),
      offer: participant.offer,
      seek: participant.seek,
      profileIds: linked.map(profileId),
      sectors: participant.sectors,
      keywords: participant.keywords,
    });
    const registration = await stage.act(
      stage.at(participant.registeredDaysAgo, 2),
      participant.by,
      (ctx, actor) => register(ctx, actor, eventId, body),
    );
    stage.result.registrations += 1;
    const declined = participant.declinedReason;
    await stage.act(stage.at(participant.registeredDaysAgo - 1, 2), FAIR.organiser, (ctx, actor) =>
      decideRegistration(
        ctx,
        actor,
        eventId,
        registration.id,
        declined === undefined ? 'approve' : 'decline',
        declined ?? '',
      ),
    );
    if (declined !== undefined) continue;
    const token = registration.checkIn.url.split('/').at(-1) ?? '';
    registrations.set(participant.orgKey, { id: registration.id, by: participant.by, token });
  }
  const participantOf = (orgKey: string) => {
    const found = registrations.get(orgKey);
    if (!found) throw new Error(`demo activity: ${orgKey} is not an approved participant of the fair`);
    return found;
  };

  // Meeting requests a week before the fair, answered the next day (before they expire).
  const meetings: Array<{ id: string; script: (typeof FAIR_MEETINGS)[number] }> = [];
  for (const [index, script] of FAIR_MEETINGS.entries()) {
    stage.playing(`fair: meeting ${script.from} -> ${script.to}`);
    const from = participantOf(script.from);
    const to = participantOf(script.to);
    const request = parseOrThrow(requestMeetingBody, {
      fromRegistrationId: from.id,
      toRegistrationId: to.id,
      message: script.message,
      mustMeet: script.mustMeet ?? false,
    });
    const requested = await stage.act(stage.at(FAIR_DAYS_AGO + 7, 2 + index * 0.2), from.by, (ctx, actor) =>
      requestMeeting(ctx, actor, eventId, request),
    );
    stage.result.meetingRequests += 1;
    const answerAt = stage.at(FAIR_DAYS_AGO + 6, 2 + index * 0.2);
    if (script.answer === 'accept') {
      await stage.act(answerAt, to.by, (ctx, actor) =>
        acceptMeeting(ctx, actor, eventId, requested.id, false),
      );
      meetings.push({ id: requested.id, script });
    } else if (script.answer === 'decline') {
      const reason = script.declineReason ?? '-';
      await stage.act(answerAt, to.by, (ctx, actor) =>
        declineMeeting(ctx, actor, eventId, requested.id, reason),
      );
    }
  }

  // The organiser runs the real scheduler and publishes its schedule two days before the fair.
  stage.playing('fair: schedule, check-in and attendance');
  const options = parseOrThrow(runScheduleBody, { seed: 1 });
  const draft = await stage.act(stage.at(FAIR_DAYS_AGO + 2, 2), FAIR.organiser, (ctx, actor) =>
    runScheduler(ctx, actor, eventId, options),
  );
  await stage.act(stage.at(FAIR_DAYS_AGO + 2, 3), FAIR.organiser, (ctx, actor) =>
    publishSchedule(ctx, actor, eventId, draft.id),
  );
  const placed = new Set(draft.placements.map((p) => p.meetingId));

  // Check-in on the first morning; the absent participant never comes.
  for (const [index, participant] of FAIR_PARTICIPANTS.entries()) {
    const registration = registrations.get(participant.orgKey);
    if (!registration || participant.absent) continue;
    const when = new Date(instant(day1, '08:20').getTime() + index * 60_000);
    await stage.act(when, FAIR.organiser, (ctx, actor) => checkIn(ctx, actor, eventId, registration.token));
  }

  // Attendance at the end of the fair, then each side's follow-up over the next days.
  const closing = instant(day2, '18:00');
  for (const { id, script } of meetings) {
    if (!placed.has(id) || !script.attendance) continue;
    const attendance = script.attendance;
    await stage.act(closing, FAIR.organiser, (ctx, actor) =>
      markAttendance(ctx, actor, eventId, id, attendance),
    );
  }
  for (const { id, script } of meetings) {
    if (!placed.has(id) || !script.followUps) continue;
    const label = `${script.from} -> ${script.to}`;
    stage.playing(`fair follow-up ${label}`);
    let cooperationId: string | null = null;
    for (const [index, followUp] of script.followUps.entries()) {
      const side = participantOf(followUp.side === 'requester' ? script.from : script.to);
      const body = parseOrThrow(followUpBody, {
        registrationId: side.id,
        happened: script.attendance === 'held',
        followUp: followUp.followUp,
        comment: followUp.comment,
      });
      const view = await stage.act(stage.at(FAIR_DAYS_AGO - 2 - index, 3), side.by, (ctx, actor) =>
        recordFollowUp(ctx, actor, eventId, id, body),
      );
      cooperationId = view.cooperationId ?? cooperationId;
    }
    if (cooperationId === null) continue;
    stage.result.cooperations += 1;
    if (script.pipeline) await playPipeline(stage, `fair meeting ${label}`, cooperationId, script.pipeline);
  }
}

/** The upcoming roadshow in Vientiane: published, with its programme, open for registration. */
async function seedRoadshow(stage: DemoStage): Promise<void> {
  const day1 = stage.day(-ROADSHOW_DAYS_AHEAD);
  const day2 = addDays(day1, 1);
  const dayOf = (day: 1 | 2) => (day === 1 ? day1 : day2);
  stage.playing('roadshow');
  const created = await stage.act(stage.at(20, 2), ROADSHOW.organiser, (ctx, actor) =>
    createEvent(
      ctx,
      actor,
      parseOrThrow(createEventBody, {
        organiserIds: [orgId(ROADSHOW.organiserKey)],
        kind: 'roadshow',
        originalLanguage: 'lo',
        title: ROADSHOW.title,
        description: ROADSHOW.description,
        timeZone: ROADSHOW.timeZone,
        startsAt: localTime(day1, '08:30'),
        endsAt: localTime(day2, '16:30'),
        venueMode: 'venue',
        venueName: ROADSHOW.venueName,
        venueAddress: ROADSHOW.venueAddress,
        city: ROADSHOW.city,
        country: 'LA',
        capacity: ROADSHOW.capacity,
        requiresApproval: true,
        registrationDeadline: localTime(addDays(day1, -ROADSHOW.registrationClosesDaysBefore), '17:00'),
        tableCount: ROADSHOW.tableCount,
      }),
    ),
  );
  const eventId = created.id;
  stage.result.events += 1;
  await stage.act(stage.at(19, 2), ROADSHOW.coOrganiser, (ctx, actor) =>
    addEventOrganiser(ctx, actor, eventId, orgId(ROADSHOW.coOrganiserKey)),
  );
  for (const session of ROADSHOW_SESSIONS) {
    const body = parseOrThrow(createSessionBody, {
      title: session.title,
      location: session.location,
      startsAt: localTime(dayOf(session.day), session.from),
      endsAt: localTime(dayOf(session.day), session.to),
    });
    await stage.act(stage.at(19, 3), ROADSHOW.organiser, (ctx, actor) =>
      addSession(ctx, actor, eventId, body),
    );
  }
  const slots = parseOrThrow(meetingSlotsBody, {
    blocks: ROADSHOW_SLOT_BLOCKS.map((block) => ({
      startsAt: localTime(dayOf(block.day), block.from),
      endsAt: localTime(dayOf(block.day), block.to),
      meetingMinutes: 20,
      breakMinutes: 5,
    })),
  });
  await stage.act(stage.at(19, 3), ROADSHOW.organiser, (ctx, actor) =>
    setMeetingSlots(ctx, actor, eventId, slots),
  );
  await stage.act(stage.at(18, 2), ROADSHOW.organiser, (ctx, actor) => publishEvent(ctx, actor, eventId));
  for (const entry of ROADSHOW_REGISTRATIONS) {
    const body = parseOrThrow(registerBody, {
      organisationId: orgId(entry.orgKey),
      offer: entry.offer,
      seek: entry.seek,
      sectors: entry.sectors,
    });
    const registration = await stage.act(stage.at(entry.registeredDaysAgo, 2), entry.by, (ctx, actor) =>
      register(ctx, actor, eventId, body),
    );
    stage.result.registrations += 1;
    if (!entry.approve) continue;
    await stage.act(stage.at(entry.registeredDaysAgo, 4), ROADSHOW.organiser, (ctx, actor) =>
      decideRegistration(ctx, actor, eventId, registration.id, 'approve', ''),
    );
  }
}
