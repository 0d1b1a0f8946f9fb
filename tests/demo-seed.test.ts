import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAIR,
  FAIR_MEETINGS,
  FAIR_PARTICIPANTS,
  ROADSHOW,
  ROADSHOW_REGISTRATIONS,
  ROADSHOW_SESSIONS,
  SCRIPTED_INTERESTS,
  type ScriptedPipeline,
} from '../src/demo/activity-data.js';
import { DEMO_ORGANISATIONS, REQUIRED_ORGANISATION_KEYS } from '../src/demo/organisations.js';
import { DEMO_PEOPLE } from '../src/demo/people.js';
import { DEMO_PROFILES } from '../src/demo/profiles.js';
import { DEMO_PASSWORD, demoSlug, seedDemo } from '../src/demo/seed.js';
import { COOPERATION_STAGES, type CooperationStage } from '../src/domain/pipeline.js';
import { LANGUAGES } from '../src/domain/vocabulary.js';
import { type BrokerageEvent, validateSchedule } from '../src/engines/scheduler/index.js';
import { startTestCorridor, type TestClient, type TestCorridor } from './support/harness.js';

let t: TestCorridor;
let seededActivity: Awaited<ReturnType<typeof seedDemo>>['activity'] = null;

async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [
    'expressions_of_interest',
    'conversation_messages',
    'cooperations',
    'cooperation_stage_events',
    'events',
    'event_registrations',
    'meeting_requests',
    'exchange_rates',
  ]) {
    const { rows } = await t.ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = rows[0]?.n ?? 0;
  }
  return counts;
}

/** Where a scripted pipeline leaves its cooperation: its last move, or outcome_reported once an outcome is in. */
function finalStage(pipeline: ScriptedPipeline | undefined): CooperationStage {
  const last = pipeline?.moves.at(-1)?.to ?? 'contact';
  return last === 'implementation' && (pipeline?.outcomes?.length ?? 0) > 0 ? 'outcome_reported' : last;
}

/** A client signed in as a demo person. */
async function demoClient(personKey: string): Promise<TestClient> {
  const person = DEMO_PEOPLE.find((p) => p.key === personKey);
  const client = t.client();
  const res = await client.post('/api/v1/auth/sign-in', { email: person?.email, password: DEMO_PASSWORD });
  expect(res.statusCode).toBe(200);
  return client;
}

async function sqlCount(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await t.ctx.db.query<{ n: number }>(sql, params);
  return rows[0]?.n ?? 0;
}

beforeAll(async () => {
  t = await startTestCorridor();
});
afterAll(() => t.stop());

describe('the demo corridor', () => {
  it('seeds once, deterministically, and the API serves it as demo data', async () => {
    const first = await seedDemo(t.ctx);
    seededActivity = first.activity;
    expect(first).toMatchObject({
      seeded: true,
      organisations: DEMO_ORGANISATIONS.length,
      people: DEMO_PEOPLE.length,
      profiles: DEMO_PROFILES.length,
    });
    const counts = await tableCounts();
    expect(await seedDemo(t.ctx)).toMatchObject({ seeded: false, activity: null });
    // Seeding again adds no activity either.
    expect(await tableCounts()).toEqual(counts);

    const published = DEMO_PROFILES.filter((p) => p.status === 'published').length;
    const list = (await t.client().get('/api/v1/opportunities?limit=100')).json();
    expect(list.total).toBe(published);
    expect(list.items.every((p: { isDemo: boolean }) => p.isDemo)).toBe(true);
    const languages = new Set(list.items.map((p: { originalLanguage: string }) => p.originalLanguage));
    expect([...languages].sort()).toEqual([...LANGUAGES].sort());

    const kust = (
      await t.client().get(`/api/v1/organisations/${demoSlug(REQUIRED_ORGANISATION_KEYS.kust)}`)
    ).json();
    expect(kust.name.zh).toContain('昆明理工大学');
    expect(kust.isDemo).toBe(true);
  });

  it('lets the demo coordinators sign in and review their country', async () => {
    const coordinator = DEMO_PEOPLE.find(
      (p) => p.platformRole === 'coordinator' && p.coordinatorCountry === 'LA',
    );
    expect(coordinator).toBeDefined();
    const client = t.client();
    const res = await client.post('/api/v1/auth/sign-in', {
      email: coordinator?.email,
      password: DEMO_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    const queue = (await client.get('/api/v1/review-queue')).json().items as Array<{
      organisation: { country: string };
    }>;
    expect(queue.every((p) => p.organisation.country === 'LA')).toBe(true);
  });

  it('seeds a year of activity through the services: interests, conversations and the pipeline by stage', async () => {
    const accepted = SCRIPTED_INTERESTS.filter((i) => i.answer?.decision === 'accept');
    const declined = SCRIPTED_INTERESTS.filter((i) => i.answer?.decision === 'decline');
    const pending = SCRIPTED_INTERESTS.filter((i) => !i.answer);
    expect(accepted.length).toBeGreaterThanOrEqual(10);
    expect(declined.length).toBeGreaterThan(0);
    expect(pending.length).toBeGreaterThan(0);
    const { rows: statuses } = await t.ctx.db.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM expressions_of_interest GROUP BY status',
    );
    expect(Object.fromEntries(statuses.map((r) => [r.status, r.n]))).toEqual({
      accepted: accepted.length,
      declined: declined.length,
      pending: pending.length,
    });
    expect(seededActivity?.interests).toBe(SCRIPTED_INTERESTS.length);

    // Every accepted interest opened a conversation (with messages) and a cooperation in `contact` first.
    expect(
      await sqlCount(
        `SELECT count(*)::int AS n FROM expressions_of_interest e
         WHERE e.status = 'accepted' AND EXISTS (SELECT 1 FROM conversations c
           JOIN conversation_messages m ON m.conversation_id = c.id WHERE c.expression_of_interest_id = e.id)`,
      ),
    ).toBe(accepted.length);
    expect(
      await sqlCount("SELECT count(*)::int AS n FROM cooperations WHERE origin = 'expression_of_interest'"),
    ).toBe(accepted.length);
    // Nothing was sent before the profile it is about was published, nor after the seeding moment.
    expect(
      await sqlCount(
        `SELECT count(*)::int AS n FROM expressions_of_interest e JOIN profiles p ON p.id = e.profile_id
         WHERE e.created_at < p.published_at OR e.created_at > now()`,
      ),
    ).toBe(0);

    // The stages the script leaves each cooperation in, against the stored pipeline.
    const expected = new Map<string, number>(COOPERATION_STAGES.map((stage) => [stage, 0]));
    const bump = (stage: CooperationStage) => expected.set(stage, (expected.get(stage) ?? 0) + 1);
    for (const interest of accepted) bump(finalStage(interest.pipeline));
    for (const meeting of FAIR_MEETINGS) {
      const wanted = meeting.followUps?.filter((f) => f.followUp).length ?? 0;
      if (meeting.answer === 'accept' && meeting.attendance === 'held' && wanted === 2)
        bump(finalStage(meeting.pipeline));
    }
    const { rows: stages } = await t.ctx.db.query<{ stage: string; n: number }>(
      'SELECT stage, count(*)::int AS n FROM cooperations GROUP BY stage',
    );
    const stored = new Map<string, number>(COOPERATION_STAGES.map((stage) => [stage, 0]));
    for (const row of stages) stored.set(row.stage, row.n);
    expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(expected));
    for (const stage of ['meeting_held', 'nda_signed', 'negotiation', 'agreement_signed', 'implementation'])
      expect(stored.get(stage), stage).toBeGreaterThan(0);
    expect(stored.get('outcome_reported')).toBeGreaterThan(0);
    expect(stored.get('closed_without_agreement')).toBeGreaterThan(0);

    // Every stage change went through the service: history in date order, agreements priced in USD.
    expect(
      await sqlCount(
        `SELECT count(*)::int AS n FROM cooperation_stage_events a JOIN cooperation_stage_events b
           ON a.cooperation_id = b.cooperation_id AND a.to_stage = b.from_stage AND b.occurred_on < a.occurred_on`,
      ),
    ).toBe(0);
    const { rows: agreements } = await t.ctx.db.query<{ currency: string; usd: string | null }>(
      'SELECT currency, usd_value::text AS usd FROM cooperation_agreements',
    );
    expect(new Set(agreements.map((a) => a.currency))).toEqual(new Set(['CNY', 'LAK', 'THB', 'VND', 'USD']));
    expect(agreements.every((a) => a.usd !== null && Number(a.usd) > 0)).toBe(true);
    // Rates only for the currencies the demo agreements use: the others stay unrated.
    const { rows: rated } = await t.ctx.db.query<{ currency: string }>(
      'SELECT DISTINCT currency FROM exchange_rates',
    );
    expect(new Set(rated.map((r) => r.currency))).toEqual(
      new Set(agreements.map((a) => a.currency).filter((c) => c !== 'USD')),
    );
    expect(await sqlCount('SELECT count(*)::int AS n FROM cooperation_next_steps')).toBeGreaterThan(0);
  });

  it('seeds a past docking fair with a published, valid schedule and an upcoming roadshow open for registration', async () => {
    const list = (await t.client().get('/api/v1/events?limit=100')).json() as {
      items: Array<{
        id: string;
        kind: string;
        timeZone: string;
        endsAt: { utc: string };
        registration: { open: boolean };
      }>;
    };
    const fair = list.items.find((e) => e.kind === 'brokerage_event' && e.timeZone === FAIR.timeZone);
    const roadshow = list.items.find((e) => e.kind === 'roadshow' && e.timeZone === ROADSHOW.timeZone);
    expect(fair).toBeDefined();
    expect(roadshow).toBeDefined();
    if (!fair || !roadshow) return;
    expect(Date.parse(fair.endsAt.utc)).toBeLessThan(Date.now());
    expect(Date.parse(roadshow.endsAt.utc)).toBeGreaterThan(Date.now());
    expect(roadshow.registration.open).toBe(true);
    const roadshowPage = (await t.client().get(`/api/v1/events/${roadshow.id}`)).json();
    expect(roadshowPage.sessions).toHaveLength(ROADSHOW_SESSIONS.length);
    expect(
      await sqlCount('SELECT count(*)::int AS n FROM event_registrations WHERE event_id = $1', [roadshow.id]),
    ).toBe(ROADSHOW_REGISTRATIONS.length);

    const approved = FAIR_PARTICIPANTS.filter((p) => p.declinedReason === undefined).length;
    expect(approved).toBeGreaterThanOrEqual(15);
    const { rows: regs } = await t.ctx.db.query<{ status: string; country: string; checked: boolean }>(
      `SELECT r.status, o.country, r.checked_in_at IS NOT NULL AS checked
       FROM event_registrations r JOIN organisations o ON o.id = r.organisation_id WHERE r.event_id = $1`,
      [fair.id],
    );
    expect(regs.filter((r) => r.status === 'approved')).toHaveLength(approved);
    expect(new Set(regs.map((r) => r.country)).size).toBeGreaterThanOrEqual(5);
    expect(regs.filter((r) => r.checked)).toHaveLength(
      FAIR_PARTICIPANTS.filter((p) => !p.declinedReason && !p.absent).length,
    );

    // The organiser sees one published schedule; it passes the engine's own validator.
    const organiser = await demoClient(FAIR.organiser);
    const schedules = (await organiser.get(`/api/v1/events/${fair.id}/schedules`)).json().items as Array<{
      id: string;
      status: string;
    }>;
    const published = schedules.filter((s) => s.status === 'published');
    expect(published).toHaveLength(1);
    const schedule = (
      await organiser.get(`/api/v1/events/${fair.id}/schedules/${published[0]?.id}`)
    ).json() as {
      slotCount: number;
      tableCount: number;
      placements: Array<{ meetingId: string; slot: number; table: number }>;
      unplaced: Array<{ meetingId: string; reason: string }>;
    };
    const { rows: accepted } = await t.ctx.db.query<{ id: string; a: string; b: string }>(
      `SELECT id, requester_id AS a, recipient_id AS b FROM meeting_requests WHERE event_id = $1 AND status = 'accepted'`,
      [fair.id],
    );
    expect(accepted).toHaveLength(FAIR_MEETINGS.filter((m) => m.answer === 'accept').length);
    const brokerage: BrokerageEvent = {
      slotCount: schedule.slotCount,
      tablesPerSlot: schedule.tableCount,
      participants: [...new Set(accepted.flatMap((m) => [m.a, m.b]))].map((id) => ({ id })),
      meetings: accepted.map((m) => ({ id: m.id, participants: [m.a, m.b] as const })),
    };
    const validation = validateSchedule(brokerage, {
      placements: schedule.placements.map(({ meetingId, slot, table }) => ({ meetingId, slot, table })),
      unplaced: [],
      breaks: [],
    });
    // The API shows placements, not the engine's per-participant break counts; every other rule must hold.
    expect(validation.violations.filter((v) => v.kind !== 'breaks_misreported')).toEqual([]);
    expect(schedule.placements).toHaveLength(accepted.length);

    // Most meetings were held, a couple were no-shows; follow-ups opened cooperations.
    const { rows: attendance } = await t.ctx.db.query<{ attendance: string | null; n: number }>(
      `SELECT attendance, count(*)::int AS n FROM meeting_requests WHERE event_id = $1 AND status = 'accepted' GROUP BY 1`,
      [fair.id],
    );
    const byAttendance = Object.fromEntries(attendance.map((r) => [r.attendance ?? 'none', r.n]));
    expect(byAttendance.held).toBe(FAIR_MEETINGS.filter((m) => m.attendance === 'held').length);
    expect((byAttendance.requester_no_show ?? 0) + (byAttendance.recipient_no_show ?? 0)).toBeGreaterThan(0);
    expect(
      await sqlCount("SELECT count(*)::int AS n FROM cooperations WHERE origin = 'meeting_follow_up'"),
    ).toBeGreaterThan(0);
  });

  it('shows the activity on the ministries’ dashboard: figures equal the records', async () => {
    const admin = await demoClient('chen_li');
    const table = async (name: string) => {
      const res = await admin.get(`/api/v1/indicators/${name}`);
      expect(res.statusCode, name).toBe(200);
      const body = res.json() as {
        detail: string;
        available: boolean;
        rows: Array<Record<string, number | string | null>>;
      };
      expect(body.detail, name).toBe('detailed');
      expect(body.available, name).toBe(true);
      return body.rows;
    };
    const sum = (rows: Array<Record<string, number | string | null>>, key: string) =>
      rows.reduce((n, row) => n + Number(row[key] ?? 0), 0);

    const docking = await table('docking');
    const expressions = await sqlCount('SELECT count(*)::int AS n FROM expressions_of_interest');
    expect(expressions).toBeGreaterThan(0);
    expect(sum(docking, 'expressions')).toBe(expressions);
    expect(sum(docking, 'accepted')).toBe(
      await sqlCount("SELECT count(*)::int AS n FROM expressions_of_interest WHERE status = 'accepted'"),
    );
    expect(new Set(docking.map((r) => r.month)).size).toBeGreaterThanOrEqual(4);

    const held = await sqlCount(
      `SELECT count(*)::int AS n FROM meeting_requests m
       JOIN event_schedules s ON s.event_id = m.event_id AND s.status = 'published'
       JOIN event_schedule_placements p ON p.schedule_id = s.id AND p.meeting_id = m.id
       WHERE m.status = 'accepted' AND m.attendance = 'held'`,
    );
    expect(held).toBeGreaterThan(0);
    expect(sum(await table('meetings'), 'meetings')).toBe(held);

    const { rows: stageRows } = await t.ctx.db.query<{ stage: string; n: number }>(
      'SELECT stage, count(*)::int AS n FROM cooperations GROUP BY stage',
    );
    const byStage = await table('cooperations-by-stage');
    for (const row of stageRows) {
      expect(byStage.find((r) => r.stage === row.stage)?.cooperations, row.stage).toBe(row.n);
    }

    const { rows: typeRows } = await t.ctx.db.query<{ type: string; n: number; usd: string }>(
      'SELECT type, count(*)::int AS n, sum(usd_value)::text AS usd FROM cooperation_agreements GROUP BY type',
    );
    expect(typeRows.length).toBeGreaterThanOrEqual(5);
    const byType = await table('agreements-by-type');
    for (const row of typeRows) {
      const shown = byType.find((r) => r.type === row.type);
      expect(shown?.agreements, row.type).toBe(row.n);
      expect(Number(shown?.usdTotal), row.type).toBeCloseTo(Number(row.usd), 2);
    }

    const { rows: outcomeRows } = await t.ctx.db.query<{ metric: string; n: number; total: string }>(
      'SELECT metric, count(*)::int AS n, sum(value)::text AS total FROM cooperation_outcomes GROUP BY metric',
    );
    expect(outcomeRows.length).toBeGreaterThanOrEqual(3);
    const outcomes = await table('outcomes');
    for (const row of outcomeRows) {
      const shown = outcomes.find((r) => r.metric === row.metric);
      expect(shown?.reports, row.metric).toBe(row.n);
      expect(Number(shown?.total), row.metric).toBeCloseTo(Number(row.total), 2);
    }
  });
});
