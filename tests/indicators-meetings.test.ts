import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Country } from '../src/domain/vocabulary.js';
import { ManualClock } from '../src/platform/clock.js';
import { startTestCorridor, type TestClient, type TestCorridor } from './support/harness.js';

/**
 * "Meetings held" on the dashboard: a small docking fair is run through the events API (registrations,
 * meeting requests, the scheduler, publication, attendance and follow-ups), the indicators' refresh
 * job runs, and the indicator tables, the map, the exports and the report are checked against a direct
 * count of the meeting records (migration 0007 defines the view and the rollup the indicators read).
 */
let t: TestCorridor;
const T0 = new Date('2026-11-21T08:00:00Z');
const clock = new ManualClock(T0);
let platformAdmin: TestClient;
let eventId = '';
const meetingIds: Record<string, string> = {};

type Row = Record<string, string | number | null>;

async function organisation(country: Country, name: string) {
  const admin = await t.user({ country });
  const res = await admin.client.post('/api/v1/organisations', {
    name: { en: name },
    kind: 'enterprise',
    country,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { client: admin.client, orgId: res.json().id as string };
}

async function table(client: TestClient, name: string, query = ''): Promise<{ rows: Row[] }> {
  const res = await client.get(`/api/v1/indicators/${name}${query ? `?${query}` : ''}`);
  if (res.statusCode !== 200) throw new Error(`${name}: ${res.body}`);
  return res.json();
}

/**
 * Meetings held, counted from the event records themselves: accepted, placed in the published
 * schedule, marked held by the organiser or, unmarked, said to have happened by a side.
 */
const HELD_SQL = `FROM meeting_requests m
  JOIN event_schedules s ON s.event_id = m.event_id AND s.status = 'published'
  JOIN event_schedule_placements p ON p.schedule_id = s.id AND p.meeting_id = m.id
  JOIN event_registrations q ON q.id = m.requester_id JOIN organisations oq ON oq.id = q.organisation_id
  JOIN event_registrations c ON c.id = m.recipient_id JOIN organisations oc ON oc.id = c.organisation_id
  WHERE m.status = 'accepted' AND (m.attendance = 'held' OR (m.attendance IS NULL
    AND EXISTS (SELECT 1 FROM meeting_follow_ups f WHERE f.meeting_id = m.id AND f.happened)))`;

async function heldCount(condition = 'true', params: unknown[] = []): Promise<number> {
  const { rows } = await t.ctx.db.query<{ n: number }>(
    `SELECT count(*)::int AS n ${HELD_SQL} AND (${condition})`,
    params,
  );
  return rows[0]?.n ?? -1;
}

beforeAll(async () => {
  t = await startTestCorridor({ clock });
  platformAdmin = (await t.user({ platformRole: 'administrator' })).client;
  const organiser = await organisation('LA', 'Lao Ministry of Technology and Communications');
  const created = await organiser.client.post('/api/v1/events', {
    organiserIds: [organiser.orgId],
    kind: 'brokerage_event',
    originalLanguage: 'en',
    title: { en: 'Mekong Agrifood and Energy Docking Fair' },
    timeZone: 'Asia/Vientiane',
    startsAt: '2026-12-03T08:00',
    endsAt: '2026-12-03T17:00',
    venueMode: 'venue',
    venueName: 'Lao-ITECC',
    city: 'Vientiane',
    country: 'LA',
    requiresApproval: false,
    tableCount: 3,
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  eventId = created.json().id;
  const api = `/api/v1/events/${eventId}`;
  const org = organiser.client;
  await org.post(`${api}/publish`);
  const slots = await org.put(`${api}/slots`, {
    blocks: [{ startsAt: '2026-12-03T09:00', endsAt: '2026-12-03T11:00', meetingMinutes: 20 }],
  });
  if (slots.statusCode !== 200) throw new Error(slots.body);

  const participants = {
    LA: { ...(await organisation('LA', 'Luang Namtha Agro Co.')), sectors: ['agrifood.fertilisers'] },
    CN: { ...(await organisation('CN', 'Yunnan Fertiliser Institute')), sectors: ['agrifood.fertilisers'] },
    TH: { ...(await organisation('TH', 'Isan Solar Co.')), sectors: ['green.clean_energy'] },
    VN: { ...(await organisation('VN', 'Can Tho Water Co.')), sectors: [] as string[] },
  };
  const registrationIds: Partial<Record<keyof typeof participants, string>> = {};
  for (const [country, p] of Object.entries(participants) as Array<
    [keyof typeof participants, (typeof participants)['LA']]
  >) {
    const res = await p.client.post(`${api}/registrations`, { organisationId: p.orgId, sectors: p.sectors });
    if (res.statusCode !== 201 || res.json().status !== 'approved') throw new Error(res.body);
    registrationIds[country] = res.json().id;
  }
  const pairs = [
    ['LA', 'CN'],
    ['LA', 'TH'],
    ['CN', 'TH'],
    ['TH', 'VN'],
    ['LA', 'VN'],
  ] as const;
  for (const [from, to] of pairs) {
    const asked = await participants[from].client.post(`${api}/meetings`, {
      toRegistrationId: registrationIds[to],
    });
    if (asked.statusCode !== 201) throw new Error(asked.body);
    const id = asked.json().id as string;
    const accepted = await participants[to].client.post(`${api}/meetings/${id}/accept`);
    if (accepted.json().status !== 'accepted') throw new Error(accepted.body);
    meetingIds[`${from}-${to}`] = id;
  }
  const run = await org.post(`${api}/schedules`, { seed: 3 });
  if (run.statusCode !== 201 || run.json().unplaced.length > 0) throw new Error(run.body);
  await org.post(`${api}/schedules/${run.json().id}/publish`);

  // After the meetings (the last slot starts at 10:40 in Vientiane, 03:40 UTC).
  clock.set(new Date('2026-12-03T06:00:00Z'));
  const mark = async (pair: string, attendance: string) => {
    const res = await org.post(`${api}/meetings/${meetingIds[pair]}/attendance`, { attendance });
    if (res.statusCode !== 200) throw new Error(res.body);
  };
  await mark('LA-CN', 'held');
  await mark('LA-TH', 'held');
  await mark('CN-TH', 'requester_no_show');
  // TH-VN: the organiser recorded nothing, Thailand's follow-up says it happened.
  const followUp = await participants.TH.client.put(`${api}/meetings/${meetingIds['TH-VN']}/follow-up`, {
    happened: true,
    followUp: false,
  });
  if (followUp.statusCode !== 200) throw new Error(followUp.body);
  // LA-VN: nobody recorded anything; it does not count.

  // The dashboard reads a rollup its job refreshes: nothing shows before it runs.
  const before = await table(platformAdmin, 'meetings');
  if (before.rows.length > 0)
    throw new Error(`meetings counted before the refresh: ${JSON.stringify(before)}`);
  await t.ctx.jobs.scheduleRecurring();
  await t.ctx.jobs.runDue();
});
afterAll(() => t.stop());

describe('meetings held on the dashboard', () => {
  it('counts the held meetings of the event as the records do', async () => {
    const total = await heldCount();
    expect(total).toBe(3);
    const all = await table(platformAdmin, 'meetings');
    expect(all.rows).toEqual([{ month: '2026-12', meetings: total }]);
    // Three meetings is not a small count: the public sees it too.
    expect((await table(t.client(), 'meetings')).rows).toEqual([{ month: '2026-12', meetings: total }]);
  });

  it('filters by period, country and sector group like a direct count', async () => {
    expect((await table(platformAdmin, 'meetings', 'from=2026-01&to=2026-11')).rows).toEqual([]);
    expect((await table(platformAdmin, 'meetings', 'from=2026-12&to=2026-12')).rows).toEqual([
      { month: '2026-12', meetings: await heldCount() },
    ]);
    for (const country of ['LA', 'CN', 'TH', 'VN', 'KH']) {
      const expected = await heldCount('oq.country = $1 OR oc.country = $1', [country]);
      const rows = (await table(platformAdmin, 'meetings', `country=${country}`)).rows;
      expect(rows, country).toEqual(expected > 0 ? [{ month: '2026-12', meetings: expected }] : []);
    }
    for (const sector of ['agrifood', 'green', 'health']) {
      const expected = await heldCount(
        `EXISTS (SELECT 1 FROM unnest(q.sectors || c.sectors) s WHERE split_part(s, '.', 1) = $1)`,
        [sector],
      );
      const rows = (await table(platformAdmin, 'meetings', `sector=${sector}`)).rows;
      expect(rows, sector).toEqual(expected > 0 ? [{ month: '2026-12', meetings: expected }] : []);
    }
    // Thailand took part in two: a small count, hidden from the public but not from its coordinator.
    expect((await table(t.client(), 'meetings', 'country=TH')).rows).toEqual([
      { month: '2026-12', meetings: null },
    ]);
    const thaiCoordinator = (await t.user({ platformRole: 'coordinator', coordinatorCountry: 'TH' })).client;
    expect((await table(thaiCoordinator, 'meetings', 'country=TH')).rows).toEqual([
      { month: '2026-12', meetings: 2 },
    ]);
  });

  it('shows each country’s meetings on the map', async () => {
    const map = await table(platformAdmin, 'map');
    for (const row of map.rows) {
      expect(row.meetings, String(row.country)).toBe(
        await heldCount('oq.country = $1 OR oc.country = $1', [row.country]),
      );
    }
    expect(map.rows.find((r) => r.country === 'LA')?.meetings).toBe(2);
  });

  it('exports the figures and prints them in the report', async () => {
    const csv = await platformAdmin.get('/api/v1/indicators/meetings/export?format=csv&country=LA');
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.slice(1).trim().split('\n');
    expect(lines[1]).toBe(`2026-12,${await heldCount('oq.country = $1 OR oc.country = $1', ['LA'])}`);

    const workbook = await platformAdmin.get('/api/v1/indicators/workbook.xlsx');
    expect(workbook.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbook.rawPayload as unknown as ArrayBuffer);
    const meetingsSheet = book.worksheets.find((sheet) => sheet.name === 'Meetings held');
    expect(meetingsSheet, 'a sheet with the meetings held').toBeDefined();
    const values: unknown[] = [];
    meetingsSheet?.eachRow((row) => {
      values.push(row.getCell(2).value);
    });
    expect(values).toContain(await heldCount());

    const report = await platformAdmin.get(
      '/api/v1/indicators/report.html?from=2026-12&to=2026-12&country=LA',
    );
    expect(report.statusCode).toBe(200);
    const section = report.body.split('<section>').find((part) => part.includes('<h2>Meetings held</h2>'));
    const laoMeetings = await heldCount('oq.country = $1 OR oc.country = $1', ['LA']);
    expect(section).toContain(`<td class="n">${laoMeetings}</td>`);
    // The map's row for Laos names its meetings too.
    const mapSection = report.body
      .split('<section>')
      .find((part) => part.includes('<th scope="col" class="n">Meetings</th>'));
    expect(mapSection).toBeDefined();
  });
});
