import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Country, Language } from '../src/domain/vocabulary.js';
import { ManualClock } from '../src/platform/clock.js';
import { startTestCorridor, type TestClient, type TestCorridor } from './support/harness.js';

/**
 * Printable documents of an event: the agenda of a Lao participant as a page and as PDF, the
 * table plan and the report as PDF in Khmer. PDF rendering needs the server's Chromium.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);

let t: TestCorridor;
let api: string;
let organiser: TestClient;
let laoParticipant: { client: TestClient; registrationId: string };

async function organisation(country: Country, name: string, language: Language = 'en') {
  const admin = await t.user({ country, language });
  const res = await admin.client.post('/api/v1/organisations', {
    name: { en: name, ...(language === 'en' ? {} : { [language]: name }) },
    kind: 'enterprise',
    country,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { client: admin.client, orgId: res.json().id as string };
}

beforeAll(async () => {
  t = await startTestCorridor({ clock: new ManualClock(new Date('2026-11-21T08:00:00Z')) });
  const host = await organisation('KH', 'Cambodia Ministry of Industry');
  organiser = host.client;
  const event = await organiser.post('/api/v1/events', {
    organiserIds: [host.orgId],
    kind: 'brokerage_event',
    originalLanguage: 'km',
    title: { km: 'វេទិកាផ្គូផ្គងបច្ចេកវិទ្យាមេគង្គ', lo: 'ເວທີຈັບຄູ່ເຕັກໂນໂລຊີແມ່ຂອງ', en: 'Mekong technology matchmaking' },
    timeZone: 'Asia/Phnom_Penh',
    startsAt: '2026-12-05T08:00',
    endsAt: '2026-12-05T17:00',
    venueMode: 'venue',
    venueName: 'Koh Pich Convention Centre',
    city: 'Phnom Penh',
    country: 'KH',
    requiresApproval: false,
    tableCount: 3,
  });
  const id = event.json().id as string;
  api = `/api/v1/events/${id}`;
  await organiser.post(`${api}/publish`);
  await organiser.put(`${api}/slots`, {
    blocks: [{ startsAt: '2026-12-05T09:00', endsAt: '2026-12-05T10:00', meetingMinutes: 20 }],
  });
  const lao = await organisation('LA', 'ບໍລິສັດ ກະສິກຳ ຫຼວງນ້ຳທາ', 'lo');
  const khmer = await organisation('KH', 'ក្រុមហ៊ុនកសិកម្មកំពត', 'km');
  const registrationId = (await lao.client.post(`${api}/registrations`, { organisationId: lao.orgId })).json()
    .id;
  const khmerRegistration = (
    await khmer.client.post(`${api}/registrations`, { organisationId: khmer.orgId })
  ).json().id;
  laoParticipant = { client: lao.client, registrationId };
  const meeting = (await lao.client.post(`${api}/meetings`, { toRegistrationId: khmerRegistration })).json();
  await khmer.client.post(`${api}/meetings/${meeting.id}/accept`);
  const schedule = (await organiser.post(`${api}/schedules`, {})).json();
  await organiser.post(`${api}/schedules/${schedule.id}/publish`);
});
afterAll(() => t.stop());

describe('printable agenda', () => {
  it('is a self-contained page in the participant language, with the check-in code', async () => {
    const res = await laoParticipant.client.get(
      `${api}/registrations/${laoParticipant.registrationId}/agenda?format=html`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.body).toContain('<html lang="lo">');
    expect(res.body).toContain('ກຳນົດການຂອງ ບໍລິສັດ ກະສິກຳ ຫຼວງນ້ຳທາ');
    expect(res.body).toContain('ພົບປະກັບ ក្រុមហ៊ុនកសិកម្មកំពត');
    expect(res.body).toContain('Asia/Phnom_Penh (UTC+07:00)');
    expect(res.body).toContain('<svg');
    // Nothing is loaded from anywhere: no src or href attributes at all.
    expect(res.body).not.toMatch(/\s(src|href)=/);
  });

  // Rendering needs Chromium; without it the PDF endpoints answer PdfUnavailable (503) by design.
  it.skipIf(!hasChromium)('renders as PDF with the Lao font', async () => {
    const res = await laoParticipant.client.get(
      `${api}/registrations/${laoParticipant.registrationId}/agenda?format=pdf`,
    );
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''agenda-.*\.pdf$/);
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The embedded font subsets name the families that shaped the Lao and Khmer text.
    const text = pdf.toString('latin1');
    expect(text).toMatch(/NotoSansLao/);
    expect(text).toMatch(/NotoSansKhmer/);
  });

  it.skipIf(!hasChromium)('renders the table plan and the report in Khmer as PDF', async () => {
    const plan = await organiser.get(`${api}/table-plan?format=pdf&lang=km`);
    expect(plan.statusCode).toBe(200);
    expect(plan.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const report = await organiser.get(`${api}/report?format=pdf&lang=km`);
    expect(report.statusCode).toBe(200);
    expect(report.rawPayload.toString('latin1')).toMatch(/NotoSansKhmer/);
    const page = await organiser.get(`${api}/report?format=html&lang=km`);
    expect(page.body).toContain('របាយការណ៍ព្រឹត្តិការណ៍');
    expect(page.body).toContain('កម្ពុជា');
  });
});
