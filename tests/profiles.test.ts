import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireDueProfiles, remindExpiringProfiles } from '../src/modules/profiles/profiles.service.js';
import { ManualClock } from '../src/platform/clock.js';
import { laoPotashRequest, organisationWithAdmin } from './support/fixtures.js';
import { startTestCorridor, type TestCorridor } from './support/harness.js';

let t: TestCorridor;
const clock = new ManualClock(new Date('2026-11-21T08:00:00Z'));

beforeAll(async () => {
  t = await startTestCorridor({ clock });
});
afterAll(() => t.stop());

describe('the review lifecycle', () => {
  it('goes draft, submitted, returned with comments, resubmitted, approved, published, with history', async () => {
    const { admin, org } = await organisationWithAdmin(t);
    const coordinator = await t.user({ platformRole: 'coordinator', coordinatorCountry: 'LA' });
    const otherCoordinator = await t.user({ platformRole: 'coordinator', coordinatorCountry: 'TH' });

    const draft = await admin.client.post('/api/v1/opportunities', laoPotashRequest(org.id));
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id;
    expect(draft.json().status).toBe('draft');
    expect(draft.json().languages).toEqual(['en', 'lo']);

    // Drafts are private to the organisation.
    expect((await t.client().get(`/api/v1/opportunities/${id}`)).statusCode).toBe(404);
    expect((await coordinator.client.get(`/api/v1/opportunities/${id}`)).statusCode).toBe(404);

    expect((await admin.client.post(`/api/v1/opportunities/${id}/submit`)).json().status).toBe('submitted');
    const queue = (await coordinator.client.get('/api/v1/review-queue')).json().items;
    expect(queue.map((p: { id: string }) => p.id)).toContain(id);
    expect((await otherCoordinator.client.get('/api/v1/review-queue')).json().items).toHaveLength(0);

    // Only the coordinators of the organisation's country review it.
    const wrong = await otherCoordinator.client.post(`/api/v1/opportunities/${id}/review`, {
      decision: 'approve',
    });
    expect(wrong.statusCode).toBe(404);
    const noComment = await coordinator.client.post(`/api/v1/opportunities/${id}/review`, {
      decision: 'return',
    });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.details.fields[0].field).toBe('comment');

    const returned = await coordinator.client.post(`/api/v1/opportunities/${id}/review`, {
      decision: 'return',
      comment: 'Please state the expected annual capacity in English too.',
    });
    expect(returned.json().status).toBe('returned');

    const fixed = await admin.client.patch(`/api/v1/opportunities/${id}`, {
      specification: { lo: 'ກຳລັງການຜະລິດ 50,000 ໂຕນຕໍ່ປີ.', en: 'Capacity 50,000 tonnes a year.' },
    });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json().status).toBe('returned');
    expect((await admin.client.post(`/api/v1/opportunities/${id}/submit`)).json().status).toBe('submitted');
    const approved = await coordinator.client.post(`/api/v1/opportunities/${id}/review`, {
      decision: 'approve',
    });
    expect(approved.json().status).toBe('published');
    expect(approved.json().validUntil).toBe('2027-11-21');

    const history = (await admin.client.get(`/api/v1/opportunities/${id}/history`)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual([
      'create',
      'submit',
      'return',
      'submit',
      'approve',
    ]);
    expect(history[2].comment).toContain('annual capacity');
    expect(history[2].actorId).toBe(coordinator.id);
    expect((await t.client().get(`/api/v1/opportunities/${id}/history`)).statusCode).toBe(401);

    // Editing a published profile sends it back to review.
    const edited = await admin.client.patch(`/api/v1/opportunities/${id}`, { trl: 7 });
    expect(edited.json().status).toBe('submitted');
  });

  it('refuses transitions the lifecycle does not allow', async () => {
    const { admin, org } = await organisationWithAdmin(t);
    const id = (await admin.client.post('/api/v1/opportunities', laoPotashRequest(org.id))).json().id;
    const res = await admin.client.post(`/api/v1/opportunities/${id}/complete`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('InvalidStateTransition');
  });

  it('needs an English title and summary before submission (a platform setting)', async () => {
    const { admin, org } = await organisationWithAdmin(t);
    const body = laoPotashRequest(org.id);
    const id = (
      await admin.client.post('/api/v1/opportunities', {
        ...body,
        title: { lo: body.title.lo },
        summary: { lo: body.summary.lo },
      })
    ).json().id;
    const res = await admin.client.post(`/api/v1/opportunities/${id}/submit`);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('PublicationRequirementsUnmet');
    expect(res.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'title.en',
      'summary.en',
    ]);
  });

  it('requires the original language title', async () => {
    const { admin, org } = await organisationWithAdmin(t);
    const res = await admin.client.post('/api/v1/opportunities', {
      ...laoPotashRequest(org.id),
      title: { en: 'Only English' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].field).toBe('title.lo');
  });

  it('lets only writers of the organisation create profiles', async () => {
    const { org } = await organisationWithAdmin(t);
    const outsider = await t.user();
    expect((await outsider.client.post('/api/v1/opportunities', laoPotashRequest(org.id))).statusCode).toBe(
      403,
    );
    const member = await t.user({ memberships: [{ organisationId: org.id, role: 'member' }] });
    expect((await member.client.post('/api/v1/opportunities', laoPotashRequest(org.id))).statusCode).toBe(
      403,
    );
    const editor = await t.user({ memberships: [{ organisationId: org.id, role: 'editor' }] });
    expect((await editor.client.post('/api/v1/opportunities', laoPotashRequest(org.id))).statusCode).toBe(
      201,
    );
    expect((await t.client().post('/api/v1/opportunities', laoPotashRequest(org.id))).statusCode).toBe(401);
  });
});

/** Creates and publishes a profile through the real workflow. */
async function publish(body: Record<string, unknown>, country = 'LA') {
  const { admin, org } = await organisationWithAdmin(
    t,
    country,
    `Org ${Math.random().toString(36).slice(2, 8)}`,
  );
  const coordinator = await t.user({ platformRole: 'coordinator', coordinatorCountry: country as 'LA' });
  const id = (await admin.client.post('/api/v1/opportunities', { ...body, organisationId: org.id })).json()
    .id as string;
  await admin.client.post(`/api/v1/opportunities/${id}/submit`);
  const res = await coordinator.client.post(`/api/v1/opportunities/${id}/review`, { decision: 'approve' });
  if (res.json().status !== 'published') throw new Error(res.body);
  return { id, admin, org };
}

describe('reading published profiles', () => {
  it('hides contact details from anonymous readers and shows them to signed-in, verified ones', async () => {
    const { id } = await publish(laoPotashRequest(''));
    const anon = (await t.client().get(`/api/v1/opportunities/${id}`)).json();
    expect(anon.contact).toBeUndefined();
    expect(JSON.stringify(anon)).not.toContain('@corridor.test');
    const reader = await t.user();
    expect((await reader.client.get(`/api/v1/opportunities/${id}`)).json().contact.email).toMatch(
      /@corridor\.test$/,
    );
    const unverified = await t.user({ verified: false });
    expect((await unverified.client.get(`/api/v1/opportunities/${id}`)).json().contact).toBeUndefined();
    const list = (await t.client().get('/api/v1/opportunities')).json();
    expect(list.items.every((p: { contact?: unknown }) => p.contact === undefined)).toBe(true);
  });

  it('filters by kind, country, sector group, TRL range, cooperation type, language and keyword', async () => {
    const thai = {
      kind: 'technology_offer',
      originalLanguage: 'th',
      title: { th: 'ระบบโซลาร์เซลล์สำหรับหมู่บ้าน', en: 'Solar mini-grid for villages' },
      summary: { th: 'ระบบไมโครกริดพลังงานแสงอาทิตย์', en: 'A solar micro-grid kit for off-grid villages.' },
      advantages: { th: 'ต้นทุนต่ำ' },
      trl: 8,
      cooperationTypes: ['commercial_with_technical_assistance'],
      sectors: ['green.clean_energy'],
    };
    const { id: thaiId } = await publish(thai, 'TH');
    const { id: laoId } = await publish(laoPotashRequest(''));
    const ids = async (query: string) =>
      ((await t.client().get(`/api/v1/opportunities?${query}`)).json().items as Array<{ id: string }>).map(
        (p) => p.id,
      );
    expect(await ids('kind=technology_offer')).toContain(thaiId);
    expect(await ids('kind=technology_offer')).not.toContain(laoId);
    expect(await ids('country=TH')).toEqual([thaiId]);
    expect(await ids('sector=green')).toContain(thaiId);
    expect(await ids('sector=green')).not.toContain(laoId);
    expect(await ids('trlMin=7&trlMax=9')).toContain(thaiId);
    expect(await ids('trlMin=7&trlMax=9')).not.toContain(laoId);
    expect(await ids('cooperationType=licence,financing')).toContain(laoId);
    expect(await ids('language=th')).toEqual([thaiId]);
    expect(await ids(`q=${encodeURIComponent('โซลาร์')}&qLanguage=th`)).toEqual([thaiId]);
    expect(await ids(`q=${encodeURIComponent('ຝຸ່ນໂປແທດ')}`)).toContain(laoId);
    expect(await ids(`q=${encodeURIComponent('ຝຸ່ນໂປແທດ')}&qLanguage=en`)).not.toContain(laoId);
    const bad = await t.client().get('/api/v1/opportunities?kind=spaceship&trlMin=12');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['kind[0]', 'trlMin']);
  });

  it('pages with cursors without repeating or skipping', async () => {
    for (let i = 0; i < 5; i += 1) {
      clock.set(new Date(clock.now().getTime() + 60_000));
      await publish({ ...laoPotashRequest(''), title: { lo: `ໂຄງການ ${i}`, en: `Paging project ${i}` } });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/opportunities?sort=title&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await t.client().get(url)).json();
      seen.push(...page.items.map((p: { id: string }) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    const total = (await t.client().get('/api/v1/opportunities?limit=100')).json();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total.total);
  });
});

describe('Zawgyi input', () => {
  it('converts Burmese typed in Zawgyi to Unicode on the way in', async () => {
    const { admin, org } = await organisationWithAdmin(t, 'MM', 'Yangon Rice Lab');
    // "မြန်မာနိုင်ငံ စပါးမျိုးစေ့" (Myanmar rice seed) typed in the Zawgyi encoding.
    const zawgyi =
      '\u103b\u1019\u1014\u1039\u1019\u102c\u108f\u102d\u102f\u1004\u1039\u1004\u1036 \u1005\u1015\u102b\u1038\u1019\u103a\u102d\u1033\u1038\u1031\u1005\u1037';
    const res = await admin.client.post('/api/v1/opportunities', {
      ...laoPotashRequest(org.id),
      originalLanguage: 'my',
      title: { my: zawgyi, en: 'Rice seed technology' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().title.my).toBe('မြန်မာနိုင်ငံ စပါးမျိုးစေ့');
    // Unicode Burmese is left exactly as typed.
    const unicode = await admin.client.post('/api/v1/opportunities', {
      ...laoPotashRequest(org.id),
      originalLanguage: 'my',
      title: { my: 'မြန်မာနိုင်ငံ စပါးမျိုးစေ့', en: 'Rice seed technology' },
    });
    expect(unicode.json().title.my).toBe('မြန်မာနိုင်ငံ စပါးမျိုးစေ့');
  });
});

describe('expiry and renewal (durable jobs)', () => {
  it('reminds the author before the end, expires after it, and renews', async () => {
    const { id, admin } = await publish({ ...laoPotashRequest(''), validUntil: '2026-12-31' });
    clock.set(new Date('2026-12-20T08:00:00Z'));
    const outboxBefore =
      (await t.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM mail_outbox')).rows[0]?.n ?? 0;
    expect(await remindExpiringProfiles(t.ctx)).toBeGreaterThanOrEqual(1);
    // Only once per validity date.
    await remindExpiringProfiles(t.ctx);
    const reminders = await t.ctx.db.query<{ subject: string }>(
      `SELECT subject FROM mail_outbox WHERE template = 'mail.expiring.body' AND id > $1 AND to_address = $2`,
      [outboxBefore, admin.email],
    );
    expect(reminders.rows).toHaveLength(1);

    clock.set(new Date('2027-01-02T08:00:00Z'));
    expect(await expireDueProfiles(t.ctx)).toBeGreaterThanOrEqual(1);
    // Weeks went by: the author's old session has expired, so they sign in again.
    const author = await t.signIn(admin.email);
    expect((await author.get(`/api/v1/opportunities/${id}`)).json().status).toBe('expired');
    expect((await t.client().get(`/api/v1/opportunities/${id}`)).statusCode).toBe(404);

    const renewed = await author.post(`/api/v1/opportunities/${id}/renew`, {});
    expect(renewed.json().status).toBe('published');
    expect(renewed.json().validUntil).toBe('2028-01-02');
    const history = (await author.get(`/api/v1/opportunities/${id}/history`)).json().items;
    expect(history.map((h: { action: string }) => h.action).slice(-2)).toEqual(['expire', 'renew']);
  });

  it('runs the expiry through the durable job runner', async () => {
    const { id, admin } = await publish({ ...laoPotashRequest(''), validUntil: '2028-02-01' });
    clock.set(new Date('2028-02-03T00:00:00Z'));
    await t.ctx.jobs.scheduleRecurring();
    expect(await t.ctx.jobs.runDue()).toBeGreaterThanOrEqual(1);
    expect((await (await t.signIn(admin.email)).get(`/api/v1/opportunities/${id}`)).json().status).toBe(
      'expired',
    );
    const { rows } = await t.ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM jobs WHERE kind = 'profiles.expire' AND status = 'pending'`,
    );
    expect(rows[0]?.n).toBe(1);
  });
});

describe('attachments', () => {
  it('accepts PDFs and images by their content, refuses other files, and serves them to readers', async () => {
    const { id, admin } = await publish(laoPotashRequest(''));
    const form = (name: string, content: Buffer) => {
      const boundary = '----corridor-test';
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
    };
    const draftId = (
      await admin.client.post(
        '/api/v1/opportunities',
        laoPotashRequest((await admin.client.get('/api/v1/me')).json().memberships[0].organisationId),
      )
    ).json().id;
    const pdf = form('ເອກະສານ.pdf', Buffer.from('%PDF-1.7\n% test\n'));
    const uploaded = await admin.client.request(
      'POST',
      `/api/v1/opportunities/${draftId}/attachments`,
      pdf.body,
      pdf.headers,
    );
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json().contentType).toBe('application/pdf');
    const exe = form('virus.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    const refused = await admin.client.request(
      'POST',
      `/api/v1/opportunities/${draftId}/attachments`,
      exe.body,
      exe.headers,
    );
    expect(refused.statusCode).toBe(415);
    expect(refused.json().error.code).toBe('AttachmentTypeNotAllowed');
    const download = await admin.client.get(
      `/api/v1/opportunities/${draftId}/attachments/${uploaded.json().id}`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.body.startsWith('%PDF-')).toBe(true);
    // The draft's attachment is not for the public.
    expect(
      (await t.client().get(`/api/v1/opportunities/${draftId}/attachments/${uploaded.json().id}`)).statusCode,
    ).toBe(404);
    expect(id).toBeDefined();
  });
});
