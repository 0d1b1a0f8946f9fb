import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Country } from '../src/domain/vocabulary.js';
import { ManualClock } from '../src/platform/clock.js';
import { startTestCorridor, type TestClient, type TestCorridor } from './support/harness.js';

let t: TestCorridor;
const clock = new ManualClock(new Date('2026-11-21T08:00:00Z'));

beforeAll(async () => {
  t = await startTestCorridor({ clock });
});
afterAll(() => t.stop());

/** An organisation of the given kind and its admin. */
async function organisation(country: Country, name: string, kind = 'enterprise') {
  const admin = await t.user({ country });
  const res = await admin.client.post('/api/v1/organisations', { name: { en: name }, kind, country });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { admin, org: res.json() as { id: string } };
}

function eventBody(organiserId: string, overrides: Record<string, unknown> = {}) {
  return {
    organiserIds: [organiserId],
    kind: 'brokerage_event',
    originalLanguage: 'en',
    title: { en: 'Mekong Agritech Docking Fair', lo: 'ງານຈັບຄູ່ເຕັກໂນໂລຊີກະສິກຳແມ່ຂອງ' },
    description: { en: 'Two days of 1:1 meetings between technology providers and adopters.' },
    timeZone: 'Asia/Vientiane',
    startsAt: '2026-12-03T08:00',
    endsAt: '2026-12-03T18:00',
    venueMode: 'venue',
    venueName: 'Lao-ITECC',
    city: 'Vientiane',
    country: 'LA',
    ...overrides,
  };
}

async function publishedEvent(
  client: TestClient,
  organiserId: string,
  overrides: Record<string, unknown> = {},
) {
  const created = await client.post('/api/v1/events', eventBody(organiserId, overrides));
  if (created.statusCode !== 201) throw new Error(created.body);
  const id = created.json().id as string;
  const published = await client.post(`/api/v1/events/${id}/publish`);
  if (published.statusCode !== 200) throw new Error(published.body);
  return id;
}

describe('event pages', () => {
  it('creates a draft shown only to its organisers, then publishes it', async () => {
    const { admin, org } = await organisation('LA', 'Lao National Science Council', 'government_agency');
    const created = await admin.client.post('/api/v1/events', eventBody(org.id));
    expect(created.statusCode).toBe(201);
    const event = created.json();
    expect(event.status).toBe('draft');
    expect(event.organisers.map((o: { id: string }) => o.id)).toEqual([org.id]);
    expect(event.title.lo).toBe('ງານຈັບຄູ່ເຕັກໂນໂລຊີກະສິກຳແມ່ຂອງ');
    expect(event.viewer.organiser).toBe(true);
    expect(event.meetings.roomBaseUrl).toBe('https://meet.jit.si');

    // A draft does not exist for anyone else.
    expect((await t.client().get(`/api/v1/events/${event.id}`)).statusCode).toBe(404);
    const outsider = await t.user();
    expect((await outsider.client.get(`/api/v1/events/${event.id}`)).statusCode).toBe(404);
    const listed = (await admin.client.get('/api/v1/events?status=draft')).json();
    expect(listed.items.map((e: { id: string }) => e.id)).toContain(event.id);
    expect((await outsider.client.get('/api/v1/events?status=draft')).json().items).toEqual([]);

    const published = await admin.client.post(`/api/v1/events/${event.id}/publish`);
    expect(published.json().status).toBe('published');
    expect(published.json().registration.open).toBe(true);
    const anonymousView = (await t.client().get(`/api/v1/events/${event.id}`)).json();
    expect(anonymousView.title.en).toBe('Mekong Agritech Docking Fair');
    expect(anonymousView.viewer.organiser).toBe(false);
    expect(anonymousView.meetings.roomBaseUrl).toBeUndefined();
    expect(JSON.stringify(anonymousView)).not.toContain('roomSecret');

    const again = await admin.client.post(`/api/v1/events/${event.id}/publish`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('EventStatusConflict');

    // Cursor pagination over published events.
    await publishedEvent(admin.client, org.id, { startsAt: '2026-12-10T08:00', endsAt: '2026-12-10T17:00' });
    const first = (await t.client().get(`/api/v1/events?organisationId=${org.id}&limit=1`)).json();
    expect(first.items).toHaveLength(1);
    expect(first.total).toBe(2);
    const second = (
      await t.client().get(`/api/v1/events?organisationId=${org.id}&limit=1&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items).toHaveLength(1);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect(second.nextCursor).toBeNull();
  });

  it('stores instants in UTC and returns them in the event zone: Asia/Yangon is UTC+06:30', async () => {
    const { admin, org } = await organisation('MM', 'Yangon Technological University', 'university');
    const created = await admin.client.post(
      '/api/v1/events',
      eventBody(org.id, {
        originalLanguage: 'my',
        title: { my: 'နည်းပညာ ချိတ်ဆက်ပွဲ', en: 'Yangon technology roadshow' },
        kind: 'roadshow',
        timeZone: 'Asia/Yangon',
        startsAt: '2026-12-08T09:00',
        // An instant with an offset is taken as that instant, whatever the event's zone.
        endsAt: '2026-12-08T10:30:00Z',
        city: 'Yangon',
        country: 'MM',
      }),
    );
    expect(created.statusCode).toBe(201);
    const event = created.json();
    expect(event.timeZone).toBe('Asia/Yangon');
    expect(event.startsAt).toEqual({
      utc: '2026-12-08T02:30:00.000Z',
      local: '2026-12-08T09:00:00+06:30',
      offset: '+06:30',
    });
    expect(event.endsAt.local).toBe('2026-12-08T17:00:00+06:30');
    const { rows } = await t.ctx.db.query<{ startsAt: Date }>(
      'SELECT starts_at AS "startsAt" FROM events WHERE id = $1',
      [event.id],
    );
    expect(rows[0]?.startsAt.toISOString()).toBe('2026-12-08T02:30:00.000Z');

    const session = await admin.client.post(`/api/v1/events/${event.id}/sessions`, {
      title: { en: 'Opening', my: 'ဖွင့်ပွဲ' },
      startsAt: '2026-12-08T09:00',
      endsAt: '2026-12-08T09:45',
      location: 'Hall A',
    });
    expect(session.statusCode).toBe(201);
    expect(session.json().startsAt.local).toBe('2026-12-08T09:00:00+06:30');
    expect(session.json().endsAt.utc).toBe('2026-12-08T03:15:00.000Z');

    const slots = await admin.client.put(`/api/v1/events/${event.id}/slots`, {
      blocks: [
        { startsAt: '2026-12-08T10:00', endsAt: '2026-12-08T11:00', meetingMinutes: 25, breakMinutes: 5 },
        { startsAt: '2026-12-08T14:00', endsAt: '2026-12-08T14:30', meetingMinutes: 30 },
      ],
    });
    expect(slots.statusCode).toBe(200);
    expect(
      slots
        .json()
        .items.map((s: { slot: number; startsAt: { local: string } }) => [s.slot, s.startsAt.local]),
    ).toEqual([
      [1, '2026-12-08T10:00:00+06:30'],
      [2, '2026-12-08T10:30:00+06:30'],
      [3, '2026-12-08T14:00:00+06:30'],
    ]);
    expect(slots.json().items[0].startsAt.utc).toBe('2026-12-08T03:30:00.000Z');
  });

  it('folds Burmese typed in Zawgyi into Unicode', async () => {
    const { admin, org } = await organisation('MM', 'Mandalay Agri Institute', 'research_institute');
    const zawgyi =
      '\u103b\u1019\u1014\u1039\u1019\u102c\u108f\u102d\u102f\u1004\u1039\u1004\u1036 \u1005\u1015\u102b\u1038\u1019\u103a\u102d\u1033\u1038\u1031\u1005\u1037';
    const res = await admin.client.post(
      '/api/v1/events',
      eventBody(org.id, {
        originalLanguage: 'my',
        title: { my: zawgyi },
        timeZone: 'Asia/Yangon',
        country: 'MM',
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().title.my).toBe('မြန်မာနိုင်ငံ စပါးမျိုးစေ့');
  });

  it('names the fields that need attention', async () => {
    const { admin, org } = await organisation('TH', 'Chiang Rai Innovation Park', 'hightech_park_incubator');
    const fields = async (body: unknown, url = '/api/v1/events') => {
      const res = await admin.client.post(url, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('ValidationFailed');
      return res
        .json()
        .error.details.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`);
    };
    expect(await fields(eventBody(org.id, { timeZone: 'Mars/Olympus_Mons' }))).toEqual([
      'timeZone:not_allowed_value',
    ]);
    expect(await fields(eventBody(org.id, { endsAt: '2026-12-03T07:00' }))).toEqual(['endsAt:invalid']);
    expect(await fields(eventBody(org.id, { title: { lo: 'ງານ' } }))).toEqual(['title.en:required']);
    expect(await fields(eventBody(org.id, { capacity: 0, kind: 'party', fee: 10 }))).toEqual(
      expect.arrayContaining(['capacity:too_small', 'kind:not_allowed_value', 'fee:unknown_field']),
    );
    expect(await fields(eventBody(org.id, { startsAt: '3 December' }))).toEqual(['startsAt:invalid_format']);
    expect(await fields(eventBody(org.id, { venueMode: 'venue', country: null }))).toEqual([
      'country:required',
    ]);
    expect(await fields(eventBody(org.id, { tableCount: 2, tableLabels: ['A', 'B', 'C'] }))).toEqual([
      'tableLabels:too_big',
    ]);
    expect(await fields(eventBody('00000000-0000-4000-8000-000000000000'))).toEqual([
      'organiserIds[0]:not_allowed_value',
    ]);

    const id = await publishedEvent(admin.client, org.id, { timeZone: 'Asia/Bangkok', country: 'TH' });
    const overlap = await admin.client.put(`/api/v1/events/${id}/slots`, {
      blocks: [
        { startsAt: '2026-12-03T09:00', endsAt: '2026-12-03T10:00', meetingMinutes: 20 },
        { startsAt: '2026-12-03T09:30', endsAt: '2026-12-03T11:00', meetingMinutes: 20 },
      ],
    });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'blocks[1].startsAt', code: 'invalid' }),
    ]);
    expect(
      await fields(
        { title: {}, startsAt: '2026-12-03T09:00', endsAt: '2026-12-03T08:00' },
        `/api/v1/events/${id}/sessions`,
      ),
    ).toEqual(['title:required']);
  });

  it('lets only writers of every organising organisation, or administrators, create and edit events', async () => {
    const { admin, org } = await organisation('VN', 'Hanoi Tech Transfer Office', 'university');
    const other = await organisation('KH', 'Phnom Penh Incubator', 'hightech_park_incubator');
    const member = await t.user({ memberships: [{ organisationId: org.id, role: 'member' }] });
    const unverified = await t.user({
      verified: false,
      memberships: [{ organisationId: org.id, role: 'editor' }],
    });
    const platformAdmin = await t.user({ platformRole: 'administrator' });

    expect((await member.client.post('/api/v1/events', eventBody(org.id))).statusCode).toBe(403);
    expect((await t.client().post('/api/v1/events', eventBody(org.id))).statusCode).toBe(401);
    const notVerified = await unverified.client.post('/api/v1/events', eventBody(org.id));
    expect(notVerified.statusCode).toBe(403);
    expect(notVerified.json().error.code).toBe('EmailNotVerified');
    // A joint event needs writing rights in both organisations.
    const joint = await admin.client.post(
      '/api/v1/events',
      eventBody(org.id, { organiserIds: [org.id, other.org.id] }),
    );
    expect(joint.statusCode).toBe(403);
    const byAdministrator = await platformAdmin.client.post(
      '/api/v1/events',
      eventBody(org.id, { organiserIds: [org.id, other.org.id] }),
    );
    expect(byAdministrator.statusCode).toBe(201);
    const id = byAdministrator.json().id;
    // Both organisations' writers now organise it.
    expect(
      (await other.admin.client.patch(`/api/v1/events/${id}`, { capacity: 40 })).json().registration.capacity,
    ).toBe(40);
    expect((await member.client.patch(`/api/v1/events/${id}`, { capacity: 41 })).statusCode).toBe(404);
    await admin.client.post(`/api/v1/events/${id}/publish`);
    expect((await member.client.patch(`/api/v1/events/${id}`, { capacity: 41 })).statusCode).toBe(403);

    const cancelled = await admin.client.post(`/api/v1/events/${id}/cancel`, { reason: 'Venue flooded' });
    expect(cancelled.json().status).toBe('cancelled');
    expect((await t.client().get(`/api/v1/events/${id}`)).json().cancelReason).toBe('Venue flooded');
  });
});

describe('organising organisations', () => {
  it('adds co-organisers with their consent and removes them, never the last one', async () => {
    const { admin, org } = await organisation('LA', 'Lao Ministry of Technology', 'government_agency');
    const partner = await organisation('TH', 'Khon Kaen Science Park', 'hightech_park_incubator');
    const third = await organisation('CN', 'Kunming Technology Market', 'association_ngo');
    // Someone who writes for both the first organiser and the partner.
    const bridge = await t.user({
      memberships: [
        { organisationId: org.id, role: 'editor' },
        { organisationId: partner.org.id, role: 'admin' },
      ],
    });
    const unverified = await t.user({
      verified: false,
      memberships: [
        { organisationId: org.id, role: 'editor' },
        { organisationId: partner.org.id, role: 'editor' },
      ],
    });
    const platformAdmin = await t.user({ platformRole: 'administrator' });
    const id = (await admin.client.post('/api/v1/events', eventBody(org.id))).json().id as string;
    const organisersOf = async () =>
      (await admin.client.get(`/api/v1/events/${id}`)).json().organisers.map((o: { id: string }) => o.id);

    // The first organiser's admin does not write for the partner: no naming it without consent.
    const unasked = await admin.client.post(`/api/v1/events/${id}/organisers`, {
      organisationId: partner.org.id,
    });
    expect(unasked.statusCode).toBe(403);
    // The partner's own admin does not organise the event (a draft): it does not exist for them.
    const notOrganiser = await partner.admin.client.post(`/api/v1/events/${id}/organisers`, {
      organisationId: partner.org.id,
    });
    expect(notOrganiser.statusCode).toBe(404);
    const notVerified = await unverified.client.post(`/api/v1/events/${id}/organisers`, {
      organisationId: partner.org.id,
    });
    expect(notVerified.json().error.code).toBe('EmailNotVerified');
    const unknown = await bridge.client.post(`/api/v1/events/${id}/organisers`, {
      organisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields[0].field).toBe('organisationId');

    const added = await bridge.client.post(`/api/v1/events/${id}/organisers`, {
      organisationId: partner.org.id,
    });
    expect(added.statusCode).toBe(200);
    expect(added.json().organisers.map((o: { id: string }) => o.id)).toEqual([org.id, partner.org.id]);
    expect(added.json().version).toBeGreaterThan(1);
    // Adding it again changes nothing.
    await bridge.client.post(`/api/v1/events/${id}/organisers`, { organisationId: partner.org.id });
    expect(await organisersOf()).toEqual([org.id, partner.org.id]);
    // The partner's admin now organises the draft; an administrator may add any organisation.
    expect((await partner.admin.client.get(`/api/v1/events/${id}`)).json().viewer.organiser).toBe(true);
    await platformAdmin.client.post(`/api/v1/events/${id}/organisers`, { organisationId: third.org.id });
    expect(await organisersOf()).toEqual([org.id, partner.org.id, third.org.id]);

    // Any organiser removes a co-organiser; removing your own organisation steps down.
    const removed = await partner.admin.client.delete(`/api/v1/events/${id}/organisers/${third.org.id}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().organisers.map((o: { id: string }) => o.id)).toEqual([org.id, partner.org.id]);
    const stepDown = await admin.client.delete(`/api/v1/events/${id}/organisers/${org.id}`);
    expect(stepDown.statusCode).toBe(204);
    expect((await admin.client.get(`/api/v1/events/${id}`)).statusCode).toBe(404);
    expect(
      (await partner.admin.client.get(`/api/v1/events/${id}`))
        .json()
        .organisers.map((o: { id: string }) => o.id),
    ).toEqual([partner.org.id]);
    // The last one stays, and an organisation that does not organise cannot be removed.
    const last = await partner.admin.client.delete(`/api/v1/events/${id}/organisers/${partner.org.id}`);
    expect(last.statusCode).toBe(409);
    expect(last.json().error.code).toBe('LastOrganiser');
    const notListed = await partner.admin.client.delete(`/api/v1/events/${id}/organisers/${org.id}`);
    expect(notListed.statusCode).toBe(404);
    // Outsiders of a published event are refused, not told it is missing.
    await partner.admin.client.post(`/api/v1/events/${id}/publish`);
    const outsider = await t.user();
    expect(
      (await outsider.client.delete(`/api/v1/events/${id}/organisers/${partner.org.id}`)).statusCode,
    ).toBe(403);
  });
});

describe('registration', () => {
  it('approves within capacity, keeps a waiting list when full, and promotes from it', async () => {
    const { admin, org } = await organisation(
      'CN',
      'Yunnan Science and Technology Department',
      'government_agency',
    );
    const id = await publishedEvent(admin.client, org.id, {
      capacity: 2,
      timeZone: 'Asia/Shanghai',
      country: 'CN',
    });
    const participants = await Promise.all(
      (['LA', 'TH', 'VN', 'KH'] as const).map((country, i) => organisation(country, `Participant ${i + 1}`)),
    );
    const register = async (p: (typeof participants)[number]) => {
      const res = await p.admin.client.post(`/api/v1/events/${id}/registrations`, {
        organisationId: p.org.id,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; status: string };
    };
    const [a, b, c, d] = participants;
    if (!a || !b || !c || !d) throw new Error('four participants expected');
    const ra = await register(a);
    const rb = await register(b);
    const rc = await register(c);
    const rd = await register(d);
    // Two places, both taken by registrations waiting for approval: the rest wait in line.
    expect([ra.status, rb.status, rc.status, rd.status]).toEqual([
      'pending',
      'pending',
      'waitlisted',
      'waitlisted',
    ]);

    const again = await a.admin.client.post(`/api/v1/events/${id}/registrations`, {
      organisationId: a.org.id,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('AlreadyRegistered');

    const decide = (registrationId: string, decision: string, reason = '') =>
      admin.client.post(`/api/v1/events/${id}/registrations/${registrationId}/decision`, {
        decision,
        reason,
      });
    expect((await decide(ra.id, 'approve')).json().status).toBe('approved');
    // A participant may not decide on registrations.
    expect(
      (
        await a.admin.client.post(`/api/v1/events/${id}/registrations/${rb.id}/decision`, {
          decision: 'approve',
        })
      ).statusCode,
    ).toBe(403);
    expect((await decide(rb.id, 'approve')).json().status).toBe('approved');
    const full = await decide(rc.id, 'approve');
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('EventFull');

    // A declined participant frees a place: the first in line moves up to the approval queue.
    const declined = await decide(rb.id, 'decline', 'Only one delegation per province this year.');
    expect(declined.json().status).toBe('declined');
    expect(declined.json().decision.reason).toBe('Only one delegation per province this year.');
    const mail = await t.ctx.db.query<{ textBody: string }>(
      `SELECT text_body AS "textBody" FROM mail_outbox WHERE template = 'mail.eventDeclined.body' ORDER BY id DESC LIMIT 1`,
    );
    expect(mail.rows[0]?.textBody).toContain('Only one delegation per province this year.');
    expect((await c.admin.client.get(`/api/v1/events/${id}/registrations/${rc.id}`)).json().status).toBe(
      'pending',
    );
    expect((await d.admin.client.get(`/api/v1/events/${id}/registrations/${rd.id}`)).json().status).toBe(
      'waitlisted',
    );
    expect((await decide(rc.id, 'approve')).json().status).toBe('approved');

    // Withdrawing frees a place too.
    expect(
      (await c.admin.client.post(`/api/v1/events/${id}/registrations/${rc.id}/cancel`)).json().status,
    ).toBe('cancelled');
    expect((await d.admin.client.get(`/api/v1/events/${id}/registrations/${rd.id}`)).json().status).toBe(
      'pending',
    );

    // The organisers see every registration; participants only their own.
    const list = (
      await admin.client.get(`/api/v1/events/${id}/registrations?status=approved,pending`)
    ).json();
    expect(list.items.map((r: { id: string }) => r.id).sort()).toEqual([ra.id, rd.id].sort());
    expect((await a.admin.client.get(`/api/v1/events/${id}/registrations`)).statusCode).toBe(403);
    expect((await a.admin.client.get(`/api/v1/events/${id}/registrations/${rd.id}`)).statusCode).toBe(404);
    // Approved participants see the participant list; others do not.
    expect((await a.admin.client.get(`/api/v1/events/${id}/participants`)).json().items).toHaveLength(1);
    expect((await d.admin.client.get(`/api/v1/events/${id}/participants`)).statusCode).toBe(403);
    expect((await a.admin.client.get(`/api/v1/events/${id}/registrations/mine`)).json().id).toBe(ra.id);
  });

  it('approves at once when the event needs no approval, and closes at the deadline', async () => {
    const { admin, org } = await organisation('TH', 'Bangkok Innovation Agency', 'government_agency');
    const id = await publishedEvent(admin.client, org.id, {
      requiresApproval: false,
      timeZone: 'Asia/Bangkok',
      country: 'TH',
      registrationDeadline: '2026-11-25T17:00',
    });
    const p = await organisation('LA', 'Savannakhet Rice Mill');
    const res = await p.admin.client.post(`/api/v1/events/${id}/registrations`, { organisationId: p.org.id });
    expect(res.json().status).toBe('approved');
    const late = await organisation('KH', 'Siem Reap Solar');
    clock.set(new Date('2026-11-25T10:00:01Z'));
    try {
      const closed = await late.admin.client.post(`/api/v1/events/${id}/registrations`, {
        organisationId: late.org.id,
      });
      expect(closed.statusCode).toBe(409);
      expect(closed.json().error.code).toBe('RegistrationClosed');
    } finally {
      clock.set(new Date('2026-11-21T08:00:00Z'));
    }
  });

  it('forms delegations from members of the organisation, one delegation per person', async () => {
    const { admin, org } = await organisation('VN', 'Da Nang Hi-Tech Park', 'hightech_park_incubator');
    const id = await publishedEvent(admin.client, org.id, {
      requiresApproval: false,
      timeZone: 'Asia/Ho_Chi_Minh',
      country: 'VN',
    });
    const p = await organisation('LA', 'Champasak Coffee Cooperative', 'association_ngo');
    const colleague = await t.user({ memberships: [{ organisationId: p.org.id, role: 'member' }] });
    const stranger = await t.user();
    const bad = await p.admin.client.post(`/api/v1/events/${id}/registrations`, {
      organisationId: p.org.id,
      delegateUserIds: [colleague.id, stranger.id],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'delegateUserIds[1]', code: 'not_allowed_value' }),
    ]);
    const ok = await p.admin.client.post(`/api/v1/events/${id}/registrations`, {
      organisationId: p.org.id,
      delegateUserIds: [colleague.id],
      language: 'lo',
      offer: { lo: 'ກາເຟອາຣາບິກາ', en: 'Arabica coffee' },
      seek: { en: 'Coffee drying technology' },
      sectors: ['agrifood.crops_seeds'],
      keywords: ['Coffee'],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const registration = ok.json();
    expect(registration.delegates.map((d: { userId: string }) => d.userId)).toEqual([
      p.admin.id,
      colleague.id,
    ]);
    expect(registration.language).toBe('lo');
    expect(registration.keywords).toEqual(['coffee']);
    // The colleague, a plain member, speaks for the delegation but does not manage it.
    expect((await colleague.client.get(`/api/v1/events/${id}/registrations/mine`)).json().id).toBe(
      registration.id,
    );
    const edited = await colleague.client.patch(`/api/v1/events/${id}/registrations/${registration.id}`, {
      seek: { en: 'Coffee drying and roasting technology' },
    });
    expect(edited.json().seek.en).toBe('Coffee drying and roasting technology');
    expect(
      (
        await colleague.client.put(`/api/v1/events/${id}/registrations/${registration.id}/delegates`, {
          userIds: [colleague.id],
        })
      ).statusCode,
    ).toBe(403);
    // Availability names the slots and sessions it refers to.
    const availability = await colleague.client.put(
      `/api/v1/events/${id}/registrations/${registration.id}/availability`,
      {
        unavailableSlots: [3],
        sessionIds: ['00000000-0000-4000-8000-000000000000'],
      },
    );
    expect(availability.statusCode).toBe(400);
    expect(availability.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'unavailableSlots[0]',
      'sessionIds[0]',
    ]);
  });
});
