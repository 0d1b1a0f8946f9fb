import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/platform/clock.js';
import { laoPotashRequest, organisationWithAdmin } from './support/fixtures.js';
import { startTestCorridor, type TestClient, type TestCorridor } from './support/harness.js';

/**
 * The indicators through the HTTP API, against the same data counted directly in SQL: the figures a
 * ministry reads must be the records, whatever rollups sit in between.
 */
let t: TestCorridor;
const NOW = new Date('2026-11-21T08:00:00Z');
const clock = new ManualClock(NOW);
let platformAdmin: TestClient;
const coordinators: Partial<Record<string, TestClient>> = {};
const parties: Record<string, { client: TestClient; orgId: string }> = {};

type Row = Record<string, string | number | null>;

async function publishProfile(
  country: string,
  kind: string,
  sectors: string[],
  month: string,
): Promise<void> {
  clock.set(new Date(`${month}-05T09:00:00Z`));
  const party = parties[country];
  const coordinator = coordinators[country];
  if (!party || !coordinator) throw new Error(`no party in ${country}`);
  const id = (
    await party.client.post('/api/v1/opportunities', { ...laoPotashRequest(party.orgId), kind, sectors })
  ).json().id;
  await party.client.post(`/api/v1/opportunities/${id}/submit`);
  const res = await coordinator.post(`/api/v1/opportunities/${id}/review`, { decision: 'approve' });
  // Back to the present, where the test sessions are valid.
  clock.set(NOW);
  if (res.json().status !== 'published') throw new Error(res.body);
}

interface CooperationPlan {
  countries: string[];
  openedOn: string;
  sector?: string;
  stages: string[];
  agreement?: { type: string; signedOn: string; value?: { amount: number; currency: string } };
  outcomes?: Array<{ metric: string; value: number; reportedOn: string }>;
  closedReason?: string;
}

async function cooperation(plan: CooperationPlan): Promise<string> {
  const [first] = plan.countries;
  const opener = parties[first ?? ''];
  if (!opener) throw new Error('no opener');
  const res = await opener.client.post('/api/v1/cooperations', {
    title: { en: `Cooperation ${plan.countries.join('-')} ${plan.openedOn}` },
    organisationIds: plan.countries.map((c) => parties[c]?.orgId),
    openedOn: plan.openedOn,
    ...(plan.sector ? { sector: plan.sector } : {}),
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  const id = res.json().id as string;
  for (const to of plan.stages) {
    const body: Record<string, unknown> = { to, occurredOn: plan.agreement?.signedOn ?? plan.openedOn };
    if (to === 'agreement_signed') body.agreement = plan.agreement;
    if (to === 'closed_without_agreement') body.closedReason = plan.closedReason ?? 'other';
    const moved = await opener.client.post(`/api/v1/cooperations/${id}/stage`, body);
    if (moved.statusCode !== 200) throw new Error(moved.body);
  }
  for (const outcome of plan.outcomes ?? []) {
    const reported = await opener.client.post(`/api/v1/cooperations/${id}/outcomes`, outcome);
    if (reported.statusCode !== 201) throw new Error(reported.body);
  }
  return id;
}

async function table(
  client: TestClient,
  name: string,
  query = '',
): Promise<{ rows: Row[]; [key: string]: unknown }> {
  const res = await client.get(`/api/v1/indicators/${name}${query ? `?${query}` : ''}`);
  if (res.statusCode !== 200) throw new Error(`${name}: ${res.body}`);
  return res.json();
}

async function sql<R>(text: string, params: unknown[] = []): Promise<R[]> {
  return (await t.ctx.db.query<R>(text, params)).rows;
}

/** Rows as sorted "a|b|n" strings, so tables compare regardless of order and number formatting. */
function keyed(rows: Row[], columns: string[]): string[] {
  return rows
    .map((row) =>
      columns.map((c) => (typeof row[c] === 'number' ? Number(row[c]).toFixed(2) : String(row[c]))).join('|'),
    )
    .sort();
}

beforeAll(async () => {
  t = await startTestCorridor({ clock });
  platformAdmin = (await t.user({ platformRole: 'administrator' })).client;
  for (const country of ['LA', 'CN', 'TH', 'VN', 'KH'] as const) {
    const { admin, org } = await organisationWithAdmin(t, country, `Indicator org ${country}`);
    parties[country] = { client: admin.client, orgId: org.id };
    coordinators[country] = (
      await t.user({ platformRole: 'coordinator', coordinatorCountry: country })
    ).client;
  }
  await publishProfile(
    'LA',
    'technology_request',
    ['agrifood.fertilisers', 'mining.minerals_processing'],
    '2026-01',
  );
  await publishProfile('LA', 'technology_offer', ['green.clean_energy'], '2026-01');
  await publishProfile('CN', 'technology_offer', ['agrifood.fertilisers'], '2026-02');
  await publishProfile('TH', 'business_offer', ['green.clean_energy', 'green.water_resources'], '2026-02');
  await publishProfile('VN', 'rd_request', ['health.traditional_medicine'], '2026-03');
  await platformAdmin.put('/api/v1/admin/exchange-rates/CNY/2026-01-01', { unitsPerUsd: 7.2 });
  await platformAdmin.put('/api/v1/admin/exchange-rates/THB/2026-01-01', { unitsPerUsd: 36 });
  const signed = ['meeting_held', 'negotiation', 'agreement_signed'];
  await cooperation({
    countries: ['LA', 'CN'],
    openedOn: '2026-02-10',
    sector: 'agrifood.fertilisers',
    stages: [...signed, 'implementation'],
    agreement: { type: 'licence', signedOn: '2026-04-01', value: { amount: 720000, currency: 'CNY' } },
    outcomes: [
      { metric: 'jobs_created', value: 30, reportedOn: '2026-09-01' },
      { metric: 'revenue_usd', value: 125000.5, reportedOn: '2026-10-01' },
    ],
  });
  await cooperation({
    countries: ['LA', 'CN'],
    openedOn: '2026-03-01',
    sector: 'agrifood',
    stages: signed,
    agreement: { type: 'licence', signedOn: '2026-05-01', value: { amount: 50000, currency: 'USD' } },
  });
  await cooperation({
    countries: ['CN', 'TH', 'LA'],
    openedOn: '2026-03-15',
    sector: 'green.clean_energy',
    stages: signed,
    agreement: { type: 'joint_rd', signedOn: '2026-06-15', value: { amount: 3_600_000, currency: 'THB' } },
  });
  await cooperation({
    countries: ['TH', 'VN'],
    openedOn: '2026-04-01',
    stages: signed,
    agreement: { type: 'training', signedOn: '2026-07-01', value: { amount: 1_000_000, currency: 'VND' } },
  });
  await cooperation({ countries: ['VN', 'KH'], openedOn: '2026-05-01', stages: ['negotiation'] });
  await cooperation({
    countries: ['KH', 'LA'],
    openedOn: '2026-05-02',
    stages: ['closed_without_agreement'],
    closedReason: 'funding_unavailable',
  });
  for (let i = 0; i < 3; i += 1) {
    await cooperation({
      countries: ['LA', 'TH'],
      openedOn: `2026-0${6 + i}-01`,
      sector: 'agrifood.fertilisers',
      stages: signed,
      agreement: {
        type: 'licence',
        signedOn: `2026-0${6 + i}-20`,
        value: { amount: 10000 * (i + 1), currency: 'USD' },
      },
    });
  }
});
afterAll(() => t.stop());

describe('dashboard figures equal a direct count of the records', () => {
  it('profiles by month, country and kind, and by sector group', async () => {
    const byMonth = await table(platformAdmin, 'profiles-by-month');
    const expected = await sql<Row>(
      `SELECT to_char(date_trunc('month', published_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, country, kind,
         count(*)::int AS profiles FROM profiles WHERE published_at IS NOT NULL GROUP BY 1, 2, 3`,
    );
    expect(expected.length).toBeGreaterThan(3);
    expect(keyed(byMonth.rows, ['month', 'country', 'kind', 'profiles'])).toEqual(
      keyed(expected, ['month', 'country', 'kind', 'profiles']),
    );
    const bySector = await table(platformAdmin, 'profiles-by-sector', 'country=LA');
    const expectedSectors = await sql<Row>(
      `SELECT g AS sector, count(DISTINCT p.id)::int AS profiles
       FROM profiles p CROSS JOIN LATERAL (SELECT DISTINCT split_part(s, '.', 1) AS g FROM unnest(p.sectors) s) x
       WHERE p.published_at IS NOT NULL AND p.country = 'LA' GROUP BY 1`,
    );
    expect(keyed(bySector.rows, ['sector', 'profiles'])).toEqual(
      keyed(expectedSectors, ['sector', 'profiles']),
    );
    expect((bySector.labels as Record<string, Record<string, string>>).sector?.agrifood).toBe(
      'Agriculture and food',
    );
    const kindFiltered = await table(
      platformAdmin,
      'profiles-by-month',
      'kind=technology_offer&from=2026-02&to=2026-02',
    );
    expect(kindFiltered.rows).toEqual([
      { month: '2026-02', country: 'CN', kind: 'technology_offer', profiles: 1 },
    ]);
  });

  it('cooperations by stage and stages reached, with a country filter', async () => {
    for (const country of [null, 'LA', 'CN', 'KH']) {
      const stages = await table(platformAdmin, 'cooperations-by-stage', country ? `country=${country}` : '');
      const expected = await sql<Row>(
        `SELECT stage, count(*)::int AS cooperations FROM cooperations c
         WHERE $1::text IS NULL
           OR EXISTS (SELECT 1 FROM cooperation_parties p WHERE p.cooperation_id = c.id AND p.country = $1)
         GROUP BY 1`,
        [country],
      );
      expect(
        keyed(
          stages.rows.filter((r) => r.cooperations !== 0),
          ['stage', 'cooperations'],
        ),
      ).toEqual(keyed(expected, ['stage', 'cooperations']));
    }
    const moves = await table(platformAdmin, 'stage-movements', 'from=2026-03&to=2026-08');
    const expectedMoves = await sql<Row>(
      `SELECT to_char(occurred_on, 'YYYY-MM') AS month, to_stage AS stage, count(*)::int AS moves
       FROM cooperation_stage_events WHERE occurred_on BETWEEN '2026-03-01' AND '2026-08-31' GROUP BY 1, 2`,
    );
    expect(keyed(moves.rows, ['month', 'stage', 'moves'])).toEqual(
      keyed(expectedMoves, ['month', 'stage', 'moves']),
    );
  });

  it('agreements by type, by pair of countries and by period, in USD', async () => {
    const byType = await table(platformAdmin, 'agreements-by-type');
    const expected = await sql<Row>(
      `SELECT type, count(*)::int AS agreements, COALESCE(sum(usd_value), 0) AS "usdTotal",
         count(*) FILTER (WHERE value IS NOT NULL AND usd_value IS NULL)::int AS "withoutUsd"
       FROM cooperation_agreements GROUP BY 1`,
    );
    expect(keyed(byType.rows, ['type', 'agreements', 'usdTotal', 'withoutUsd'])).toEqual(
      keyed(expected, ['type', 'agreements', 'usdTotal', 'withoutUsd']),
    );
    // 720000 CNY at 7.2 + 50000 USD + 10000 + 20000 + 30000 USD.
    expect(byType.rows.find((r) => r.type === 'licence')?.usdTotal).toBe(210000);
    // No VND rate: the training agreement waits for one.
    expect(byType.rows.find((r) => r.type === 'training')).toMatchObject({ usdTotal: 0, withoutUsd: 1 });

    const pairs = await table(platformAdmin, 'agreements-by-country-pair', 'country=LA');
    const expectedPairs = await sql<Row>(
      `WITH pc AS (SELECT DISTINCT cooperation_id AS id, country FROM cooperation_parties),
         pairs AS (SELECT x.id, x.country AS a, y.country AS b FROM pc x JOIN pc y ON y.id = x.id AND x.country < y.country)
       SELECT a AS "countryA", b AS "countryB", count(*)::int AS agreements, COALESCE(sum(ag.usd_value), 0) AS "usdTotal"
       FROM pairs JOIN cooperation_agreements ag ON ag.cooperation_id = pairs.id
       WHERE a = 'LA' OR b = 'LA' GROUP BY 1, 2`,
    );
    expect(keyed(pairs.rows, ['countryA', 'countryB', 'agreements', 'usdTotal'])).toEqual(
      keyed(expectedPairs, ['countryA', 'countryB', 'agreements', 'usdTotal']),
    );
    // The pair filter keeps the pairs that involve the country: not CN-TH of the three-party cooperation.
    expect(pairs.rows.map((r) => `${r.countryA}-${r.countryB}`).sort()).toEqual(['CN-LA', 'LA-TH']);
    const allPairs = await table(platformAdmin, 'agreements-by-country-pair');
    expect(allPairs.rows.map((r) => `${r.countryA}-${r.countryB}`).sort()).toEqual([
      'CN-LA',
      'CN-TH',
      'LA-TH',
      'TH-VN',
    ]);

    const value = await table(platformAdmin, 'agreement-value', 'interval=quarter&sector=agrifood');
    const expectedValue = await sql<Row>(
      `SELECT to_char(a.signed_on, 'YYYY') || '-Q' || to_char(a.signed_on, 'Q') AS period, count(*)::int AS agreements,
         COALESCE(sum(a.usd_value), 0) AS "usdTotal"
       FROM cooperation_agreements a JOIN cooperations c ON c.id = a.cooperation_id
       WHERE split_part(c.sector, '.', 1) = 'agrifood' GROUP BY 1`,
    );
    expect(keyed(value.rows, ['period', 'agreements', 'usdTotal'])).toEqual(
      keyed(expectedValue, ['period', 'agreements', 'usdTotal']),
    );
  });

  it('outcome totals by metric and the per-country map', async () => {
    const outcomes = await table(platformAdmin, 'outcomes', 'country=CN');
    const expected = await sql<Row>(
      `SELECT metric, count(*)::int AS reports, sum(value) AS total FROM cooperation_outcomes o
       WHERE EXISTS (SELECT 1 FROM cooperation_parties p WHERE p.cooperation_id = o.cooperation_id AND p.country = 'CN')
       GROUP BY 1`,
    );
    expect(keyed(outcomes.rows, ['metric', 'reports', 'total'])).toEqual(
      keyed(expected, ['metric', 'reports', 'total']),
    );

    // The same outcomes over time: by the month they were reported in, every country and a period.
    for (const query of ['', 'country=CN', 'from=2026-08&to=2026-09']) {
      const byMonth = await table(platformAdmin, 'outcomes-by-month', query);
      const params = new URLSearchParams(query);
      const expectedByMonth = await sql<Row>(
        `SELECT to_char(reported_on, 'YYYY-MM') AS month, metric, count(*)::int AS reports, sum(value) AS total
         FROM cooperation_outcomes o
         WHERE ($1::text IS NULL OR EXISTS (SELECT 1 FROM cooperation_parties p
                 WHERE p.cooperation_id = o.cooperation_id AND p.country = $1))
           AND ($2::text IS NULL OR reported_on >= ($2 || '-01')::date)
           AND ($3::text IS NULL OR reported_on < (($3 || '-01')::date + interval '1 month'))
         GROUP BY 1, 2`,
        [params.get('country'), params.get('from'), params.get('to')],
      );
      expect(expectedByMonth.length, query).toBeGreaterThan(0);
      expect(keyed(byMonth.rows, ['month', 'metric', 'reports', 'total']), query).toEqual(
        keyed(expectedByMonth, ['month', 'metric', 'reports', 'total']),
      );
    }

    const map = await table(platformAdmin, 'map');
    const expectedMap = await sql<Row>(
      `SELECT c.country,
         (SELECT count(*)::int FROM organisations o WHERE o.country = c.country) AS organisations,
         (SELECT count(*)::int FROM profiles p WHERE p.country = c.country AND p.published_at IS NOT NULL) AS "publishedProfiles",
         (SELECT count(DISTINCT cooperation_id)::int FROM cooperation_parties p WHERE p.country = c.country) AS cooperations,
         (SELECT count(*)::int FROM cooperation_agreements a WHERE EXISTS (SELECT 1 FROM cooperation_parties p
            WHERE p.cooperation_id = a.cooperation_id AND p.country = c.country)) AS agreements,
         (SELECT count(*)::int FROM meeting_requests m WHERE m.attendance = 'held') AS meetings
       FROM (VALUES ('KH'), ('CN'), ('LA'), ('MM'), ('TH'), ('VN')) AS c (country)`,
    );
    const columns = [
      'country',
      'organisations',
      'publishedProfiles',
      'cooperations',
      'agreements',
      'meetings',
    ];
    expect(keyed(map.rows, columns)).toEqual(keyed(expectedMap, columns));
  });
});

describe('who sees what', () => {
  it('hides small counts from the public and shows every figure to administrators and the country’s coordinators', async () => {
    const publicView = await table(t.client(), 'agreements-by-type');
    expect(publicView.detail).toBe('public');
    const joint = publicView.rows.find((r) => r.type === 'joint_rd');
    expect(joint).toEqual({ type: 'joint_rd', agreements: null, usdTotal: null, withoutUsd: null });
    expect(publicView.rows.find((r) => r.type === 'licence')?.agreements).toBe(5);
    expect(publicView.hiddenCells).toBeGreaterThan(0);
    expect((publicView.notes as string[]).join(' ')).toContain('figures below 3');

    const laoCoordinator = coordinators.LA;
    if (!laoCoordinator) throw new Error('no coordinator');
    const ownCountry = await table(laoCoordinator, 'agreements-by-type', 'country=LA');
    expect(ownCountry.detail).toBe('detailed');
    expect(ownCountry.rows.find((r) => r.type === 'joint_rd')?.agreements).toBe(1);
    const otherCountry = await table(laoCoordinator, 'agreements-by-type', 'country=VN');
    expect(otherCountry.detail).toBe('public');
    expect(otherCountry.rows.find((r) => r.type === 'training')?.agreements).toBeNull();
    // Published profiles are public anyway: never hidden.
    const profiles = await table(t.client(), 'profiles-by-sector');
    expect(profiles.rows.every((r) => typeof r.profiles === 'number')).toBe(true);
  });

  it('lists organisations with their figures for the coordinators of their country only', async () => {
    const laoCoordinator = coordinators.LA;
    if (!laoCoordinator) throw new Error('no coordinator');
    const own = await table(laoCoordinator, 'organisations');
    expect(own.filters).toMatchObject({ country: 'LA' });
    const laoOrg = own.rows.find((r) => r.organisationId === parties.LA?.orgId);
    expect(laoOrg).toMatchObject({ organisation: 'Indicator org LA', publishedProfiles: 2, agreements: 6 });
    expect((await t.client().get('/api/v1/indicators/organisations')).statusCode).toBe(401);
    expect((await laoCoordinator.get('/api/v1/indicators/organisations?country=CN')).statusCode).toBe(403);
    expect((await parties.LA?.client.get('/api/v1/indicators/organisations?country=LA'))?.statusCode).toBe(
      403,
    );
    const noCountry = await platformAdmin.get('/api/v1/indicators/organisations');
    expect(noCountry.statusCode).toBe(400);
    expect(noCountry.json().error.details.fields[0].field).toBe('country');
    const paged = await table(platformAdmin, 'organisations', 'country=LA&limit=1');
    expect(paged.rows).toHaveLength(1);
    expect(paged.nextCursor).toBeNull();
  });

  it('reads docking activity from the expressions of interest, through the refreshed rollup', async () => {
    expect(await table(t.client(), 'docking')).toMatchObject({ available: true, rows: [] });
    expect(await table(t.client(), 'meetings')).toMatchObject({ available: true, rows: [] });

    // Expressions of interest with known dates and answers, on the profiles published above (the
    // interests module's own tests cover sending and answering them).
    const profileOf = async (country: string, sector: string) =>
      (
        await sql<{ id: string }>(
          `SELECT id FROM profiles WHERE country = $1 AND published_at IS NOT NULL
             AND EXISTS (SELECT 1 FROM unnest(sectors) s WHERE s LIKE $2 || '.%') ORDER BY id LIMIT 1`,
          [country, sector],
        )
      )[0]?.id;
    const expressions: Array<[string | undefined, string | undefined, string, string, string | null]> = [
      [await profileOf('LA', 'agrifood'), parties.CN?.orgId, 'accepted', '2026-05-02', '2026-05-04'],
      [await profileOf('LA', 'green'), parties.TH?.orgId, 'declined', '2026-05-10', '2026-05-20'],
      [await profileOf('TH', 'green'), parties.VN?.orgId, 'pending', '2026-05-11', null],
      [await profileOf('VN', 'health'), parties.KH?.orgId, 'accepted', '2026-06-01', '2026-06-02'],
    ];
    for (const [profileId, from, status, sent, answered] of expressions) {
      await t.ctx.db.query(
        `INSERT INTO expressions_of_interest (profile_id, from_organisation_id, message, status, answered_at, created_at)
         VALUES ($1, $2, 'Interested', $3, ($4::date + time '12:00') AT TIME ZONE 'UTC',
           ($5::date + time '09:00') AT TIME ZONE 'UTC')`,
        [profileId, from, status, answered, sent],
      );
    }
    // Not counted until the rollup is refreshed by its job.
    expect((await table(platformAdmin, 'docking')).rows).toEqual([]);
    await t.ctx.jobs.scheduleRecurring();
    await t.ctx.jobs.runDue();

    const detailed = await table(platformAdmin, 'docking');
    const direct = await sql<Row>(
      `SELECT to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS expressions,
         count(*) FILTER (WHERE e.status IN ('accepted', 'declined'))::int AS answered,
         count(*) FILTER (WHERE e.status = 'accepted')::int AS accepted
       FROM expressions_of_interest e GROUP BY 1`,
    );
    expect(keyed(detailed.rows, ['month', 'expressions', 'answered', 'accepted'])).toEqual(
      keyed(direct, ['month', 'expressions', 'answered', 'accepted']),
    );
    expect(detailed.rows).toEqual([
      {
        month: '2026-05',
        expressions: 3,
        answered: 2,
        accepted: 1,
        acceptanceRate: 0.5,
        avgDaysToFirstAnswer: 6,
      },
      {
        month: '2026-06',
        expressions: 1,
        answered: 1,
        accepted: 1,
        acceptanceRate: 1,
        avgDaysToFirstAnswer: 1,
      },
    ]);
    // Laos as the profile's or the sender's country, green sector: one declined expression.
    const lao = await table(platformAdmin, 'docking', 'country=LA&sector=green');
    expect(lao.rows).toEqual([
      {
        month: '2026-05',
        expressions: 1,
        answered: 1,
        accepted: 0,
        acceptanceRate: 0,
        avgDaysToFirstAnswer: 10,
      },
    ]);
    // Three expressions in May is not a small count; one in June is, hidden from the public.
    const publicRows = (await table(t.client(), 'docking')).rows;
    expect(publicRows.map((r) => r.expressions)).toEqual([3, null]);
  });

  it('refuses bad filters', async () => {
    const reversed = await t.client().get('/api/v1/indicators/map?from=2026-05&to=2026-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details.fields[0].field).toBe('to');
    expect((await t.client().get('/api/v1/indicators/map?sector=green.clean_energy')).statusCode).toBe(400);
    expect((await t.client().get('/api/v1/indicators/map?from=2026-13')).statusCode).toBe(400);
    expect((await t.client().get('/api/v1/indicators/everything')).statusCode).toBe(400);
  });
});

describe('exports and the printable report', () => {
  it('exports a table as CSV and XLSX with labels in the requested language', async () => {
    const csv = await platformAdmin.get('/api/v1/indicators/agreements-by-type/export?format=csv&lang=lo');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('corridor-agreements-by-type-2000-01-2026-11.csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const lines = csv.body.slice(1).trim().split('\n');
    expect(lines[0]).toBe('ປະເພດສັນຍາ,ສັນຍາ,ມູນຄ່າ (ໂດລາສະຫະລັດ),ບໍ່ມີມູນຄ່າເປັນໂດລາ');
    expect(lines).toContain('ໃບອະນຸຍາດນຳໃຊ້,5,210000,0');

    const publicCsv = await t.client().get('/api/v1/indicators/agreements-by-type/export');
    expect(publicCsv.body).toContain('Joint research and development,<3,<3,<3');

    const xlsx = await t.client().get('/api/v1/indicators/cooperations-by-stage/export?format=xlsx&lang=zh');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, '阶段', '合作项目']);
    expect(sheet?.getRow(2).values).toEqual([undefined, '初步接触', 0]);
    expect(sheet?.getRow(5).values).toEqual([undefined, '谈判', '<3']);

    const all = await platformAdmin.get('/api/v1/indicators/workbook.xlsx?country=LA');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(all.rawPayload as unknown as ArrayBuffer);
    // Every table, the organisations of Laos, and the sheet about the export.
    expect(book.worksheets).toHaveLength(14);
  });

  it('serves the report as a printable page and as PDF, in the requested language', async () => {
    const laoCoordinator = coordinators.LA;
    if (!laoCoordinator) throw new Error('no coordinator');
    const page = await laoCoordinator.get(
      '/api/v1/indicators/report.html?country=LA&from=2026-01&to=2026-12&lang=th',
    );
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).toContain('<html lang="th">');
    expect(page.body).toContain('รายงานตัวชี้วัด');
    expect(page.body).toContain('ช่วงเวลา: 2026-01 ถึง 2026-12');
    expect(page.body).toContain('Noto Sans Lao');
    // The coordinators' report names organisations; the public one does not.
    expect(page.body).toContain('Indicator org LA');
    const publicPage = await t
      .client()
      .get('/api/v1/indicators/report.html?country=LA&from=2026-01&to=2026-12');
    expect(publicPage.body).not.toContain('Indicator org LA');
    expect(publicPage.body).toContain('Public report');
    expect(publicPage.body).not.toMatch(/<script|https?:\/\//);

    const pdf = await laoCoordinator.get(
      '/api/v1/indicators/report.pdf?country=LA&from=2026-01&to=2026-12&lang=lo',
    );
    if (pdf.statusCode === 503) {
      expect(pdf.json().error.code).toBe('PdfUnavailable');
      return;
    }
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
