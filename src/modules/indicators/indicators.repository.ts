import type { Queryable } from '../../db/database.js';
import type { MultilingualText } from '../../domain/vocabulary.js';

/*
 * SQL of the indicators: the monthly rollups' maintenance (what each cooperation contributes to them)
 * and the dashboard queries that read them. The rollup tables are described in
 * src/db/migrations/0004_cooperations.sql.
 */

/** A rollup kept by the cooperations service: its key columns, counted measures and money measures. */
export interface RollupSpec {
  table: string;
  keys: ReadonlyArray<{ name: string; type: 'text' | 'date' }>;
  /** Integer measures. */
  counts: readonly string[];
  /** numeric(…, 2) measures, exchanged with the database as whole cents so sums stay exact. */
  cents: readonly string[];
  /** SELECT of the keys, counts and cents (as text) contributed by the cooperations in CTE `c`. */
  contribution: string;
}

/**
 * The cooperations in scope (`WHERE` given by the caller) with their sector group, their distinct
 * party countries (pc), the country keys they count under (k: each country and '*') and the sector
 * keys (s: their group and '*').
 */
function scopeCte(where: string): string {
  return `WITH c AS (
      SELECT c.id, c.stage, c.opened_on, COALESCE(split_part(c.sector, '.', 1), '') AS g
      FROM cooperations c ${where}
    ),
    pc AS (SELECT DISTINCT p.cooperation_id AS id, p.country FROM cooperation_parties p JOIN c ON c.id = p.cooperation_id),
    k AS (SELECT id, country FROM pc UNION ALL SELECT id, '*' FROM c),
    s AS (SELECT id, g AS sector_group FROM c UNION ALL SELECT id, '*' FROM c),
    pairs AS (
      SELECT x.id, x.country AS country_a, y.country AS country_b FROM pc x JOIN pc y ON y.id = x.id AND x.country < y.country
      UNION ALL
      SELECT id, min(country), min(country) FROM pc GROUP BY id HAVING count(*) = 1
    )`;
}

const MONTH = (column: string) => `date_trunc('month', ${column}::timestamp)::date`;

export const COOPERATION_ROLLUPS: readonly RollupSpec[] = [
  {
    table: 'indicator_cooperation_stages',
    keys: [
      { name: 'country', type: 'text' },
      { name: 'sector_group', type: 'text' },
      { name: 'month', type: 'date' },
      { name: 'stage', type: 'text' },
    ],
    counts: ['cooperations'],
    cents: [],
    contribution: `SELECT k.country, s.sector_group, ${MONTH('c.opened_on')} AS month, c.stage,
        count(*)::int AS cooperations
      FROM c JOIN k ON k.id = c.id JOIN s ON s.id = c.id GROUP BY 1, 2, 3, 4`,
  },
  {
    table: 'indicator_stage_moves',
    keys: [
      { name: 'country', type: 'text' },
      { name: 'sector_group', type: 'text' },
      { name: 'month', type: 'date' },
      { name: 'stage', type: 'text' },
    ],
    counts: ['moves'],
    cents: [],
    contribution: `SELECT k.country, s.sector_group, ${MONTH('e.occurred_on')} AS month, e.to_stage AS stage,
        count(*)::int AS moves
      FROM c JOIN k ON k.id = c.id JOIN s ON s.id = c.id
      JOIN cooperation_stage_events e ON e.cooperation_id = c.id GROUP BY 1, 2, 3, 4`,
  },
  {
    table: 'indicator_agreements',
    keys: [
      { name: 'country', type: 'text' },
      { name: 'sector_group', type: 'text' },
      { name: 'month', type: 'date' },
      { name: 'type', type: 'text' },
    ],
    counts: ['agreements', 'without_usd'],
    cents: ['usd_total'],
    contribution: `SELECT k.country, s.sector_group, ${MONTH('a.signed_on')} AS month, a.type,
        count(*)::int AS agreements,
        count(*) FILTER (WHERE a.value IS NOT NULL AND a.usd_value IS NULL)::int AS without_usd,
        (COALESCE(sum(a.usd_value), 0) * 100)::bigint::text AS usd_total
      FROM c JOIN k ON k.id = c.id JOIN s ON s.id = c.id
      JOIN cooperation_agreements a ON a.cooperation_id = c.id GROUP BY 1, 2, 3, 4`,
  },
  {
    table: 'indicator_agreement_pairs',
    keys: [
      { name: 'sector_group', type: 'text' },
      { name: 'month', type: 'date' },
      { name: 'country_a', type: 'text' },
      { name: 'country_b', type: 'text' },
      { name: 'type', type: 'text' },
    ],
    counts: ['agreements'],
    cents: ['usd_total'],
    contribution: `SELECT s.sector_group, ${MONTH('a.signed_on')} AS month, pairs.country_a, pairs.country_b, a.type,
        count(*)::int AS agreements, (COALESCE(sum(a.usd_value), 0) * 100)::bigint::text AS usd_total
      FROM c JOIN s ON s.id = c.id JOIN pairs ON pairs.id = c.id
      JOIN cooperation_agreements a ON a.cooperation_id = c.id GROUP BY 1, 2, 3, 4, 5`,
  },
  {
    table: 'indicator_outcomes',
    keys: [
      { name: 'country', type: 'text' },
      { name: 'sector_group', type: 'text' },
      { name: 'month', type: 'date' },
      { name: 'metric', type: 'text' },
    ],
    counts: ['reports'],
    cents: ['total'],
    contribution: `SELECT k.country, s.sector_group, ${MONTH('o.reported_on')} AS month, o.metric,
        count(*)::int AS reports, (sum(o.value) * 100)::bigint::text AS total
      FROM c JOIN k ON k.id = c.id JOIN s ON s.id = c.id
      JOIN cooperation_outcomes o ON o.cooperation_id = c.id GROUP BY 1, 2, 3, 4`,
  },
];

/** One contribution row: key values (text, dates as 'YYYY-MM-DD'), counts (numbers), cents (text). */
export type ContributionRow = Record<string, string | number>;

/**
 * What the given cooperations contribute to every rollup now, in the order of COOPERATION_ROLLUPS: one
 * round trip (each rollup's rows as a JSON array) since it runs twice in every write.
 */
export async function readContributions(
  db: Queryable,
  cooperationIds: readonly string[],
): Promise<ContributionRow[][]> {
  if (cooperationIds.length === 0) return COOPERATION_ROLLUPS.map(() => []);
  const columns = COOPERATION_ROLLUPS.map(
    (spec, i) => `(SELECT COALESCE(json_agg(x), '[]'::json) FROM (${spec.contribution}) x) AS r${i}`,
  );
  const { rows } = await db.query<Record<string, ContributionRow[]>>(
    `${scopeCte('WHERE c.id = ANY($1::uuid[])')} SELECT ${columns.join(', ')}`,
    [cooperationIds],
  );
  const row = rows[0];
  return COOPERATION_ROLLUPS.map((_, i) => row?.[`r${i}`] ?? []);
}

/** Adds `rows` (differences) to the rollup, in key order so concurrent writers lock rows in the same order. */
export async function addToRollup(
  db: Queryable,
  spec: RollupSpec,
  rows: readonly ContributionRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = [
    ...spec.keys.map((k) => ({ name: k.name, type: `${k.type}[]` })),
    ...spec.counts.map((name) => ({ name, type: 'int[]' })),
    ...spec.cents.map((name) => ({ name, type: 'numeric[]' })),
  ];
  const params = columns.map((column) => rows.map((row) => row[column.name] ?? null));
  const keyNames = spec.keys.map((k) => k.name);
  const select = [...keyNames, ...spec.counts, ...spec.cents.map((name) => `${name} / 100`)].join(', ');
  const updates = [...spec.counts, ...spec.cents].map((name) => `${name} = t.${name} + EXCLUDED.${name}`);
  await db.query(
    `INSERT INTO ${spec.table} AS t (${columns.map((c) => c.name).join(', ')})
     SELECT ${select} FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}`).join(', ')})
       AS d (${columns.map((c) => c.name).join(', ')})
     ORDER BY ${keyNames.join(', ')}
     ON CONFLICT (${keyNames.join(', ')}) DO UPDATE SET ${updates.join(', ')}`,
    params,
  );
}

/** Recomputes every cooperation rollup from the records (after a bulk load or a repair). */
export async function rebuildCooperationRollups(db: Queryable): Promise<void> {
  for (const spec of COOPERATION_ROLLUPS) {
    const columns = [...spec.keys.map((k) => k.name), ...spec.counts, ...spec.cents];
    const select = [
      ...spec.keys.map((k) => k.name),
      ...spec.counts,
      ...spec.cents.map((n) => `${n}::numeric / 100`),
    ];
    await db.query(`DELETE FROM ${spec.table}`);
    await db.query(
      `INSERT INTO ${spec.table} (${columns.join(', ')})
       SELECT ${select.join(', ')} FROM (${scopeCte('')} ${spec.contribution}) x`,
    );
  }
}

/** Recomputes the profile rollup (normally kept by a trigger on profiles). */
export async function rebuildProfileRollup(db: Queryable): Promise<void> {
  await db.query('DELETE FROM indicator_profile_months');
  await db.query(
    `INSERT INTO indicator_profile_months (sector_group, month, country, kind, profiles)
     SELECT g.sector_group, date_trunc('month', p.published_at AT TIME ZONE 'UTC')::date, p.country, p.kind, count(*)
     FROM profiles p
     CROSS JOIN LATERAL (SELECT '*' AS sector_group UNION SELECT split_part(s, '.', 1) FROM unnest(p.sectors) s) g
     WHERE p.published_at IS NOT NULL
     GROUP BY 1, 2, 3, 4`,
  );
}

/**
 * The filters of a dashboard query, resolved: months as 'YYYY-MM-01' (inclusive), the end as the
 * first day after the period, and '*' for "every country" or "every sector group".
 */
export interface RollupFilter {
  fromMonth: string;
  toMonth: string;
  endExclusive: string;
  country: string;
  sector: string;
}

export async function profilesByMonth(
  db: Queryable,
  f: RollupFilter,
  kind: string | null,
): Promise<Array<{ month: string; country: string; kind: string; profiles: number }>> {
  const { rows } = await db.query<{ month: string; country: string; kind: string; profiles: number }>(
    `SELECT to_char(month, 'YYYY-MM') AS month, country, kind, sum(profiles)::int AS profiles
     FROM indicator_profile_months
     WHERE sector_group = $1 AND month BETWEEN $2 AND $3 AND ($4::text = '*' OR country = $4) AND ($5::text IS NULL OR kind = $5)
     GROUP BY 1, 2, 3 HAVING sum(profiles) > 0 ORDER BY 1, 2, 3`,
    [f.sector, f.fromMonth, f.toMonth, f.country, kind],
  );
  return rows;
}

export async function profilesBySector(
  db: Queryable,
  f: RollupFilter,
  kind: string | null,
): Promise<Array<{ sector: string; profiles: number }>> {
  const { rows } = await db.query<{ sector: string; profiles: number }>(
    `SELECT sector_group AS sector, sum(profiles)::int AS profiles
     FROM indicator_profile_months
     WHERE sector_group <> '*' AND ($1::text = '*' OR sector_group = $1) AND month BETWEEN $2 AND $3
       AND ($4::text = '*' OR country = $4) AND ($5::text IS NULL OR kind = $5)
     GROUP BY 1 HAVING sum(profiles) > 0 ORDER BY 2 DESC, 1`,
    [f.sector, f.fromMonth, f.toMonth, f.country, kind],
  );
  return rows;
}

export async function cooperationsByStage(
  db: Queryable,
  f: RollupFilter,
): Promise<Array<{ stage: string; cooperations: number }>> {
  const { rows } = await db.query<{ stage: string; cooperations: number }>(
    `SELECT stage, sum(cooperations)::int AS cooperations FROM indicator_cooperation_stages
     WHERE country = $1 AND sector_group = $2 AND month BETWEEN $3 AND $4
     GROUP BY 1 HAVING sum(cooperations) > 0`,
    [f.country, f.sector, f.fromMonth, f.toMonth],
  );
  return rows;
}

export async function stageMovesByMonth(
  db: Queryable,
  f: RollupFilter,
): Promise<Array<{ month: string; stage: string; moves: number }>> {
  const { rows } = await db.query<{ month: string; stage: string; moves: number }>(
    `SELECT to_char(month, 'YYYY-MM') AS month, stage, sum(moves)::int AS moves FROM indicator_stage_moves
     WHERE country = $1 AND sector_group = $2 AND month BETWEEN $3 AND $4
     GROUP BY 1, 2 HAVING sum(moves) > 0 ORDER BY 1, 2`,
    [f.country, f.sector, f.fromMonth, f.toMonth],
  );
  return rows;
}

export async function agreementsByType(
  db: Queryable,
  f: RollupFilter,
): Promise<Array<{ type: string; agreements: number; usdTotal: number; withoutUsd: number }>> {
  const { rows } = await db.query<{ type: string; agreements: number; usdTotal: number; withoutUsd: number }>(
    `SELECT type, sum(agreements)::int AS agreements, sum(usd_total) AS "usdTotal", sum(without_usd)::int AS "withoutUsd"
     FROM indicator_agreements
     WHERE country = $1 AND sector_group = $2 AND month BETWEEN $3 AND $4
     GROUP BY 1 HAVING sum(agreements) > 0 ORDER BY 2 DESC, 1`,
    [f.country, f.sector, f.fromMonth, f.toMonth],
  );
  return rows;
}

export async function agreementsByCountryPair(
  db: Queryable,
  f: RollupFilter,
): Promise<Array<{ countryA: string; countryB: string; agreements: number; usdTotal: number }>> {
  const { rows } = await db.query<{
    countryA: string;
    countryB: string;
    agreements: number;
    usdTotal: number;
  }>(
    `SELECT country_a AS "countryA", country_b AS "countryB", sum(agreements)::int AS agreements,
       sum(usd_total) AS "usdTotal"
     FROM indicator_agreement_pairs
     WHERE sector_group = $1 AND month BETWEEN $2 AND $3 AND ($4::text = '*' OR country_a = $4 OR country_b = $4)
     GROUP BY 1, 2 HAVING sum(agreements) > 0 ORDER BY 1, 2`,
    [f.sector, f.fromMonth, f.toMonth, f.country],
  );
  return rows;
}

export async function agreementValueByPeriod(
  db: Queryable,
  f: RollupFilter,
  interval: 'month' | 'quarter' | 'year',
): Promise<Array<{ periodStart: string; agreements: number; usdTotal: number; withoutUsd: number }>> {
  const { rows } = await db.query<{
    periodStart: string;
    agreements: number;
    usdTotal: number;
    withoutUsd: number;
  }>(
    `SELECT date_trunc($5::text, month::timestamp)::date AS "periodStart", sum(agreements)::int AS agreements,
       sum(usd_total) AS "usdTotal", sum(without_usd)::int AS "withoutUsd"
     FROM indicator_agreements
     WHERE country = $1 AND sector_group = $2 AND month BETWEEN $3 AND $4
     GROUP BY 1 HAVING sum(agreements) > 0 ORDER BY 1`,
    [f.country, f.sector, f.fromMonth, f.toMonth, interval],
  );
  return rows;
}

export async function outcomeTotals(
  db: Queryable,
  f: RollupFilter,
): Promise<Array<{ metric: string; reports: number; total: number }>> {
  const { rows } = await db.query<{ metric: string; reports: number; total: number }>(
    `SELECT metric, sum(reports)::int AS reports, sum(total) AS total FROM indicator_outcomes
     WHERE country = $1 AND sector_group = $2 AND month BETWEEN $3 AND $4
     GROUP BY 1 HAVING sum(reports) > 0`,
    [f.country, f.sector, f.fromMonth, f.toMonth],
  );
  return rows;
}

/** Outcomes by the month they were reported in, per metric: the outcomes over time. */
export async function outcomesByMonth(
  db: Queryable,
  f: RollupFilter,
): Promise<Array<{ month: string; metric: string; reports: number; total: number }>> {
  const { rows } = await db.query<{ month: string; metric: string; reports: number; total: number }>(
    `SELECT to_char(month, 'YYYY-MM') AS month, metric, sum(reports)::int AS reports, sum(total) AS total
     FROM indicator_outcomes
     WHERE country = $1 AND sector_group = $2 AND month BETWEEN $3 AND $4
     GROUP BY 1, 2 HAVING sum(reports) > 0 ORDER BY 1, 2`,
    [f.country, f.sector, f.fromMonth, f.toMonth],
  );
  return rows;
}

export interface CountryCounts {
  organisations: Map<string, number>;
  publishedProfiles: Map<string, number>;
  cooperations: Map<string, number>;
  agreements: Map<string, number>;
  /** Meetings held with a participant from the country; null when the meeting records are not kept. */
  meetings: Map<string, number> | null;
}

/** Per-country counts for the map; the country filter does not apply (every country is a row). */
export async function countsByCountry(db: Queryable, f: RollupFilter): Promise<CountryCounts> {
  type Row = { country: string; n: number };
  const toMap = (rows: Row[]) => new Map(rows.map((r) => [r.country, r.n]));
  const organisations = await db.query<Row>(
    'SELECT country, count(*)::int AS n FROM organisations WHERE created_at < $1::date GROUP BY 1',
    [f.endExclusive],
  );
  const profiles = await db.query<Row>(
    `SELECT country, sum(profiles)::int AS n FROM indicator_profile_months
     WHERE sector_group = $1 AND month BETWEEN $2 AND $3 GROUP BY 1`,
    [f.sector, f.fromMonth, f.toMonth],
  );
  const cooperations = await db.query<Row>(
    `SELECT country, sum(cooperations)::int AS n FROM indicator_cooperation_stages
     WHERE country <> '*' AND sector_group = $1 AND month BETWEEN $2 AND $3 GROUP BY 1`,
    [f.sector, f.fromMonth, f.toMonth],
  );
  const agreements = await db.query<Row>(
    `SELECT country, sum(agreements)::int AS n FROM indicator_agreements
     WHERE country <> '*' AND sector_group = $1 AND month BETWEEN $2 AND $3 GROUP BY 1`,
    [f.sector, f.fromMonth, f.toMonth],
  );
  // A meeting between two participants of one country counts once for it.
  const meetings = (await relationExists(db, MEETING_MONTHS_ROLLUP))
    ? await db.query<Row>(
        `SELECT x.country, sum(m.meetings)::int AS n
         FROM ${MEETING_MONTHS_ROLLUP} m CROSS JOIN LATERAL (
           SELECT m.country_a AS country UNION SELECT m.country_b
         ) x
         WHERE m.sector_group = $1 AND m.month BETWEEN $2 AND $3
         GROUP BY 1`,
        [f.sector, f.fromMonth, f.toMonth],
      )
    : null;
  return {
    organisations: toMap(organisations.rows),
    publishedProfiles: toMap(profiles.rows),
    cooperations: toMap(cooperations.rows),
    agreements: toMap(agreements.rows),
    meetings: meetings ? toMap(meetings.rows) : null,
  };
}

export interface OrganisationIndicatorRow {
  id: string;
  slug: string;
  name: MultilingualText;
  sortKey: string;
  publishedProfiles: number;
  cooperations: number;
  agreements: number;
  usdTotal: number;
}

/** Per-organisation figures for one country, by name, one page after the cursor (coordinators' view). */
export async function organisationFigures(
  db: Queryable,
  f: RollupFilter,
  after: { key: string; id: string } | null,
  limit: number,
): Promise<OrganisationIndicatorRow[]> {
  const sortKey = `lower(COALESCE(o.name->>'en', o.slug))`;
  const params: unknown[] = [
    f.country,
    f.fromMonth,
    f.endExclusive,
    f.sector === '*' ? null : f.sector,
    limit,
  ];
  let cursor = '';
  if (after) {
    params.push(after.key, after.id);
    cursor = `AND (${sortKey}, o.id) > ($6, $7::uuid)`;
  }
  // The page of organisations is picked first (an index scan in name order), then only its rows
  // are counted: counting every organisation of the country before the LIMIT would not scale.
  const { rows } = await db.query<OrganisationIndicatorRow>(
    `WITH page AS (
       SELECT o.id, o.slug, o.name, ${sortKey} AS "sortKey" FROM organisations o
       WHERE o.country = $1 ${cursor} ORDER BY ${sortKey}, o.id LIMIT $5
     )
     SELECT page.id, page.slug, page.name, page."sortKey",
       (SELECT count(*)::int FROM profiles p WHERE p.organisation_id = page.id
          AND p.published_at >= $2::date AND p.published_at < $3::date
          AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM unnest(p.sectors) s WHERE split_part(s, '.', 1) = $4))
       ) AS "publishedProfiles",
       (SELECT count(*)::int FROM cooperation_parties cp JOIN cooperations c ON c.id = cp.cooperation_id
          WHERE cp.organisation_id = page.id AND c.opened_on >= $2::date AND c.opened_on < $3::date
            AND ($4::text IS NULL OR split_part(c.sector, '.', 1) = $4)
       ) AS cooperations,
       a.agreements, a.usd_total AS "usdTotal"
     FROM page
     CROSS JOIN LATERAL (
       SELECT count(*)::int AS agreements, COALESCE(sum(ag.usd_value), 0) AS usd_total
       FROM cooperation_parties cp JOIN cooperations c ON c.id = cp.cooperation_id
       JOIN cooperation_agreements ag ON ag.cooperation_id = c.id
       WHERE cp.organisation_id = page.id AND ag.signed_on >= $2::date AND ag.signed_on < $3::date
         AND ($4::text IS NULL OR split_part(c.sector, '.', 1) = $4)
     ) a
     ORDER BY page."sortKey", page.id`,
    params,
  );
  return rows;
}

/**
 * The organisations of a country with any activity in the period (a published profile, a cooperation
 * opened or an agreement signed), in name order: counted set-based for the whole country at once, for
 * the report, where paging organisation by organisation would read thousands of them.
 */
export async function activeOrganisationFigures(
  db: Queryable,
  f: RollupFilter,
  limit: number,
): Promise<OrganisationIndicatorRow[]> {
  const { rows } = await db.query<OrganisationIndicatorRow>(
    `WITH prof AS (
       SELECT p.organisation_id AS id, count(*)::int AS n FROM profiles p
       WHERE p.country = $1 AND p.published_at >= $2::date AND p.published_at < $3::date
         AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM unnest(p.sectors) s WHERE split_part(s, '.', 1) = $4))
       GROUP BY 1
     ), coop AS (
       SELECT cp.organisation_id AS id, count(*)::int AS n
       FROM cooperation_parties cp JOIN cooperations c ON c.id = cp.cooperation_id
       JOIN organisations o ON o.id = cp.organisation_id AND o.country = $1
       WHERE c.opened_on >= $2::date AND c.opened_on < $3::date AND ($4::text IS NULL OR split_part(c.sector, '.', 1) = $4)
       GROUP BY 1
     ), agr AS (
       SELECT cp.organisation_id AS id, count(*)::int AS n, COALESCE(sum(ag.usd_value), 0) AS usd
       FROM cooperation_parties cp JOIN cooperations c ON c.id = cp.cooperation_id
       JOIN cooperation_agreements ag ON ag.cooperation_id = c.id
       JOIN organisations o ON o.id = cp.organisation_id AND o.country = $1
       WHERE ag.signed_on >= $2::date AND ag.signed_on < $3::date AND ($4::text IS NULL OR split_part(c.sector, '.', 1) = $4)
       GROUP BY 1
     ), active AS (SELECT id FROM prof UNION SELECT id FROM coop UNION SELECT id FROM agr)
     SELECT o.id, o.slug, o.name, lower(COALESCE(o.name->>'en', o.slug)) AS "sortKey",
       COALESCE(prof.n, 0) AS "publishedProfiles", COALESCE(coop.n, 0) AS cooperations,
       COALESCE(agr.n, 0) AS agreements, COALESCE(agr.usd, 0) AS "usdTotal"
     FROM active JOIN organisations o ON o.id = active.id AND o.country = $1
     LEFT JOIN prof ON prof.id = o.id LEFT JOIN coop ON coop.id = o.id LEFT JOIN agr ON agr.id = o.id
     ORDER BY 4, o.id LIMIT $5`,
    [f.country, f.fromMonth, f.endExclusive, f.sector === '*' ? null : f.sector, limit],
  );
  return rows;
}

/**
 * Whether a relation exists. The docking and meeting figures come from the records of the
 * expressions-of-interest and events modules, through views and rollups defined by migrations 0006 and
 * 0007 (see docs/cooperations.md); a database without them answers "not available".
 */
export async function relationExists(db: Queryable, name: string): Promise<boolean> {
  const { rows } = await db.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [
    name,
  ]);
  return rows[0]?.present ?? false;
}

/**
 * Monthly rollups of the views `indicator_eoi_facts` (one row per expression of interest, migration
 * 0006) and `indicator_meeting_facts` (one row per meeting held, migration 0007); the dashboard reads these.
 */
export const EOI_MONTHS_ROLLUP = 'indicator_eoi_months';
export const MEETING_MONTHS_ROLLUP = 'indicator_meeting_months';

/**
 * Recomputes the docking and meeting rollups from their views. CONCURRENTLY: readers keep the previous
 * figures until the new ones are in. Run by the job `indicators.refresh-activity`.
 */
export async function refreshActivityRollups(db: Queryable): Promise<void> {
  await db.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY ${EOI_MONTHS_ROLLUP}`);
  await db.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY ${MEETING_MONTHS_ROLLUP}`);
}

export async function dockingByMonth(
  db: Queryable,
  f: RollupFilter,
): Promise<
  Array<{
    month: string;
    expressions: number;
    answered: number;
    accepted: number;
    avgDaysToFirstAnswer: number | null;
  }>
> {
  const { rows } = await db.query<{
    month: string;
    expressions: number;
    answered: number;
    accepted: number;
    avgDaysToFirstAnswer: number | null;
  }>(
    `SELECT to_char(month, 'YYYY-MM') AS month, sum(expressions)::int AS expressions,
       sum(answered)::int AS answered, sum(accepted)::int AS accepted,
       round(sum(answer_days)::numeric / NULLIF(sum(answered), 0), 1)::float8 AS "avgDaysToFirstAnswer"
     FROM ${EOI_MONTHS_ROLLUP}
     WHERE sector_group = $4 AND month BETWEEN $1 AND $2
       AND ($3::text = '*' OR profile_country = $3 OR sender_country = $3)
     GROUP BY 1 HAVING sum(expressions) > 0 ORDER BY 1`,
    [f.fromMonth, f.toMonth, f.country, f.sector],
  );
  return rows;
}

export async function meetingsByMonth(
  db: Queryable,
  f: RollupFilter,
): Promise<Array<{ month: string; meetings: number }>> {
  const { rows } = await db.query<{ month: string; meetings: number }>(
    `SELECT to_char(month, 'YYYY-MM') AS month, sum(meetings)::int AS meetings
     FROM ${MEETING_MONTHS_ROLLUP}
     WHERE sector_group = $4 AND month BETWEEN $1 AND $2 AND ($3::text = '*' OR country_a = $3 OR country_b = $3)
     GROUP BY 1 HAVING sum(meetings) > 0 ORDER BY 1`,
    [f.fromMonth, f.toMonth, f.country, f.sector],
  );
  return rows;
}

export interface KeyFigures {
  publishedProfiles: number;
  cooperations: number;
  agreements: number;
  usdTotal: number;
}

/** The headline figures of a report: each record once, whatever its countries and sectors. */
export async function keyFigures(db: Queryable, f: RollupFilter): Promise<KeyFigures> {
  const { rows } = await db.query<KeyFigures>(
    `SELECT
       (SELECT COALESCE(sum(profiles), 0)::int FROM indicator_profile_months
         WHERE sector_group = $2 AND month BETWEEN $3 AND $4 AND ($1::text = '*' OR country = $1)) AS "publishedProfiles",
       (SELECT COALESCE(sum(cooperations), 0)::int FROM indicator_cooperation_stages
         WHERE country = $1 AND sector_group = $2 AND month BETWEEN $3 AND $4) AS cooperations,
       (SELECT COALESCE(sum(agreements), 0)::int FROM indicator_agreements
         WHERE country = $1 AND sector_group = $2 AND month BETWEEN $3 AND $4) AS agreements,
       (SELECT COALESCE(sum(usd_total), 0) FROM indicator_agreements
         WHERE country = $1 AND sector_group = $2 AND month BETWEEN $3 AND $4) AS "usdTotal"`,
    [f.country, f.sector, f.fromMonth, f.toMonth],
  );
  return rows[0] ?? { publishedProfiles: 0, cooperations: 0, agreements: 0, usdTotal: 0 };
}
