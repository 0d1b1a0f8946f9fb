/**
 * Benchmark of the indicator dashboard at corridor scale: 1,000,000 profiles, 200,000 cooperations
 * and 2,000,000 stage events generated with set-based SQL in a dedicated PostgreSQL database
 * (`corridor_bench`), then every dashboard request through the real HTTP app (p50/p95 over varied
 * filters), and the cost of keeping the rollups current on writes (with and without the maintenance).
 *
 *   npm run bench:indicators                 full scale, writes docs/bench/indicators.md
 *   npm run bench:indicators -- --scale 0.1  a tenth of the data, for a quick look
 *   options: --runs N (default 60), --keep (keep the database), --no-write (print only),
 *            --url postgres://... (server, default postgres://postgres@127.0.0.1:5432)
 *
 * The data is deterministic: every value is a function of its row number.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../src/config/config.js';
import { type Database, openDatabase, type Queryable } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { SECTOR_TAXONOMY } from '../src/domain/sectors.js';
import {
  findCooperation,
  insertAgreement,
  insertStageEvent,
  setStage,
} from '../src/modules/cooperations/cooperations.repository.js';
import { ACTIVITY_REFRESH_SECONDS } from '../src/modules/indicators/indicators.jobs.js';
import { maintainingIndicators } from '../src/modules/indicators/indicators.maintenance.js';
import {
  rebuildCooperationRollups,
  rebuildProfileRollup,
  refreshActivityRollups,
} from '../src/modules/indicators/indicators.repository.js';
import { insertUser } from '../src/modules/users/users.repository.js';
import { hashPassword } from '../src/platform/secrets.js';
import { createCorridor } from '../src/server.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const SERVER = option('--url', 'postgres://postgres@127.0.0.1:5432');
const SCALE = Number(option('--scale', '1'));
const RUNS = Number(option('--runs', '60'));
const KEEP = args.includes('--keep');
const WRITE_DOC = !args.includes('--no-write');
const DB_NAME = 'corridor_bench';
const BENCH_URL = `${SERVER}/${DB_NAME}`;

const N = {
  users: 2_000,
  organisations: Math.round(50_000 * SCALE),
  profiles: Math.round(1_000_000 * SCALE),
  cooperations: Math.round(200_000 * SCALE),
  eventsPerCooperation: 10,
  expressionsOfInterest: Math.round(300_000 * SCALE),
  /** Brokerage events, each with 60 participants and 120 accepted, scheduled meetings. */
  events: Math.round(2_000 * SCALE),
};
const PARTICIPANTS_PER_EVENT = 60;
const SLOTS_PER_EVENT = 12;
const TABLES_PER_EVENT = 10;
const WRITE_RUNS = 300;
/** The coordinator the bench signs in as; also the recorder of the agreements it writes. */
let benchUserId = '';
const CHILD_SECTORS = SECTOR_TAXONOMY.flatMap((g) => g.children.map((c) => c.code));
const SECTOR_GROUPS = SECTOR_TAXONOMY.map((g) => g.code);
const COUNTRIES = ['KH', 'CN', 'LA', 'MM', 'TH', 'VN', 'OTHER'];

/** A small deterministic generator for the varied filters. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

interface Stat {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

function stat(name: string, samples: number[]): Stat {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    runs: samples.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? 0,
  };
}

const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);
const log = (text: string) => process.stdout.write(`${text}\n`);

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await work();
  const seconds = (performance.now() - start) / 1000;
  log(`  ${label}: ${seconds.toFixed(1)} s`);
  return { value, seconds };
}

async function recreateDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DB_NAME}`);
  } finally {
    await admin.end();
  }
}

async function dropDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** The generated data, all set-based: one INSERT ... SELECT generate_series(...) per table. */
async function generate(db: Database): Promise<Record<string, number>> {
  const seconds: Record<string, number> = {};
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    seconds[label] = (await timed(label, () => db.query(sql, params))).seconds;
  };
  // The organisation's country, a function of its number: China, Thailand and Viet Nam weigh most.
  await db.query(`CREATE FUNCTION bench_country(j integer) RETURNS text IMMUTABLE LANGUAGE sql AS $$
    SELECT CASE WHEN j % 100 < 30 THEN 'CN' WHEN j % 100 < 50 THEN 'TH' WHEN j % 100 < 70 THEN 'VN'
      WHEN j % 100 < 82 THEN 'LA' WHEN j % 100 < 90 THEN 'KH' WHEN j % 100 < 97 THEN 'MM' ELSE 'OTHER' END $$`);
  await step(
    'users',
    `INSERT INTO users (id, email, display_name, country, password_hash, email_verified_at)
     SELECT md5('user' || i)::uuid, 'bench' || i || '@corridor.test', 'Bench user ' || i, 'LA', 'x', now()
     FROM generate_series(0, $1 - 1) i`,
    [N.users],
  );
  await step(
    'organisations',
    `INSERT INTO organisations (id, slug, name, kind, country, created_at, updated_at)
     SELECT md5('org' || i)::uuid, 'bench-org-' || i, jsonb_build_object('en', 'Bench organisation ' || lpad(i::text, 6, '0')),
       (ARRAY['university', 'research_institute', 'enterprise', 'government_agency', 'hightech_park_incubator',
         'rd_centre', 'financing_body', 'association_ngo'])[1 + i % 8],
       bench_country(i), timestamptz '2020-06-01' + (i % 2000) * interval '1 day', now()
     FROM generate_series(0, $1 - 1) i`,
    [N.organisations],
  );
  // Bulk load without the per-row trigger; the rollup is rebuilt once afterwards (and timed).
  await db.query('ALTER TABLE profiles DISABLE TRIGGER profiles_indicators_insert_delete');
  await step(
    'profiles',
    `INSERT INTO profiles (id, organisation_id, kind, original_language, title, country, status, sectors,
       published_at, created_at, updated_at)
     SELECT md5('profile' || i)::uuid, md5('org' || j)::uuid,
       (ARRAY['technology_offer', 'technology_request', 'business_offer', 'business_request', 'rd_request'])[1 + i % 5],
       'en', jsonb_build_object('en', 'Bench profile ' || i), bench_country(j),
       CASE WHEN i % 10 < 7 THEN 'published' WHEN i % 10 = 7 THEN 'draft' WHEN i % 10 = 8 THEN 'expired' ELSE 'submitted' END,
       CASE WHEN i % 3 = 0 THEN ARRAY[($2::text[])[1 + (i * 31) % $3], ($2::text[])[1 + (i * 17 + 5) % $3]]
            ELSE ARRAY[($2::text[])[1 + (i * 31) % $3]] END,
       CASE WHEN i % 10 < 7 OR i % 10 = 8 THEN ts END, ts, ts
     FROM generate_series(0, $1 - 1) i
     CROSS JOIN LATERAL (SELECT ((i::bigint * 7919) % $4)::integer AS j,
       timestamptz '2021-01-01' + ((i::bigint * 104729) % 184000000) * interval '1 second' AS ts) x`,
    [N.profiles, CHILD_SECTORS, CHILD_SECTORS.length, N.organisations],
  );
  await db.query('ALTER TABLE profiles ENABLE TRIGGER profiles_indicators_insert_delete');
  await step(
    'exchange rates',
    `INSERT INTO exchange_rates (currency, rate_date, units_per_usd, source)
     SELECT c.currency, (date '2020-12-01' + make_interval(months => m))::date, c.base * (1 + (m % 12) * 0.005), 'bench'
     FROM (VALUES ('CNY', 7.0), ('LAK', 20000), ('THB', 35), ('KHR', 4100), ('MMK', 2100), ('VND', 24000)) AS c (currency, base),
       generate_series(0, 71) m`,
  );
  await step(
    'cooperations',
    `INSERT INTO cooperations (id, title, stage, closed_reason, origin, sector, opened_on, created_at, updated_at)
     SELECT md5('coop' || i)::uuid, jsonb_build_object('en', 'Bench cooperation ' || i), s.stage,
       CASE WHEN s.stage = 'closed_without_agreement' THEN 'terms_not_agreed' END,
       (ARRAY['manual', 'expression_of_interest', 'meeting_follow_up'])[1 + i % 3],
       CASE WHEN i % 10 = 0 THEN NULL ELSE ($2::text[])[1 + (i * 13) % $3] END,
       date '2021-01-01' + (i * 7) % 2100, now(), now()
     FROM generate_series(0, $1 - 1) i
     CROSS JOIN LATERAL (SELECT (ARRAY['contact', 'contact', 'meeting_held', 'meeting_held', 'nda_signed', 'negotiation',
       'negotiation', 'agreement_signed', 'implementation', 'implementation', 'outcome_reported',
       'closed_without_agreement', 'closed_without_agreement'])[1 + i % 13] AS stage) s`,
    [N.cooperations, CHILD_SECTORS, CHILD_SECTORS.length],
  );
  await step(
    'parties',
    `INSERT INTO cooperation_parties (cooperation_id, organisation_id, country)
     SELECT md5('coop' || i)::uuid, md5('org' || p.j)::uuid, bench_country(p.j)
     FROM generate_series(0, $1 - 1) i
     CROSS JOIN LATERAL (VALUES ((i * 31) % $2), ((i * 131 + 7) % $2), (CASE WHEN i % 10 = 0 THEN (i * 17 + 3) % $2 END)) AS p (j)
     WHERE p.j IS NOT NULL
     ON CONFLICT DO NOTHING`,
    [N.cooperations, N.organisations],
  );
  // Synthetic histories of ten events each (longer than the pipeline allows, for the volume asked).
  await step(
    'stage events',
    `INSERT INTO cooperation_stage_events (cooperation_id, from_stage, to_stage, occurred_on, comment, created_at)
     SELECT md5('coop' || i)::uuid,
       CASE WHEN k = 0 THEN NULL ELSE (ARRAY['contact', 'meeting_held', 'nda_signed', 'negotiation', 'agreement_signed',
         'implementation', 'outcome_reported'])[1 + (k - 1) % 7] END,
       (ARRAY['contact', 'meeting_held', 'nda_signed', 'negotiation', 'agreement_signed', 'implementation',
         'outcome_reported'])[1 + k % 7],
       LEAST(date '2021-01-01' + (i * 7) % 2100 + k * 9, date '2026-11-01'), '', now()
     FROM generate_series(0, $1 - 1) i, generate_series(0, $2 - 1) k`,
    [N.cooperations, N.eventsPerCooperation],
  );
  await step(
    'agreements',
    `INSERT INTO cooperation_agreements (cooperation_id, type, signed_on, currency, value, ip_terms, created_at)
     SELECT md5('coop' || i)::uuid,
       (ARRAY['licence', 'assignment', 'joint_rd', 'technical_cooperation_or_service', 'joint_venture',
         'commercial_with_technical_assistance', 'investment', 'training'])[1 + (i + n) % 8],
       LEAST(date '2021-01-01' + (i * 7) % 2100 + 60 + (i % 200), date '2026-11-01'),
       CASE WHEN i % 10 = 3 THEN NULL ELSE c.currency END,
       CASE WHEN i % 10 = 3 THEN NULL ELSE (1000 + (i::bigint * 7919) % 5000000) * c.scale END,
       '', now()
     FROM generate_series(0, $1 - 1) i
     CROSS JOIN generate_series(1, CASE WHEN i % 5 = 0 THEN 2 ELSE 1 END) n
     CROSS JOIN LATERAL (SELECT (ARRAY['USD', 'CNY', 'THB', 'VND', 'LAK', 'KHR', 'MMK'])[1 + i % 7] AS currency,
       (ARRAY[1, 7, 35, 24000, 20000, 4100, 2100])[1 + i % 7] AS scale) c
     WHERE i % 13 IN (7, 8, 9, 10)`,
    [N.cooperations],
  );
  await step(
    'agreement USD values',
    `UPDATE cooperation_agreements a SET (usd_rate_date, usd_units_per_usd) = (SELECT r.rate_date, r.units_per_usd
       FROM exchange_rates r WHERE r.currency = a.currency AND r.rate_date <= a.signed_on ORDER BY r.rate_date DESC LIMIT 1)
     WHERE a.currency <> 'USD'`,
  );
  await step(
    'outcomes',
    `INSERT INTO cooperation_outcomes (cooperation_id, metric, value, reported_on, note, created_at)
     SELECT md5('coop' || i)::uuid,
       (ARRAY['products_processes_launched', 'jobs_created', 'revenue_usd', 'people_trained', 'joint_publications',
         'patents', 'investment_usd'])[1 + (i + k) % 7],
       1 + (i * 31 + k) % 500, LEAST(date '2021-03-01' + (i * 7) % 2100 + k * 30, date '2026-11-01'), '', now()
     FROM generate_series(0, $1 - 1) i, generate_series(0, 2) k
     WHERE i % 13 IN (8, 9, 10)`,
    [N.cooperations],
  );
  // Expressions of interest on published profiles (i % 10 < 7 above), answered within two weeks or not.
  await step(
    'expressions of interest',
    `INSERT INTO expressions_of_interest (profile_id, from_organisation_id, message, status, answered_at, created_at)
     SELECT md5('profile' || ((k / 7) * 10 + k % 7))::uuid, md5('org' || ((k::bigint * 13 + 5) % $2))::uuid, 'bench',
       x.status, CASE WHEN x.status IN ('accepted', 'declined') THEN x.sent + (k % 14) * interval '1 day' + interval '3 hours' END,
       x.sent
     FROM generate_series(0, $1 - 1) k
     CROSS JOIN LATERAL (SELECT (ARRAY['accepted', 'accepted', 'accepted', 'accepted', 'declined', 'declined', 'pending',
         'pending', 'withdrawn', 'declined'])[1 + k % 10] AS status,
       timestamptz '2021-01-01' + ((k::bigint * 104723) % 184000000) * interval '1 second' AS sent) x`,
    [N.expressionsOfInterest, N.organisations],
  );
  // Brokerage events: each with its slots, 60 approved participants (distinct organisations: 7919 is
  // prime to the organisation count), 120 accepted meetings (pairs a-(a+1) and a-(a+2), all distinct),
  // one published schedule placing every meeting, and attendance: 80 % marked held, 10 % a no-show,
  // 10 % unmarked, half of those said to have happened by a side.
  await step(
    'events',
    `INSERT INTO events (id, kind, status, original_language, title, time_zone, starts_at, ends_at, venue_mode,
       meeting_room_base_url, room_secret, table_count, created_at, updated_at)
     SELECT md5('event' || e)::uuid, 'brokerage_event', 'published', 'en', jsonb_build_object('en', 'Bench event ' || e),
       (ARRAY['Asia/Vientiane', 'Asia/Shanghai', 'Asia/Bangkok', 'Asia/Phnom_Penh', 'Asia/Yangon', 'Asia/Ho_Chi_Minh'])[1 + e % 6],
       x.starts, x.starts + interval '9 hours', 'venue', 'https://meet.bench.test', 'bench-secret', $2, now(), now()
     FROM generate_series(0, $1 - 1) e
     CROSS JOIN LATERAL (SELECT timestamptz '2021-01-04 01:00Z' + (e * 2100 / $1) * interval '1 day' AS starts) x`,
    [N.events, TABLES_PER_EVENT],
  );
  await step(
    'event meeting slots',
    `INSERT INTO event_meeting_slots (event_id, slot_number, starts_at, ends_at)
     SELECT e.id, s, e.starts_at + interval '1 hour' + (s - 1) * interval '20 minutes', e.starts_at + interval '1 hour' + s * interval '20 minutes'
     FROM events e, generate_series(1, $1) s`,
    [SLOTS_PER_EVENT],
  );
  await step(
    'event registrations',
    `INSERT INTO event_registrations (id, event_id, organisation_id, status, language, sectors, check_in_token, created_at, updated_at)
     SELECT md5('registration' || e || '-' || r)::uuid, md5('event' || e)::uuid,
       md5('org' || ((e::bigint * 61 + r::bigint * 7919) % $3))::uuid, 'approved', 'en',
       ARRAY[($4::text[])[1 + (e * 7 + r) % $5]], md5('token' || e || '-' || r), now(), now()
     FROM generate_series(0, $1 - 1) e, generate_series(0, $2 - 1) r`,
    [N.events, PARTICIPANTS_PER_EVENT, N.organisations, CHILD_SECTORS, CHILD_SECTORS.length],
  );
  await step(
    'meetings',
    `INSERT INTO meeting_requests (id, event_id, requester_id, recipient_id, status, expires_at, attendance,
       attendance_marked_at, created_at, updated_at)
     SELECT md5('meeting' || e || '-' || k)::uuid, md5('event' || e)::uuid,
       md5('registration' || e || '-' || (k % $2))::uuid,
       md5('registration' || e || '-' || ((k % $2 + 1 + k / $2) % $2))::uuid,
       'accepted', now(),
       (ARRAY['held', 'held', 'held', 'held', 'held', 'held', 'held', 'held', 'recipient_no_show', NULL])[1 + k % 10],
       CASE WHEN k % 10 < 9 THEN now() END, now(), now()
     FROM generate_series(0, $1 - 1) e, generate_series(0, $3 - 1) k`,
    [N.events, PARTICIPANTS_PER_EVENT, SLOTS_PER_EVENT * TABLES_PER_EVENT],
  );
  await step(
    'meeting follow-ups',
    `INSERT INTO meeting_follow_ups (meeting_id, registration_id, happened, follow_up)
     SELECT m.id, m.requester_id, (hashtext(m.id::text) % 2 = 0), false FROM meeting_requests m WHERE m.attendance IS NULL`,
  );
  await step(
    'schedules',
    `INSERT INTO event_schedules (id, event_id, version, status, slot_count, table_count, seed, stats, score, published_at)
     SELECT md5('schedule' || e)::uuid, md5('event' || e)::uuid, 1, 'published', $2, $3, 0, '{}', '{}', now()
     FROM generate_series(0, $1 - 1) e`,
    [N.events, SLOTS_PER_EVENT, TABLES_PER_EVENT],
  );
  await step(
    'schedule placements',
    `INSERT INTO event_schedule_placements (schedule_id, meeting_id, slot_number, table_number)
     SELECT md5('schedule' || e)::uuid, md5('meeting' || e || '-' || k)::uuid, 1 + k / $2, 1 + k % $2
     FROM generate_series(0, $1 - 1) e, generate_series(0, $3 - 1) k`,
    [N.events, TABLES_PER_EVENT, SLOTS_PER_EVENT * TABLES_PER_EVENT],
  );
  seconds['rebuild profile rollup'] = (
    await timed('rebuild profile rollup', () => rebuildProfileRollup(db))
  ).seconds;
  seconds['rebuild cooperation rollups'] = (
    await timed('rebuild cooperation rollups', () => rebuildCooperationRollups(db))
  ).seconds;
  await timed('analyze', () => db.query('ANALYZE'));
  seconds['refresh docking and meeting rollups'] = (
    await timed('refresh docking and meeting rollups', () => refreshActivityRollups(db))
  ).seconds;
  await timed('analyze rollups', () => db.query('ANALYZE indicator_eoi_months, indicator_meeting_months'));
  return seconds;
}

async function counts(db: Queryable): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of [
    'organisations',
    'profiles',
    'cooperations',
    'cooperation_parties',
    'cooperation_stage_events',
    'cooperation_agreements',
    'cooperation_outcomes',
    'expressions_of_interest',
    'events',
    'event_registrations',
    'meeting_requests',
    'event_schedule_placements',
    'indicator_eoi_facts',
    'indicator_meeting_facts',
    'indicator_profile_months',
    'indicator_cooperation_stages',
    'indicator_stage_moves',
    'indicator_agreements',
    'indicator_agreement_pairs',
    'indicator_outcomes',
    'indicator_eoi_months',
    'indicator_meeting_months',
  ]) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    out[table] = rows[0]?.n ?? 0;
  }
  return out;
}

/** Varied filters: a period (or none), a country (or none), a sector group (or none). */
function filterQuery(next: (n: number) => number, table: string): string {
  const params = new URLSearchParams();
  const fromYear = 2021 + next(6);
  if (next(4) > 0) {
    params.set('from', `${fromYear}-${String(1 + next(12)).padStart(2, '0')}`);
    params.set('to', `${Math.min(2026, fromYear + next(3))}-12`);
  }
  if (next(3) > 0) params.set('country', COUNTRIES[next(COUNTRIES.length)] ?? 'LA');
  if (next(3) === 0) params.set('sector', SECTOR_GROUPS[next(SECTOR_GROUPS.length)] ?? 'green');
  if (table.startsWith('profiles') && next(3) === 0) params.set('kind', 'technology_offer');
  if (table === 'agreement-value') params.set('interval', ['month', 'quarter', 'year'][next(3)] ?? 'month');
  return params.toString();
}

const DASHBOARD_TABLES = [
  'profiles-by-month',
  'profiles-by-sector',
  'docking',
  'meetings',
  'cooperations-by-stage',
  'stage-movements',
  'agreements-by-type',
  'agreements-by-country-pair',
  'agreement-value',
  'outcomes',
  'outcomes-by-month',
  'map',
];

async function measureWrites(db: Database): Promise<Stat[]> {
  const stats: Stat[] = [];
  const sample = async (name: string, ids: string[], work: (id: string) => Promise<void>) => {
    const samples: number[] = [];
    for (const id of ids) {
      const start = performance.now();
      await work(id);
      samples.push(performance.now() - start);
    }
    stats.push(stat(name, samples));
  };
  const ids = async (sql: string, limit: number, offset: number) =>
    (await db.query<{ id: string }>(`${sql} LIMIT ${limit} OFFSET ${offset}`)).rows.map((r) => r.id);

  // Publishing a profile: the trigger adds it to its month, country, kind and sector groups.
  const drafts = `SELECT id FROM profiles WHERE status = 'draft' ORDER BY id`;
  const publish = async (id: string) => {
    await db.query(
      `UPDATE profiles SET status = 'published', published_at = now(), updated_at = now() WHERE id = $1`,
      [id],
    );
  };
  await sample('publish a profile, with trigger', await ids(drafts, WRITE_RUNS, 0), publish);
  await db.query('ALTER TABLE profiles DISABLE TRIGGER profiles_indicators_update');
  await sample('publish a profile, without trigger', await ids(drafts, WRITE_RUNS, 0), publish);
  await db.query('ALTER TABLE profiles ENABLE TRIGGER profiles_indicators_update');

  const insertProfile = (suffix: string) => async (id: string) => {
    await db.query(
      `INSERT INTO profiles (organisation_id, kind, original_language, title, country, status, sectors, published_at)
       VALUES ($1, 'technology_offer', 'en', $2, 'LA', 'published', '{green.clean_energy,agrifood.fertilisers}', now())`,
      [id, JSON.stringify({ en: `New profile ${suffix}` })],
    );
  };
  const laoOrgs = `SELECT id FROM organisations WHERE country = 'LA' ORDER BY id`;
  await sample(
    'insert a published profile, with trigger',
    await ids(laoOrgs, WRITE_RUNS, 0),
    insertProfile('a'),
  );
  await db.query('ALTER TABLE profiles DISABLE TRIGGER profiles_indicators_insert_delete');
  await sample(
    'insert a published profile, without trigger',
    await ids(laoOrgs, WRITE_RUNS, 0),
    insertProfile('b'),
  );
  await db.query('ALTER TABLE profiles ENABLE TRIGGER profiles_indicators_insert_delete');

  // Moving a cooperation one stage: the same statements, with and without the rollup maintenance.
  const moveStage = (maintained: boolean) => async (id: string) => {
    await db.transaction(async (tx) => {
      const cooperation = await findCooperation(tx, id, true);
      if (!cooperation) throw new Error('missing cooperation');
      const change = async () => {
        await setStage(tx, id, 'meeting_held', null, new Date());
        await insertStageEvent(tx, {
          cooperationId: id,
          from: cooperation.stage,
          to: 'meeting_held',
          occurredOn: '2026-11-01',
          actorId: null,
          comment: '',
          at: new Date(),
        });
      };
      if (maintained) await maintainingIndicators(tx, [id], change);
      else await change();
    });
  };
  const inContact = `SELECT id FROM cooperations WHERE stage = 'contact' ORDER BY id`;
  await sample(
    'move a cooperation one stage, with rollups',
    await ids(inContact, WRITE_RUNS, 0),
    moveStage(true),
  );
  await sample(
    'move a cooperation one stage, without rollups',
    await ids(inContact, WRITE_RUNS, WRITE_RUNS),
    moveStage(false),
  );

  const recordAgreement = (maintained: boolean) => async (id: string) => {
    await db.transaction(async (tx) => {
      await findCooperation(tx, id, true);
      const change = async () => {
        await insertAgreement(tx, {
          cooperationId: id,
          type: 'licence',
          signedOn: '2026-10-01',
          currency: 'CNY',
          value: 70000,
          ipTerms: '',
          recordedBy: benchUserId,
          at: new Date(),
        });
      };
      if (maintained) await maintainingIndicators(tx, [id], change);
      else await change();
    });
  };
  const signed = `SELECT id FROM cooperations WHERE stage = 'implementation' ORDER BY id`;
  await sample('record an agreement, with rollups', await ids(signed, WRITE_RUNS, 0), recordAgreement(true));
  await sample(
    'record an agreement, without rollups',
    await ids(signed, WRITE_RUNS, WRITE_RUNS),
    recordAgreement(false),
  );
  return stats;
}

function machine(): Record<string, string> {
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  let pgVersion = 'unknown';
  try {
    pgVersion = execSync(`psql ${SERVER}/postgres -Atc "SHOW server_version"`, { encoding: 'utf8' }).trim();
  } catch {
    // psql is optional: the figures do not depend on it.
  }
  return {
    nproc: String(os.availableParallelism()),
    cpu,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    postgres: pgVersion,
    load: os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(', '),
  };
}

function markdown(input: {
  machine: Record<string, string>;
  volumes: Record<string, number>;
  generation: Record<string, number>;
  dashboard: Stat[];
  other: Stat[];
  direct: Stat[];
  writes: Stat[];
  refresh: Stat;
  date: string;
}): string {
  const table = (stats: Stat[]) =>
    [
      '| request | runs | p50 (ms) | p95 (ms) | max (ms) |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...stats.map((s) => `| ${s.name} | ${s.runs} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.max)} |`),
    ].join('\n');
  const pairs: string[] = [];
  for (let i = 0; i + 1 < input.writes.length; i += 2) {
    const withIt = input.writes[i];
    const without = input.writes[i + 1];
    if (!withIt || !without) continue;
    pairs.push(
      `| ${withIt.name.replace(/, with.*$/, '')} | ${ms(without.p50)} / ${ms(without.p95)} | ${ms(withIt.p50)} / ${ms(withIt.p95)} | +${ms(withIt.p50 - without.p50)} |`,
    );
  }
  const worst = Math.max(...input.dashboard.map((s) => s.p95));
  return `# Indicators benchmark

Generated by \`bench/indicators.bench.ts\` on ${input.date}. Command:

\`\`\`
npm run bench:indicators${SCALE === 1 ? '' : ` -- --scale ${SCALE}`}
\`\`\`

Machine: ${input.machine.nproc} cores (${input.machine.cpu}), ${input.machine.memory}, Node ${input.machine.node},
PostgreSQL ${input.machine.postgres} (local, default configuration). The machine was shared with other work
while it ran (load average ${input.machine.load} at the end, on ${input.machine.nproc} cores), so the figures
are pessimistic and noisy; the ratios matter more than the milliseconds.

## Data

Generated with set-based SQL (\`INSERT ... SELECT generate_series(...)\`, every value a function of its row
number) in a dedicated database \`${DB_NAME}\`, dropped at the end.

| table | rows |
| --- | ---: |
${Object.entries(input.volumes)
  .map(([name, n]) => `| ${name} | ${n.toLocaleString('en')} |`)
  .join('\n')}

Generation (seconds): ${Object.entries(input.generation)
    .map(([name, s]) => `${name} ${s.toFixed(1)}`)
    .join(', ')}.

## Dashboard requests

Every request goes through the HTTP app (\`app.inject\`: routing, validation, the SQL, labels, JSON), as an
anonymous reader (the public, suppressed view) with varied filters: a period or none, a country or none, a
sector group or none, a profile kind, an interval. Target: p95 at most 200 ms. Worst p95 here: **${ms(worst)} ms**.

${table(input.dashboard)}

The per-organisation list is the coordinators' detailed view (signed in as the coordinator for Laos, first
page of 100 organisations, varied period and sector). The printable report is not a dashboard request (it
renders every table and, for coordinators, every active organisation of the country); it is shown for scale.

${table(input.other)}

For comparison, the same figures aggregated directly from the records, without the rollups:

${table(input.direct)}

## How the figures stay fast

Every dashboard table reads a monthly rollup instead of the records (see
\`src/db/migrations/0004_cooperations.sql\`):

- \`indicator_profile_months\` (sector group, month, country, kind): kept by a row trigger on \`profiles\`, so
  every writer of profiles keeps it current without knowing about it.
- \`indicator_cooperation_stages\`, \`indicator_stage_moves\`, \`indicator_agreements\`,
  \`indicator_agreement_pairs\`, \`indicator_outcomes\`: kept by the cooperations service in the transaction of
  each change (\`maintainingIndicators\`: what the cooperation contributed before, what it contributes after,
  the difference added in key order). A cooperation with parties in two countries counts under each country
  and under \`'*'\`; every record also counts under its sector group and under \`'*'\`, so any filter is an
  index range scan on the primary key, never a sum over countries that would count a record twice.
- \`indicator_eoi_months\` and \`indicator_meeting_months\` (migration 0007): monthly rollups of the views
  \`indicator_eoi_facts\` (expressions of interest) and \`indicator_meeting_facts\` (meetings held at events),
  materialised views keyed like the others (sector group or \`'*'\`, month, the two countries). They depend on
  records of several modules (meeting attendance, follow-ups, published schedules, registrations), so they
  are refreshed by the job \`indicators.refresh-activity\` every ${ACTIVITY_REFRESH_SECONDS / 60} minutes rather than on each
  write: docking and meeting figures may be that much behind the records.
- \`organisations (country, lower(name), id)\` serves the coordinators' per-organisation pages in name order;
  only the page's organisations are counted.

## Cost of keeping the rollups current

p50 / p95 in ms, ${WRITE_RUNS} writes each, every write its own transaction.

| write | without maintenance | with maintenance | p50 overhead |
| --- | ---: | ---: | ---: |
${pairs.join('\n')}

The docking and meeting rollups are refreshed whole, \`REFRESH MATERIALIZED VIEW CONCURRENTLY\` (readers keep
the previous figures meanwhile), by the job every ${ACTIVITY_REFRESH_SECONDS / 60} minutes; writes to expressions of interest and
meetings pay nothing. One refresh over the data above, 3 runs: p50 ${ms(input.refresh.p50)} ms, max
${ms(input.refresh.max)} ms.

Publishing or inserting a profile pays almost nothing: the trigger updates one rollup row per sector group
of one month. A cooperation write reads what the cooperation contributes to all five rollups before and
after the change (one query each; about 1.5 ms to plan and run on a quiet machine, by EXPLAIN ANALYZE) and
adds the difference, key-ordered, to the rows that moved. That is the overhead above, for writes people
make a few times a day per cooperation. Rebuilding every rollup from the records
(\`rebuildCooperationRollups\`, \`rebuildProfileRollup\`, for repairs) takes the times shown under Data.
`;
}

async function main(): Promise<void> {
  log(`indicators benchmark: scale ${SCALE}, ${RUNS} runs per request, database ${BENCH_URL}`);
  await recreateDatabase();
  let db: Database | null = null;
  try {
    db = await openDatabase({ url: BENCH_URL });
    await migrate(db);
    log('generating data');
    const generation = await generate(db);
    const volumes = await counts(db);
    log(JSON.stringify(volumes));

    const password = 'bench passphrase for the coordinator';
    const coordinatorEmail = 'coordinator-la@corridor.test';
    const coordinatorUser = await insertUser(db, {
      email: coordinatorEmail,
      displayName: 'Coordinator Laos',
      preferredLanguage: 'lo',
      country: 'LA',
      passwordHash: await hashPassword(password),
      emailVerifiedAt: new Date(),
      platformRole: 'coordinator',
      coordinatorCountry: 'LA',
    });
    benchUserId = coordinatorUser.id;

    const config = loadConfig({
      DATABASE_URL: BENCH_URL,
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'http://bench.test',
    });
    const corridor = await createCorridor(config, { db, logger: pino({ level: 'silent' }) });
    await corridor.app.ready();
    const signIn = await corridor.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: coordinatorEmail, password },
    });
    if (signIn.statusCode !== 200) throw new Error(`coordinator sign-in failed: ${signIn.body}`);
    const cookie = signIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

    const request = async (url: string, headers: Record<string, string> = {}) => {
      const start = performance.now();
      const res = await corridor.app.inject({ method: 'GET', url, headers });
      const elapsed = performance.now() - start;
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      return elapsed;
    };

    log('dashboard requests');
    const dashboard: Stat[] = [];
    for (const [index, table] of DASHBOARD_TABLES.entries()) {
      const next = lcg(1000 + index);
      await request(`/api/v1/indicators/${table}`); // warm-up
      const samples: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        samples.push(await request(`/api/v1/indicators/${table}?${filterQuery(next, table)}`));
      }
      dashboard.push(stat(table, samples));
      log(`  ${table}: p50 ${ms(stat(table, samples).p50)} ms, p95 ${ms(stat(table, samples).p95)} ms`);
    }
    const other: Stat[] = [];
    {
      const next = lcg(77);
      const samples: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const params = new URLSearchParams({ limit: '100' });
        if (next(2) === 0) params.set('from', `${2021 + next(5)}-01`);
        if (next(3) === 0) params.set('sector', SECTOR_GROUPS[next(SECTOR_GROUPS.length)] ?? 'green');
        samples.push(await request(`/api/v1/indicators/organisations?${params}`, { cookie }));
      }
      other.push(stat('organisations (coordinator, Laos, first page)', samples));
      const reportRuns = Math.max(5, Math.round(RUNS / 6));
      const publicReport: number[] = [];
      const coordinatorReport: number[] = [];
      for (let run = 0; run < reportRuns; run += 1) {
        publicReport.push(await request('/api/v1/indicators/report.html?country=TH&from=2026-01&to=2026-12'));
        coordinatorReport.push(
          await request('/api/v1/indicators/report.html?country=LA&from=2026-01&to=2026-12', { cookie }),
        );
      }
      other.push(stat('report.html, public, Thailand, 2026', publicReport));
      other.push(stat('report.html, coordinator, Laos, 2026 (lists organisations)', coordinatorReport));
      for (const s of other) log(`  ${s.name}: p50 ${ms(s.p50)} ms, p95 ${ms(s.p95)} ms`);
    }

    log('direct aggregation, for comparison');
    const direct: Stat[] = [];
    const directQueries: Array<[string, string]> = [
      [
        'agreements by type, from the records',
        `SELECT type, count(*), sum(usd_value) FROM cooperation_agreements GROUP BY type`,
      ],
      [
        'cooperations by stage with a party in Laos, from the records',
        `SELECT stage, count(*) FROM cooperations c WHERE EXISTS (SELECT 1 FROM cooperation_parties p
           WHERE p.cooperation_id = c.id AND p.country = 'LA') GROUP BY stage`,
      ],
      [
        'published profiles by month, country and kind, from the records',
        `SELECT date_trunc('month', published_at), country, kind, count(*) FROM profiles
         WHERE published_at IS NOT NULL GROUP BY 1, 2, 3`,
      ],
    ];
    for (const [name, sql] of directQueries) {
      const samples: number[] = [];
      for (let run = 0; run < 5; run += 1) {
        const start = performance.now();
        await db.query(sql);
        samples.push(performance.now() - start);
      }
      direct.push(stat(name, samples));
      log(`  ${name}: p50 ${ms(stat(name, samples).p50)} ms`);
    }

    log('write overhead');
    const writes = await measureWrites(db);
    for (const s of writes) log(`  ${s.name}: p50 ${ms(s.p50)} ms, p95 ${ms(s.p95)} ms`);
    // The docking and meeting rollups are refreshed by a job, not on each write: its cost per run.
    const refreshSamples: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const start = performance.now();
      await refreshActivityRollups(db);
      refreshSamples.push(performance.now() - start);
    }
    const refresh = stat('refresh docking and meeting rollups (CONCURRENTLY)', refreshSamples);
    log(`  ${refresh.name}: p50 ${ms(refresh.p50)} ms, max ${ms(refresh.max)} ms`);

    await corridor.close();
    const doc = markdown({
      machine: machine(),
      volumes,
      generation,
      dashboard,
      other,
      direct,
      writes,
      refresh,
      date: new Date().toISOString().slice(0, 10),
    });
    if (WRITE_DOC) {
      const target = path.join(
        path.dirname(fileURLToPath(import.meta.url)),
        '..',
        'docs',
        'bench',
        'indicators.md',
      );
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, doc);
      log(`wrote ${target}`);
    } else {
      log(doc);
    }
  } finally {
    await db?.close();
    if (KEEP) log(`kept database ${DB_NAME}`);
    else await dropDatabase();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
