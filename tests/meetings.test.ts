import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Country, Language } from '../src/domain/vocabulary.js';
import {
  type BrokerageEvent,
  type MeetingSchedule,
  validateSchedule,
} from '../src/engines/scheduler/index.js';
import { translate } from '../src/i18n/server/index.js';
import {
  carryOutScheduleRun,
  remindAgendas,
  SCHEDULE_RUN_JOB,
} from '../src/modules/meetings/schedules.service.js';
import { ManualClock } from '../src/platform/clock.js';
import { laoPotashRequest } from './support/fixtures.js';
import { startTestCorridor, type TestClient, type TestCorridor } from './support/harness.js';

/**
 * A small docking fair from end to end, through the HTTP API: an event with a programme and meeting
 * slots, five registrations (one a delegation, one on the waiting list), meeting requests accepted,
 * declined and expired by the durable job, availability, the scheduler and its stored result checked
 * with the engine's validator, publication, a late change rescheduled around the published meetings,
 * agendas (JSON and iCalendar), the table plan, QR check-in, no-shows, follow-ups and the report.
 */
let t: TestCorridor;
const T0 = new Date('2026-11-21T08:00:00Z');
const clock = new ManualClock(T0);
const hours = (n: number) => new Date(T0.getTime() + n * 3_600_000);

beforeAll(async () => {
  t = await startTestCorridor({ clock });
});
afterAll(() => t.stop());

interface Party {
  client: TestClient;
  id: string;
  email: string;
}

async function organisation(country: Country, name: string, kind: string, language: Language = 'en') {
  const admin: Party = await t.user({ country, language });
  const res = await admin.client.post('/api/v1/organisations', { name: { en: name }, kind, country });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { admin, orgId: res.json().id as string };
}

async function mails(template: string): Promise<Array<{ to: string; body: string; language: string }>> {
  const { rows } = await t.ctx.db.query<{ to: string; body: string; language: string }>(
    `SELECT to_address AS "to", text_body AS body, language FROM mail_outbox WHERE template = $1 ORDER BY id`,
    [template],
  );
  return rows;
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const { rows } = await t.ctx.db.query<{ n: number }>(sql, params);
  return rows[0]?.n ?? -1;
}

/** Unfolds an iCalendar text and returns its content lines. */
function icsLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line.length > 0);
}

function icsEvents(lines: string[]): Array<Map<string, string>> {
  const events: Array<Map<string, string>> = [];
  let current: Map<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return events;
}

/** '2026-12-03T09:20:00+07:00' -> '20261203T092000'. */
function icsStamp(local: string): string {
  return local.slice(0, 19).replace(/[-:]/g, '');
}

describe('a docking fair from registration to report', () => {
  it('runs end to end', async () => {
    // --- The organiser, the event, its programme and meeting slots -------------------------------
    const organiser = await organisation(
      'LA',
      'Lao Ministry of Technology and Communications',
      'government_agency',
    );
    const created = await organiser.admin.client.post('/api/v1/events', {
      organiserIds: [organiser.orgId],
      kind: 'brokerage_event',
      originalLanguage: 'en',
      title: { en: 'Mekong Fertiliser and Energy Docking Fair', lo: 'ງານຈັບຄູ່ເຕັກໂນໂລຊີຝຸ່ນ ແລະ ພະລັງງານແມ່ຂອງ' },
      timeZone: 'Asia/Vientiane',
      startsAt: '2026-12-03T08:00',
      endsAt: '2026-12-03T17:00',
      venueMode: 'hybrid',
      venueName: 'Lao-ITECC',
      city: 'Vientiane',
      country: 'LA',
      capacity: 4,
      requiresApproval: true,
      maxMeetingsPerParticipant: 3,
      requestExpiryHours: 48,
      tableCount: 2,
      tableLabels: ['A1', 'A2'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const eventId = created.json().id as string;
    const api = `/api/v1/events/${eventId}`;
    const org = organiser.admin.client;
    expect((await org.post(`${api}/publish`)).statusCode).toBe(200);
    const plenary = (
      await org.post(`${api}/sessions`, {
        title: { en: 'Opening plenary', lo: 'ພິທີເປີດ' },
        startsAt: '2026-12-03T08:00',
        endsAt: '2026-12-03T09:00',
      })
    ).json();
    const pitching = (
      await org.post(`${api}/sessions`, {
        title: { en: 'Investment pitching' },
        startsAt: '2026-12-03T09:40',
        endsAt: '2026-12-03T10:20',
        location: 'Hall B',
      })
    ).json();
    const slots = await org.put(`${api}/slots`, {
      blocks: [
        { startsAt: '2026-12-03T09:00', endsAt: '2026-12-03T11:00', meetingMinutes: 20 },
        { startsAt: '2026-12-03T13:00', endsAt: '2026-12-03T14:00', meetingMinutes: 20 },
      ],
    });
    expect(slots.json().items).toHaveLength(9);
    expect(slots.json().items[6].startsAt.local).toBe('2026-12-03T13:00:00+07:00');

    // --- Participants: P1 a delegation with a published profile, P5 online and on the waiting list
    const p1 = await organisation('LA', 'Luang Namtha Agro Co.', 'enterprise', 'lo');
    const colleague: Party = await t.user({ memberships: [{ organisationId: p1.orgId, role: 'member' }] });
    const bystander: Party = await t.user({ memberships: [{ organisationId: p1.orgId, role: 'member' }] });
    const coordinator = await t.user({ platformRole: 'coordinator', coordinatorCountry: 'LA' });
    const profileId = (await p1.admin.client.post('/api/v1/opportunities', laoPotashRequest(p1.orgId))).json()
      .id;
    await p1.admin.client.post(`/api/v1/opportunities/${profileId}/submit`);
    await coordinator.client.post(`/api/v1/opportunities/${profileId}/review`, { decision: 'approve' });
    const p2 = await organisation('CN', 'Yunnan Fertiliser Research Institute', 'research_institute');
    const offerId = (
      await p2.admin.client.post('/api/v1/opportunities', {
        ...laoPotashRequest(p2.orgId),
        kind: 'technology_offer',
        originalLanguage: 'en',
        title: { en: 'Potash granulation technology for compound fertiliser', zh: '钾肥造粒技术' },
        summary: { en: 'A proven process that turns potash ore into granulated compound fertiliser.' },
        description: {},
        specification: {},
        advantages: { en: 'Lower energy use and dust-free granules.' },
        targetCountries: ['LA', 'MM'],
      })
    ).json().id;
    await p2.admin.client.post(`/api/v1/opportunities/${offerId}/submit`);
    const cnCoordinator = await t.user({ platformRole: 'coordinator', coordinatorCountry: 'CN' });
    await cnCoordinator.client.post(`/api/v1/opportunities/${offerId}/review`, { decision: 'approve' });
    const p3 = await organisation('TH', 'Isan Solar Co.', 'enterprise');
    const p4 = await organisation('KH', 'Royal University of Agriculture', 'university');
    const p5 = await organisation('MM', 'Shan Agri Co.', 'enterprise');

    const register = async (p: { admin: Party; orgId: string }, body: Record<string, unknown> = {}) => {
      const res = await p.admin.client.post(`${api}/registrations`, { organisationId: p.orgId, ...body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; status: string; checkIn: { url: string } };
    };
    const r1 = await register(p1, {
      delegateUserIds: [colleague.id],
      profileIds: [profileId],
      seek: { en: 'Potash processing and compound fertiliser technology', lo: 'ເຕັກໂນໂລຊີປຸງແຕ່ງໂປແທດ' },
    });
    const r2 = await register(p2, {
      profileIds: [offerId],
      sectors: ['agrifood.fertilisers'],
      keywords: ['potash', 'granulation'],
      offer: { en: 'Potash granulation technology', zh: '钾肥造粒技术' },
    });
    const r3 = await register(p3, { sectors: ['green.clean_energy'], keywords: ['solar'] });
    const r4 = await register(p4);
    // Offered in Chinese only: found for P1's need, written in English and Lao, by the docking engine.
    const r5 = await register(p5, { attendanceMode: 'online', offer: { zh: '钾盐矿加工与钾肥造粒技术' } });
    expect([r1, r2, r3, r4, r5].map((r) => r.status)).toEqual([
      'pending',
      'pending',
      'pending',
      'pending',
      'waitlisted',
    ]);
    for (const r of [r1, r2, r3, r4]) {
      expect(
        (await org.post(`${api}/registrations/${r.id}/decision`, { decision: 'approve' })).json().status,
      ).toBe('approved');
    }
    expect(
      (await org.post(`${api}/registrations/${r5.id}/decision`, { decision: 'approve' })).json().error.code,
    ).toBe('EventFull');
    expect((await p4.admin.client.post(`${api}/registrations/${r4.id}/cancel`)).json().status).toBe(
      'cancelled',
    );
    expect((await p5.admin.client.get(`${api}/registrations/mine`)).json().status).toBe('pending');
    expect(
      (await org.post(`${api}/registrations/${r5.id}/decision`, { decision: 'approve' })).json().status,
    ).toBe('approved');
    expect((await mails('mail.eventApproved.body')).length).toBe(2 + 1 + 1 + 1 + 1);

    // --- Suggested partners, from shared sectors and keywords and what P1 seeks -------------------
    const suggestions = (await p1.admin.client.get(`${api}/registrations/${r1.id}/suggestions`)).json();
    expect(suggestions.method).toBe('docking_and_overlap');
    expect(suggestions.items[0].participant.id).toBe(r2.id);
    expect(suggestions.items[0].reasons).toEqual(
      expect.arrayContaining([
        { kind: 'shared_sector', sector: 'agrifood.fertilisers' },
        { kind: 'shared_keyword', keyword: 'potash' },
        {
          kind: 'text_match',
          direction: 'offers_what_you_seek',
          // The concepts both texts name, in the reader's language (P1's people read Lao).
          terms: expect.arrayContaining(['ໂປຕາສ']),
          strength: expect.any(Number),
        },
        { kind: 'docking_match', profileId, matchedProfileId: offerId, strength: 1 },
      ]),
    );
    // P5 shares no sector, keyword or profile with P1: only its Chinese text answers P1's need.
    const fromText = suggestions.items.find(
      (s: { participant: { id: string } }) => s.participant.id === r5.id,
    );
    expect(fromText?.reasons).toEqual([
      {
        kind: 'text_match',
        direction: 'offers_what_you_seek',
        terms: expect.arrayContaining(['ໂປຕາສ']),
        strength: expect.any(Number),
      },
    ]);
    expect(suggestions.items.map((s: { participant: { id: string } }) => s.participant.id)).not.toContain(
      r3.id,
    );
    // The texts are matched in a scratch index emptied after each call: asking again changes nothing.
    expect((await p1.admin.client.get(`${api}/registrations/${r1.id}/suggestions`)).json()).toEqual(
      suggestions,
    );
    expect((await p3.admin.client.get(`${api}/registrations/${r1.id}/suggestions`)).statusCode).toBe(404);

    // --- Meeting requests ------------------------------------------------------------------------
    const ask = async (client: TestClient, to: string, body: Record<string, unknown> = {}) => {
      const res = await client.post(`${api}/meetings`, { toRegistrationId: to, ...body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; status: string; priority: number; expiresAt: { utc: string } };
    };
    const m12 = await ask(p1.admin.client, r2.id, {
      message: 'We need granulation for 50,000 t/year.',
      mustMeet: true,
    });
    expect(m12.priority).toBe(3);
    const invitation = (await mails('mail.meetingRequested.body')).find((m) => m.to === p2.admin.email);
    expect(invitation?.body).toContain('We need granulation for 50,000 t/year.');
    const duplicate = await p2.admin.client.post(`${api}/meetings`, { toRegistrationId: r1.id });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('MeetingRequestExists');
    const m13 = await ask(colleague.client, r3.id);
    const m23 = await ask(p2.admin.client, r3.id);
    const m51 = await ask(p5.admin.client, r1.id);
    const m52 = await ask(p5.admin.client, r2.id);
    // Nobody accepts for someone else: not the asking side, not a plain member outside the delegation.
    expect((await p1.admin.client.post(`${api}/meetings/${m12.id}/accept`)).statusCode).toBe(403);
    expect((await bystander.client.post(`${api}/meetings/${m51.id}/accept`)).statusCode).toBe(403);
    expect((await p3.admin.client.get(`${api}/meetings/${m12.id}`)).statusCode).toBe(404);
    expect((await p2.admin.client.post(`${api}/meetings/${m12.id}/accept`)).json().status).toBe('accepted');
    expect((await p3.admin.client.post(`${api}/meetings/${m13.id}/accept`)).json().status).toBe('accepted');
    expect((await p3.admin.client.post(`${api}/meetings/${m23.id}/accept`)).json().status).toBe('accepted');
    const noReason = await colleague.client.post(`${api}/meetings/${m51.id}/decline`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.fields[0].field).toBe('reason');
    const declined = await colleague.client.post(`${api}/meetings/${m51.id}/decline`, {
      reason: 'We already work with a Shan partner.',
    });
    expect(declined.json().status).toBe('declined');
    expect((await mails('mail.meetingDeclined.body')).at(-1)?.body).toContain(
      'We already work with a Shan partner.',
    );

    // The organiser's cap: with 2 meetings allowed, P3 (two accepted) cannot take a third.
    const m35 = await ask(p3.admin.client, r5.id);
    await org.patch(api, { maxMeetingsPerParticipant: 2 });
    const capped = await p5.admin.client.post(`${api}/meetings/${m35.id}/accept`);
    expect(capped.statusCode).toBe(409);
    expect(capped.json().error).toMatchObject({ code: 'MeetingLimitReached', details: { limit: 2 } });
    expect((await p3.admin.client.post(`${api}/meetings/${m35.id}/cancel`)).json().status).toBe('cancelled');
    await org.patch(api, { maxMeetingsPerParticipant: 3 });

    // --- Unanswered requests: one reminder halfway, then expiry by the durable job ----------------
    await org.patch(api, { requestExpiryHours: 24 });
    const waiting = (await p5.admin.client.get(`${api}/meetings/${m52.id}`)).json();
    expect(waiting.expiresAt.utc).toBe(hours(24).toISOString());
    await t.ctx.jobs.scheduleRecurring();
    clock.set(hours(13));
    await t.ctx.jobs.runDue();
    clock.set(hours(14));
    await t.ctx.jobs.runDue();
    const reminders = (await mails('mail.meetingReminder.body')).filter((m) => m.to === p2.admin.email);
    expect(reminders).toHaveLength(1);
    expect((await p2.admin.client.get(`${api}/meetings/${m52.id}`)).json().status).toBe('pending');
    clock.set(hours(25));
    await t.ctx.jobs.runDue();
    expect((await p2.admin.client.get(`${api}/meetings/${m52.id}`)).json().status).toBe('expired');
    expect((await mails('mail.meetingExpired.body')).map((m) => m.to)).toEqual([p5.admin.email]);
    const late = await p2.admin.client.post(`${api}/meetings/${m52.id}/accept`);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('MeetingStatusConflict');
    await org.patch(api, { requestExpiryHours: 48 });

    // --- Availability and the organiser's pin ----------------------------------------------------
    const available = async (p: { admin: Party }, r: { id: string }, body: object) => {
      const res = await p.admin.client.put(`${api}/registrations/${r.id}/availability`, body);
      expect(res.statusCode, res.body).toBe(200);
    };
    await available(p1, r1, { unavailableSlots: [], sessionIds: [plenary.id] });
    await available(p2, r2, { unavailableSlots: [], sessionIds: [pitching.id] });
    await available(p3, r3, { unavailableSlots: [1], sessionIds: [] });
    expect((await p1.admin.client.patch(`${api}/meetings/${m13.id}/pins`, { fixedSlot: 2 })).statusCode).toBe(
      403,
    );
    expect((await org.patch(`${api}/meetings/${m13.id}/pins`, { fixedSlot: 2 })).json().pins).toEqual({
      fixedSlot: 2,
      fixedTable: null,
    });

    // --- The scheduler: a draft, checked with the engine's own validator, then published ---------
    const noSchedule = await org.get(`${api}/table-plan`);
    expect(noSchedule.json().error.code).toBe('ScheduleNotPublished');
    const run1 = await org.post(`${api}/schedules`, { seed: 7 });
    expect(run1.statusCode, run1.body).toBe(201);
    const draft = run1.json();
    expect(draft.status).toBe('draft');
    expect(draft.placements.map((p: { meetingId: string }) => p.meetingId).sort()).toEqual(
      [m12.id, m13.id, m23.id].sort(),
    );
    expect(draft.unplaced).toEqual([]);
    const placementOf = (schedule: typeof draft, id: string) =>
      schedule.placements.find((p: { meetingId: string }) => p.meetingId === id) as {
        slot: number;
        table: number;
        tableLabel: string;
        startsAt: { local: string };
        online: boolean;
        roomUrl: string | null;
      };
    expect(placementOf(draft, m13.id).slot).toBe(2);
    // The engine's validator, fed with the facts as the participants stated them, accepts it.
    const engineEvent: BrokerageEvent = {
      slotCount: 9,
      tablesPerSlot: 2,
      participants: [
        { id: r1.id },
        { id: r2.id, unavailableSlots: [3, 4] },
        { id: r3.id, unavailableSlots: [1] },
        { id: r5.id },
      ],
      meetings: [
        { id: m12.id, participants: [r1.id, r2.id], priority: 3 },
        { id: m13.id, participants: [r1.id, r3.id], fixedSlot: 2 },
        { id: m23.id, participants: [r2.id, r3.id] },
      ],
    };
    const stored: MeetingSchedule = {
      placements: draft.placements.map((p: { meetingId: string; slot: number; table: number }) => ({
        meetingId: p.meetingId,
        slot: p.slot,
        table: p.table,
      })),
      unplaced: draft.unplaced,
      breaks: Object.entries(draft.score.breaksPerParticipant as Record<string, number>).map(
        ([participantId, breaks]) => ({
          participantId,
          breaks,
          idleSlots: [],
        }),
      ),
    };
    const validation = validateSchedule(engineEvent, stored);
    expect(validation.violations).toEqual([]);
    expect(validation.score.placed).toBe(3);

    // Before publication the agenda lists the sessions only.
    const before = (await p1.admin.client.get(`${api}/registrations/${r1.id}/agenda`)).json();
    expect(before.schedule).toEqual({ published: false, version: null, changes: [] });
    expect(before.items.map((i: { kind: string }) => i.kind)).toEqual(['session']);
    expect((await org.get(`${api}/table-plan?scheduleId=${draft.id}`)).json().schedule.status).toBe('draft');

    expect((await p1.admin.client.post(`${api}/schedules/${draft.id}/publish`)).statusCode).toBe(403);
    const published = await org.post(`${api}/schedules/${draft.id}/publish`);
    expect(published.json().status).toBe('published');
    // Everyone with meetings is told: P1's two delegates, P2 and P3; P5 has none yet.
    expect((await mails('mail.schedulePublished.body')).map((m) => m.to).sort()).toEqual(
      [p1.admin.email, colleague.email, p2.admin.email, p3.admin.email].sort(),
    );
    expect((await org.post(`${api}/schedules/${draft.id}/publish`)).json().error.code).toBe(
      'ScheduleStatusConflict',
    );
    const slotsLocked = await org.put(`${api}/slots`, { blocks: [] });
    expect(slotsLocked.json().error.code).toBe('ScheduleLocked');

    // --- A late change: a new meeting, a cancelled one; published meetings stay where they are ---
    clock.set(hours(72));
    const m15 = await ask(p1.admin.client, r5.id, { message: 'Online is fine.' });
    expect((await p5.admin.client.post(`${api}/meetings/${m15.id}/accept`)).json().status).toBe('accepted');
    expect(
      (
        await p2.admin.client.post(`${api}/meetings/${m23.id}/cancel`, { reason: 'Delegation reduced' })
      ).json().status,
    ).toBe('cancelled');
    // This time as a background run, as the organisers' page asks for it: queued, one at a time,
    // carried out by its job (run here directly, as the other jobs in this test are), then followed.
    const queued = await org.post(`${api}/schedule-runs`, { seed: 7 });
    expect(queued.statusCode, queued.body).toBe(202);
    const runId = queued.json().id as string;
    expect(queued.json()).toMatchObject({ status: 'queued', scheduleId: null, error: null, startedAt: null });
    expect((await org.post(`${api}/schedule-runs`, { seed: 8 })).json().error.code).toBe('ScheduleRunActive');
    expect((await p1.admin.client.get(`${api}/schedule-runs/${runId}`)).statusCode).toBe(403);
    expect((await p1.admin.client.get(`${api}/schedule-runs`)).statusCode).toBe(403);
    // The page finds the run again after a reload.
    expect((await org.get(`${api}/schedule-runs`)).json().items.map((r: { id: string }) => r.id)).toEqual([
      runId,
    ]);
    const { rows: runJobs } = await t.ctx.db.query<{ kind: string }>(
      `SELECT kind FROM jobs WHERE payload->>'runId' = $1 AND status = 'pending'`,
      [runId],
    );
    expect(runJobs.map((j) => j.kind)).toEqual([SCHEDULE_RUN_JOB]);
    await carryOutScheduleRun(t.ctx, runId);
    const finished = (await org.get(`${api}/schedule-runs/${runId}`)).json();
    expect(finished).toMatchObject({ status: 'done', error: null });
    expect(finished.finishedAt.utc).toBe(hours(72).toISOString());
    const run2 = (await org.get(`${api}/schedules/${finished.scheduleId}`)).json();
    expect(run2.basedOnId).toBe(draft.id);
    for (const id of [m12.id, m13.id]) {
      expect({ slot: placementOf(run2, id).slot, table: placementOf(run2, id).table }).toEqual({
        slot: placementOf(draft, id).slot,
        table: placementOf(draft, id).table,
      });
    }
    expect(placementOf(run2, m15.id)).toBeDefined();
    expect(run2.placements.map((p: { meetingId: string }) => p.meetingId)).not.toContain(m23.id);
    const changeOf = (registrationId: string) =>
      run2.changes.find((c: { registrationId: string }) => c.registrationId === registrationId);
    expect(changeOf(r1.id).added.map((a: { meetingId: string }) => a.meetingId)).toEqual([m15.id]);
    expect(changeOf(r5.id).added.map((a: { meetingId: string }) => a.meetingId)).toEqual([m15.id]);
    expect(changeOf(r2.id).dropped.map((a: { meetingId: string }) => a.meetingId)).toEqual([m23.id]);
    expect(changeOf(r3.id).dropped.map((a: { meetingId: string }) => a.meetingId)).toEqual([m23.id]);
    expect(run2.changes.every((c: { moved: unknown[] }) => c.moved.length === 0)).toBe(true);
    await org.post(`${api}/schedules/${run2.id}/publish`);
    const changed = await mails('mail.scheduleChanged.body');
    expect(changed.map((m) => m.to).sort()).toEqual(
      [p1.admin.email, colleague.email, p5.admin.email, p2.admin.email, p3.admin.email].sort(),
    );
    // Each mail is in its reader's language: P1's lead reads Lao.
    const laoMail = changed.find((m) => m.to === p1.admin.email);
    expect(laoMail?.language).toBe('lo');
    expect(laoMail?.body).toContain('ການພົບປະໃໝ່ກັບ Shan Agri Co.');

    // --- Agendas: JSON in the participant's language, and iCalendar ------------------------------
    const agenda = (await p1.admin.client.get(`${api}/registrations/${r1.id}/agenda`)).json();
    expect(agenda.language).toBe('lo');
    // The agenda says what the new version changed for this participant, as the mail did.
    expect(agenda.schedule).toEqual({ published: true, version: 2, changes: [expect.any(String)] });
    expect(agenda.schedule.changes[0]).toContain('ການພົບປະໃໝ່ກັບ Shan Agri Co.');
    const p2Agenda = (await p2.admin.client.get(`${api}/registrations/${r2.id}/agenda?lang=en`)).json();
    expect(p2Agenda.schedule.changes).toHaveLength(1);
    expect(p2Agenda.schedule.changes[0]).toMatch(
      /^Meeting with .+ at 2026-12-03 \d\d:\d\d \(UTC\+07:00\) is cancelled$/,
    );
    const meetingItems = agenda.items.filter((i: { kind: string }) => i.kind === 'meeting');
    expect(meetingItems.map((i: { id: string }) => i.id).sort()).toEqual([m12.id, m13.id, m15.id].sort());
    const item13 = meetingItems.find((i: { id: string }) => i.id === m13.id);
    expect(item13.startsAt.local).toBe('2026-12-03T09:20:00+07:00');
    expect(item13.startsAt.utc).toBe('2026-12-03T02:20:00.000Z');
    expect(item13.title).toBe('ພົບປະກັບ Isan Solar Co.');
    expect(item13.place).toBe(`ໂຕະ ${placementOf(run2, m13.id).tableLabel}`);
    expect(item13.meeting.roomUrl).toBeNull();
    const item15 = meetingItems.find((i: { id: string }) => i.id === m15.id);
    expect(item15.meeting.online).toBe(true);
    expect(item15.meeting.roomUrl).toMatch(/^https:\/\/meet\.jit\.si\/corridor-[0-9a-f]{24}$/);
    const p5Agenda = (await p5.admin.client.get(`${api}/registrations/${r5.id}/agenda?lang=en`)).json();
    expect(p5Agenda.items[0].meeting.roomUrl).toBe(item15.meeting.roomUrl);
    expect(p5Agenda.items[0].title).toBe('Meeting with Luang Namtha Agro Co.');
    expect(agenda.items.map((i: { startsAt: { utc: string } }) => i.startsAt.utc)).toEqual(
      [...agenda.items.map((i: { startsAt: { utc: string } }) => i.startsAt.utc)].sort(),
    );
    expect((await p3.admin.client.get(`${api}/registrations/${r1.id}/agenda`)).statusCode).toBe(404);

    const ics = await p1.admin.client.get(`${api}/registrations/${r1.id}/agenda?format=ics`);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ics.body.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    const lines = icsLines(ics.body);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('TZID:Asia/Vientiane');
    expect(lines).toContain('TZOFFSETTO:+0700');
    const vevents = icsEvents(lines);
    expect(vevents).toHaveLength(agenda.items.length);
    expect(new Set(vevents.map((e) => e.get('UID'))).size).toBe(vevents.length);
    for (const item of agenda.items as Array<{
      title: string;
      startsAt: { local: string };
      endsAt: { local: string };
    }>) {
      const vevent = vevents.find(
        (e) => e.get('DTSTART;TZID=Asia/Vientiane') === icsStamp(item.startsAt.local),
      );
      expect(vevent, item.title).toBeDefined();
      expect(vevent?.get('DTEND;TZID=Asia/Vientiane')).toBe(icsStamp(item.endsAt.local));
      expect(vevent?.get('SUMMARY;LANGUAGE=lo')).toContain(item.title);
      expect(vevent?.get('SEQUENCE')).toBe('2');
      expect(vevent?.get('DTSTAMP')).toBe('20261124T080000Z');
    }
    expect(vevents.find((e) => e.get('URL'))?.get('URL')).toBe(item15.meeting.roomUrl);

    // --- The organisers' table plan ---------------------------------------------------------------
    const plan = (await org.get(`${api}/table-plan`)).json();
    expect(plan.schedule.version).toBe(2);
    const slot2 = plan.slots.find((s: { slot: number }) => s.slot === 2);
    expect(slot2.tables).toHaveLength(1);
    expect(
      slot2.tables[0].participants.map((p: { registrationId: string }) => p.registrationId).sort(),
    ).toEqual([r1.id, r3.id].sort());
    const csv = await org.get(`${api}/table-plan?format=csv`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.trim().split('\n')).toHaveLength(1 + 3);
    expect(csv.body).toContain('Isan Solar Co.');

    // --- QR check-in ------------------------------------------------------------------------------
    const me = (await p1.admin.client.get(`${api}/registrations/${r1.id}`)).json();
    const token = me.checkIn.url.split('/').at(-1) as string;
    expect(me.checkIn.url).toBe(`http://corridor.test/events/${eventId}/check-in/${token}`);
    const code = await p1.admin.client.get(`${api}/registrations/${r1.id}/check-in-code`);
    expect(code.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(code.body).toBe(
      await QRCode.toString(me.checkIn.url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }),
    );
    // --- The day before: each scheduled participant's delegation is reminded of its agenda, once ---
    expect(await remindAgendas(t.ctx)).toBe(0);
    clock.set(new Date('2026-12-02T08:00:00Z'));
    const { rows: withMeetings } = await t.ctx.db.query<{ id: string }>(
      `SELECT DISTINCT r.id FROM event_registrations r
       JOIN event_schedules sc ON sc.event_id = r.event_id AND sc.status = 'published'
       JOIN event_schedule_placements pl ON pl.schedule_id = sc.id
       JOIN meeting_requests m ON m.id = pl.meeting_id AND m.status = 'accepted'
         AND (m.requester_id = r.id OR m.recipient_id = r.id)
       WHERE r.event_id = $1 AND r.status = 'approved'`,
      [eventId],
    );
    expect(withMeetings.length).toBeGreaterThan(1);
    expect(await remindAgendas(t.ctx)).toBe(withMeetings.length);
    expect(await remindAgendas(t.ctx)).toBe(0);
    const { rows: agendaMails } = await t.ctx.db.query<{ language: string; body: string }>(
      `SELECT language, text_body AS body FROM mail_outbox
       WHERE template = 'mail.agendaReminder.body' AND to_address = $1`,
      [p1.admin.email],
    );
    expect(agendaMails).toHaveLength(1);
    expect(agendaMails[0]?.body).toContain(`http://corridor.test/events/${eventId}/agenda`);
    expect(agendaMails[0]?.body).toContain('2026-12-03 09:');
    expect(agendaMails[0]?.body).toContain('Asia/Vientiane, UTC+07:00');
    clock.set(new Date('2026-12-03T01:30:00Z'));
    expect((await p1.admin.client.post(`${api}/check-in`, { token })).statusCode).toBe(403);
    const first = (await org.post(`${api}/check-in`, { token })).json();
    expect(first.alreadyCheckedIn).toBe(false);
    expect(first.participant.id).toBe(r1.id);
    expect(first.checkedInAt.local).toBe('2026-12-03T08:30:00+07:00');
    clock.set(new Date('2026-12-03T01:45:00Z'));
    const second = (await org.post(`${api}/check-in`, { token })).json();
    expect(second).toMatchObject({ alreadyCheckedIn: true, checkedInAt: first.checkedInAt });
    const wrong = await org.post(`${api}/check-in`, { token: 'A'.repeat(24) });
    expect(wrong.json().error.code).toBe('CheckInTokenInvalid');

    // --- After the meetings: no-shows and follow-ups ---------------------------------------------
    const early = await p1.admin.client.put(`${api}/meetings/${m12.id}/follow-up`, {
      happened: true,
      followUp: true,
    });
    expect(early.json().error.code).toBe('MeetingNotYetHeld');
    clock.set(new Date('2026-12-03T07:30:00Z'));
    expect(
      (await org.post(`${api}/meetings/${m13.id}/attendance`, { attendance: 'recipient_no_show' })).json()
        .attendance,
    ).toBe('recipient_no_show');
    expect(
      (await org.post(`${api}/meetings/${m23.id}/attendance`, { attendance: 'held' })).json().error.code,
    ).toBe('MeetingNotScheduled');
    expect(
      (await p1.admin.client.post(`${api}/meetings/${m12.id}/attendance`, { attendance: 'held' })).statusCode,
    ).toBe(403);
    await p1.admin.client.put(`${api}/meetings/${m12.id}/follow-up`, {
      happened: true,
      followUp: true,
      comment: 'Send the pilot plant data.',
    });
    const both = (
      await p2.admin.client.put(`${api}/meetings/${m12.id}/follow-up`, { happened: true, followUp: true })
    ).json();
    expect(both.followUpAgreed).toBe(true);
    expect(both.cooperationId).toMatch(/^[0-9a-f-]{36}$/);
    const cooperation = await t.ctx.db.query<{ origin: string; originRef: string }>(
      'SELECT origin, origin_ref AS "originRef" FROM cooperations WHERE id = $1',
      [both.cooperationId],
    );
    expect(cooperation.rows[0]).toEqual({ origin: 'meeting_follow_up', originRef: m12.id });
    // The parties find the cooperation, and from it the event where they met.
    const opened = (await p1.admin.client.get(`/api/v1/cooperations/${both.cooperationId}`)).json();
    expect(opened).toMatchObject({ origin: 'meeting_follow_up', originEventId: eventId });
    await colleague.client.put(`${api}/meetings/${m15.id}/follow-up`, { happened: true, followUp: false });
    expect(
      (await p3.admin.client.put(`${api}/meetings/${m15.id}/follow-up`, { happened: true, followUp: true }))
        .statusCode,
    ).toBe(404);

    // --- The report equals direct counts in the database ------------------------------------------
    expect((await p1.admin.client.get(`${api}/report`)).statusCode).toBe(403);
    const report = (await org.get(`${api}/report`)).json();
    const q = (where: string) =>
      count(`SELECT count(*)::int AS n FROM meeting_requests m WHERE m.event_id = $1 AND ${where}`, [
        eventId,
      ]);
    const scheduledSql = `SELECT count(*)::int AS n FROM event_schedule_placements p
      JOIN event_schedules s ON s.id = p.schedule_id JOIN meeting_requests m ON m.id = p.meeting_id
      WHERE s.event_id = $1 AND s.status = 'published' AND m.status = 'accepted'`;
    expect(report.meetings).toEqual({
      requests: await q('true'),
      pending: await q(`m.status = 'pending'`),
      accepted: await q(`m.status = 'accepted'`),
      declined: await q(`m.status = 'declined'`),
      expired: await q(`m.status = 'expired'`),
      cancelled: await q(`m.status = 'cancelled'`),
      scheduled: await count(scheduledSql, [eventId]),
      held: await count(
        `${scheduledSql} AND (m.attendance = 'held' OR (m.attendance IS NULL
        AND m.id IN (SELECT meeting_id FROM meeting_follow_ups WHERE happened)))`,
        [eventId],
      ),
      noShows: await count(`${scheduledSql} AND m.attendance LIKE '%no_show'`, [eventId]),
      followUpsWanted: await q('m.id IN (SELECT meeting_id FROM meeting_follow_ups WHERE follow_up)'),
      mutualFollowUps: await q('m.follow_up_agreed_at IS NOT NULL'),
    });
    expect(report.meetings).toEqual({
      requests: 7,
      pending: 0,
      accepted: 3,
      declined: 1,
      expired: 1,
      cancelled: 2,
      scheduled: 3,
      held: 2,
      noShows: 1,
      followUpsWanted: 1,
      mutualFollowUps: 1,
    });
    const byCountrySql = await t.ctx.db.query<{
      country: string;
      registered: number;
      approved: number;
      checkedIn: number;
    }>(
      `SELECT o.country, count(*)::int AS registered, count(*)::int AS approved,
         count(r.checked_in_at)::int AS "checkedIn"
       FROM event_registrations r JOIN organisations o ON o.id = r.organisation_id
       WHERE r.event_id = $1 AND r.status = 'approved' GROUP BY o.country ORDER BY o.country`,
      [eventId],
    );
    expect(report.byCountry).toEqual(byCountrySql.rows);
    expect(report.byCountry.map((c: { country: string }) => c.country)).toEqual(['CN', 'LA', 'MM', 'TH']);
    expect(report.byOrganisationKind).toEqual([
      { kind: 'enterprise', registered: 3, approved: 3, checkedIn: 1 },
      { kind: 'research_institute', registered: 1, approved: 1, checkedIn: 0 },
    ]);
    expect(report.registrations).toEqual({
      registered: await count(
        `SELECT count(*)::int AS n FROM event_registrations WHERE event_id = $1 AND status IN ('pending', 'approved', 'waitlisted')`,
        [eventId],
      ),
      byStatus: { pending: 0, approved: 4, waitlisted: 0, declined: 0, cancelled: 1 },
      checkedIn: 1,
    });
    const reportCsv = await org.get(`${api}/report?format=csv&lang=th`);
    expect(reportCsv.body).toContain('meetings,held,count,2,ได้พบกันแล้ว');
    expect(reportCsv.body).toContain('by_country,LA,checkedIn,1,ลาว');

    // --- A background run that cannot finish says why, in its reader's language -------------------
    const doomed = (await org.post(`${api}/schedule-runs`, { seed: 3 })).json();
    expect((await org.post(`${api}/cancel`, { reason: 'Venue flooded' })).statusCode).toBe(200);
    await carryOutScheduleRun(t.ctx, doomed.id);
    const failed = await org.get(`${api}/schedule-runs/${doomed.id}`);
    expect(failed.json()).toMatchObject({ status: 'failed', scheduleId: null });
    expect(failed.json().error.code).toBe('EventStatusConflict');
    expect(failed.json().error.message).toBe(
      translate('en', 'error.EventStatusConflict', { status: 'cancelled' }),
    );
    // Finished runs free the event for the next one.
    expect((await org.post(`${api}/schedule-runs`, { seed: 4 })).json().error.code).toBe(
      'EventStatusConflict',
    );
  });
});
