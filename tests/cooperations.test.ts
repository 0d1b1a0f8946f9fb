import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindDueNextSteps } from '../src/modules/cooperations/cooperations.service.js';
import { ManualClock } from '../src/platform/clock.js';
import { laoPotashRequest, organisationWithAdmin } from './support/fixtures.js';
import { startTestCorridor, type TestClient, type TestCorridor } from './support/harness.js';

let t: TestCorridor;
const clock = new ManualClock(new Date('2026-11-21T08:00:00Z'));

interface Party {
  admin: { client: TestClient; id: string; email: string };
  org: { id: string; slug: string; country: string };
}
let lao: Party;
let chinese: Party;
let thai: Party;
let platformAdmin: TestClient;

beforeAll(async () => {
  t = await startTestCorridor({ clock });
  lao = await organisationWithAdmin(t, 'LA', 'Luang Namtha Agro Co.');
  chinese = await organisationWithAdmin(t, 'CN', 'Yunnan Potash Research Institute');
  thai = await organisationWithAdmin(t, 'TH', 'Chiang Rai Solar Ltd.');
  platformAdmin = (await t.user({ platformRole: 'administrator' })).client;
});
afterAll(() => t.stop());

/** Opens a cooperation between the Lao and the Chinese organisation, by the Lao admin. */
async function openLaoChinese(extra: Record<string, unknown> = {}): Promise<string> {
  const res = await lao.admin.client.post('/api/v1/cooperations', {
    title: { en: 'Potash fertiliser processing', lo: 'ການປຸງແຕ່ງຝຸ່ນໂປແທດ' },
    organisationIds: [lao.org.id, chinese.org.id],
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function move(client: TestClient, id: string, body: Record<string, unknown>) {
  return client.post(`/api/v1/cooperations/${id}/stage`, body);
}

describe('the cooperation pipeline', () => {
  it('goes through every stage, keeping the history with dates and who moved it', async () => {
    const profile = (
      await lao.admin.client.post('/api/v1/opportunities', laoPotashRequest(lao.org.id))
    ).json();
    const id = await openLaoChinese({ profileIds: [profile.id], openedOn: '2026-09-01' });
    const opened = (await lao.admin.client.get(`/api/v1/cooperations/${id}`)).json();
    expect(opened.stage).toBe('contact');
    expect(opened.origin).toBe('manual');
    // The sector comes from the first sector of the first profile.
    expect(opened.sector).toBe('agrifood.fertilisers');
    expect(opened.profiles.map((p: { id: string }) => p.id)).toEqual([profile.id]);
    expect(
      opened.parties.map((p: { organisation: { country: string } }) => p.organisation.country).sort(),
    ).toEqual(['CN', 'LA']);

    expect(
      (await move(lao.admin.client, id, { to: 'meeting_held', occurredOn: '2026-09-10' })).statusCode,
    ).toBe(200);
    // The other party moves it too.
    expect(
      (await move(chinese.admin.client, id, { to: 'nda_signed', occurredOn: '2026-09-15' })).statusCode,
    ).toBe(200);
    const negotiation = await move(lao.admin.client, id, {
      to: 'negotiation',
      occurredOn: '2026-11-01',
      comment: 'Royalty rate open',
    });
    expect(negotiation.statusCode).toBe(200);
    const signed = await move(lao.admin.client, id, {
      to: 'agreement_signed',
      agreement: {
        type: 'licence',
        signedOn: '2026-11-20',
        value: { amount: 250000, currency: 'USD' },
        ipTerms: 'Non-exclusive licence for Laos, 5 years, 3% royalty.',
      },
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().agreements[0]).toMatchObject({
      type: 'licence',
      signedOn: '2026-11-20',
      value: { amount: 250000, currency: 'USD' },
      usdValue: 250000,
      usdRate: null,
    });
    expect((await move(lao.admin.client, id, { to: 'implementation' })).statusCode).toBe(200);
    const reported = await lao.admin.client.post(`/api/v1/cooperations/${id}/outcomes`, {
      metric: 'jobs_created',
      value: 12,
      reportedOn: '2026-11-21',
      note: 'Plant operators hired in Luang Namtha',
    });
    expect(reported.statusCode, reported.body).toBe(201);
    expect(reported.json().stage).toBe('outcome_reported');

    const history = (await chinese.admin.client.get(`/api/v1/cooperations/${id}/history`)).json().items;
    expect(history.map((h: { toStage: string }) => h.toStage)).toEqual([
      'contact',
      'meeting_held',
      'nda_signed',
      'negotiation',
      'agreement_signed',
      'implementation',
      'outcome_reported',
    ]);
    expect(history.map((h: { occurredOn: string }) => h.occurredOn)).toEqual([
      '2026-09-01',
      '2026-09-10',
      '2026-09-15',
      '2026-11-01',
      '2026-11-20',
      '2026-11-21',
      '2026-11-21',
    ]);
    expect(history[2].actorId).toBe(chinese.admin.id);
    expect(history[1].actorId).toBe(lao.admin.id);
    expect(history[3].comment).toBe('Royalty rate open');
    expect(history[1].fromStage).toBe('contact');
  });

  it('closes without agreement only with a reason from the fixed list, and then stays closed', async () => {
    const id = await openLaoChinese();
    const noReason = await move(lao.admin.client, id, { to: 'closed_without_agreement' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.fields[0].field).toBe('closedReason');
    const badReason = await move(lao.admin.client, id, {
      to: 'closed_without_agreement',
      closedReason: 'bored',
    });
    expect(badReason.statusCode).toBe(400);
    const closed = await move(lao.admin.client, id, {
      to: 'closed_without_agreement',
      closedReason: 'terms_not_agreed',
      comment: 'Could not agree on exclusivity.',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      stage: 'closed_without_agreement',
      closedReason: 'terms_not_agreed',
    });
    const reopened = await move(lao.admin.client, id, { to: 'negotiation' });
    expect(reopened.statusCode).toBe(409);
    expect(reopened.json().error.code).toBe('InvalidStateTransition');
  });

  it('refuses moves the pipeline does not allow with 409 InvalidStateTransition', async () => {
    const id = await openLaoChinese();
    for (const to of ['implementation', 'outcome_reported', 'agreement_signed', 'contact']) {
      const body =
        to === 'agreement_signed' ? { to, agreement: { type: 'training', signedOn: '2026-11-01' } } : { to };
      const res = await move(lao.admin.client, id, body);
      expect(res.statusCode, to).toBe(409);
      expect(res.json().error.code).toBe('InvalidStateTransition');
      expect(res.json().error.details).toMatchObject({ from: 'contact', action: to });
    }
    // Moving to agreement_signed needs the agreement itself.
    await move(lao.admin.client, id, { to: 'negotiation' });
    const noAgreement = await move(lao.admin.client, id, { to: 'agreement_signed' });
    expect(noAgreement.statusCode).toBe(400);
    expect(noAgreement.json().error.details.fields[0].field).toBe('agreement');
    // Outcomes wait for the implementation; further agreements for the first signature.
    const early = await lao.admin.client.post(`/api/v1/cooperations/${id}/outcomes`, {
      metric: 'patents',
      value: 1,
      reportedOn: '2026-11-01',
    });
    expect(early.statusCode).toBe(409);
    const earlyAgreement = await lao.admin.client.post(`/api/v1/cooperations/${id}/agreements`, {
      type: 'training',
      signedOn: '2026-11-01',
    });
    expect(earlyAgreement.statusCode).toBe(409);
    // Dates: not in the future, not before the previous stage.
    const future = await move(lao.admin.client, id, {
      to: 'closed_without_agreement',
      closedReason: 'other',
      occurredOn: '2026-12-01',
    });
    expect(future.statusCode).toBe(400);
    const before = await move(lao.admin.client, id, {
      to: 'closed_without_agreement',
      closedReason: 'other',
      occurredOn: '2020-01-01',
    });
    expect(before.statusCode).toBe(400);
    expect(before.json().error.details.fields[0].field).toBe('occurredOn');
  });

  it('validates the parties and profiles when opening', async () => {
    const one = await lao.admin.client.post('/api/v1/cooperations', {
      title: { en: 'Alone' },
      organisationIds: [lao.org.id],
    });
    expect(one.statusCode).toBe(400);
    const unknown = await lao.admin.client.post('/api/v1/cooperations', {
      title: { en: 'Ghost' },
      organisationIds: [lao.org.id, '00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields[0].field).toBe('organisationIds[1]');
    const thaiProfile = (
      await thai.admin.client.post('/api/v1/opportunities', laoPotashRequest(thai.org.id))
    ).json();
    const foreignProfile = await lao.admin.client.post('/api/v1/cooperations', {
      title: { en: 'Borrowed profile' },
      organisationIds: [lao.org.id, chinese.org.id],
      profileIds: [thaiProfile.id],
    });
    expect(foreignProfile.statusCode).toBe(400);
    expect(foreignProfile.json().error.details.fields[0].field).toBe('profileIds[0]');
    // Only writers of one of the parties open a cooperation.
    const outsider = await thai.admin.client.post('/api/v1/cooperations', {
      title: { en: 'Not mine' },
      organisationIds: [lao.org.id, chinese.org.id],
    });
    expect(outsider.statusCode).toBe(403);
    expect(
      (await t.client().post('/api/v1/cooperations', { title: { en: 'x' }, organisationIds: [] })).statusCode,
    ).toBe(400);
  });
});

describe('agreements in US dollars', () => {
  it('converts with the latest rate on or before the signing date, and follows the rates table', async () => {
    const put = (currency: string, date: string, unitsPerUsd: number) =>
      platformAdmin.put(`/api/v1/admin/exchange-rates/${currency}/${date}`, { unitsPerUsd, source: 'test' });
    expect((await put('CNY', '2026-01-01', 7)).statusCode).toBe(200);
    expect((await put('CNY', '2026-06-01', 7.2)).statusCode).toBe(200);
    expect((await put('CNY', '2026-12-01', 9)).statusCode).toBe(200);
    // Only administrators maintain the rates.
    expect(
      (await lao.admin.client.put('/api/v1/admin/exchange-rates/CNY/2026-02-01', { unitsPerUsd: 1 }))
        .statusCode,
    ).toBe(403);
    expect((await lao.admin.client.get('/api/v1/admin/exchange-rates')).statusCode).toBe(403);

    const id = await openLaoChinese({ openedOn: '2026-01-15' });
    await move(lao.admin.client, id, { to: 'negotiation', occurredOn: '2026-07-01' });
    const signed = await move(chinese.admin.client, id, {
      to: 'agreement_signed',
      agreement: { type: 'joint_rd', signedOn: '2026-07-15', value: { amount: 720000, currency: 'CNY' } },
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().agreements[0]).toMatchObject({
      usdValue: 100000,
      usdRate: { date: '2026-06-01', unitsPerUsd: 7.2 },
    });
    const second = await lao.admin.client.post(`/api/v1/cooperations/${id}/agreements`, {
      type: 'training',
      signedOn: '2026-03-01',
      value: { amount: 7000, currency: 'CNY' },
    });
    expect(second.statusCode).toBe(201);
    const training = second.json().agreements.find((a: { type: string }) => a.type === 'training');
    expect(training).toMatchObject({ usdValue: 1000, usdRate: { date: '2026-01-01', unitsPerUsd: 7 } });

    // No Lao kip rate yet: the value is kept, the USD equivalent waits for a rate.
    const kip = await lao.admin.client.post(`/api/v1/cooperations/${id}/agreements`, {
      type: 'technical_cooperation_or_service',
      signedOn: '2026-10-01',
      value: { amount: 43_000_000, currency: 'LAK' },
    });
    const pending = kip
      .json()
      .agreements.find((a: { type: string }) => a.type === 'technical_cooperation_or_service');
    expect(pending).toMatchObject({
      value: { amount: 43_000_000, currency: 'LAK' },
      usdValue: null,
      usdRate: null,
    });
    const added = await put('LAK', '2026-09-30', 21500);
    expect(added.json().repricedAgreements).toBe(1);
    const after = (await lao.admin.client.get(`/api/v1/cooperations/${id}`)).json();
    expect(
      after.agreements.find((a: { type: string }) => a.type === 'technical_cooperation_or_service'),
    ).toMatchObject({
      usdValue: 2000,
      usdRate: { date: '2026-09-30', unitsPerUsd: 21500 },
    });

    // Correcting and removing a rate re-converts what it touched.
    await put('CNY', '2026-06-01', 8);
    const corrected = (await lao.admin.client.get(`/api/v1/cooperations/${id}`)).json();
    expect(corrected.agreements.find((a: { type: string }) => a.type === 'joint_rd').usdValue).toBe(90000);
    expect((await platformAdmin.delete('/api/v1/admin/exchange-rates/CNY/2026-06-01')).statusCode).toBe(200);
    const fallback = (await lao.admin.client.get(`/api/v1/cooperations/${id}`)).json();
    expect(fallback.agreements.find((a: { type: string }) => a.type === 'joint_rd')).toMatchObject({
      usdValue: 102857.14,
      usdRate: { date: '2026-01-01' },
    });
    expect(
      (await platformAdmin.delete('/api/v1/admin/exchange-rates/CNY/2026-06-01')).json().error.code,
    ).toBe('ExchangeRateNotFound');
    const rates = (await platformAdmin.get('/api/v1/admin/exchange-rates?currency=CNY&limit=1')).json();
    expect(rates.items[0]).toMatchObject({ currency: 'CNY', rateDate: '2026-12-01', unitsPerUsd: 9 });
    const next = (
      await platformAdmin.get(`/api/v1/admin/exchange-rates?currency=CNY&limit=1&cursor=${rates.nextCursor}`)
    ).json();
    expect(next.items[0].rateDate).toBe('2026-01-01');
    expect((await platformAdmin.get('/api/v1/admin/exchange-rates?cursor=bogus')).statusCode).toBe(400);
  });
});

describe('outcomes', () => {
  it('are reported over time by writers of the parties, and corrected', async () => {
    const id = await openLaoChinese({ openedOn: '2026-09-01' });
    await move(lao.admin.client, id, { to: 'negotiation', occurredOn: '2026-09-20' });
    await move(lao.admin.client, id, {
      to: 'agreement_signed',
      agreement: { type: 'investment', signedOn: '2026-10-01' },
    });
    await move(lao.admin.client, id, { to: 'implementation' });
    const report = (metric: string, value: number, reportedOn: string) =>
      chinese.admin.client.post(`/api/v1/cooperations/${id}/outcomes`, { metric, value, reportedOn });
    expect((await report('people_trained', 40, '2026-10-15')).statusCode).toBe(201);
    expect((await report('investment_usd', 1_500_000.5, '2026-11-01')).statusCode).toBe(201);
    const last = await report('people_trained', 25, '2026-11-20');
    const outcomes = last.json().outcomes as Array<{ id: string; metric: string; value: number }>;
    expect(outcomes.map((o) => [o.metric, o.value])).toEqual([
      ['people_trained', 40],
      ['investment_usd', 1_500_000.5],
      ['people_trained', 25],
    ]);
    expect((await report('jobs_created', 1, '2027-01-01')).statusCode).toBe(400);
    expect((await report('happiness', 1, '2026-11-01')).statusCode).toBe(400);
    // A plain member reads but does not report.
    const member = await t.user({ memberships: [{ organisationId: lao.org.id, role: 'member' }] });
    expect((await member.client.get(`/api/v1/cooperations/${id}`)).statusCode).toBe(200);
    expect(
      (
        await member.client.post(`/api/v1/cooperations/${id}/outcomes`, {
          metric: 'patents',
          value: 1,
          reportedOn: '2026-11-01',
        })
      ).statusCode,
    ).toBe(403);
    const first = outcomes[0];
    if (!first) throw new Error('no outcome');
    expect(
      (await lao.admin.client.delete(`/api/v1/cooperations/${id}/outcomes/${first.id}`)).statusCode,
    ).toBe(204);
    expect(
      (await lao.admin.client.delete(`/api/v1/cooperations/${id}/outcomes/${first.id}`)).statusCode,
    ).toBe(404);
    expect((await lao.admin.client.get(`/api/v1/cooperations/${id}`)).json().outcomes).toHaveLength(2);
  });
});

/** A minimal PDF and a minimal Word package (the sniffer reads the ZIP entry names). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const DOCX = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from('\u0014\u0000\u0000\u0000[Content_Types].xml....word/document.xml....', 'latin1'),
]);

function multipart(fileName: string, content: Buffer, type = 'application/octet-stream') {
  const boundary = '----corridor-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('private documents and visibility', () => {
  it('shows details to parties, their countries’ coordinators and administrators; documents to the parties only', async () => {
    const id = await openLaoChinese();
    const nda = multipart('NDA signed.pdf', PDF, 'application/pdf');
    const uploaded = await lao.admin.client.request(
      'POST',
      `/api/v1/cooperations/${id}/documents?kind=nda`,
      nda.body,
      nda.headers,
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json()).toMatchObject({
      kind: 'nda',
      fileName: 'NDA signed.pdf',
      contentType: 'application/pdf',
    });
    const documentId = uploaded.json().id as string;
    const word = multipart('term-sheet.docx', DOCX);
    const docx = await chinese.admin.client.request(
      'POST',
      `/api/v1/cooperations/${id}/documents?kind=term_sheet`,
      word.body,
      word.headers,
    );
    expect(docx.statusCode, docx.body).toBe(201);
    expect(docx.json().contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const text = multipart('notes.txt', Buffer.from('hello'), 'text/plain');
    const refused = await lao.admin.client.request(
      'POST',
      `/api/v1/cooperations/${id}/documents`,
      text.body,
      text.headers,
    );
    expect(refused.statusCode).toBe(415);
    expect(refused.json().error.code).toBe('DocumentTypeNotAllowed');

    const download = `/api/v1/cooperations/${id}/documents/${documentId}`;
    // Parties, any role.
    const partyMember = await t.user({ memberships: [{ organisationId: chinese.org.id, role: 'member' }] });
    const got = await partyMember.client.get(download);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.rawPayload.equals(PDF)).toBe(true);
    expect((await partyMember.client.get(`/api/v1/cooperations/${id}`)).json().documents).toHaveLength(2);
    // A member may not upload.
    expect(
      (
        await partyMember.client.request(
          'POST',
          `/api/v1/cooperations/${id}/documents`,
          nda.body,
          nda.headers,
        )
      ).statusCode,
    ).toBe(403);

    // Another organisation does not even see the cooperation.
    expect((await thai.admin.client.get(`/api/v1/cooperations/${id}`)).statusCode).toBe(404);
    expect((await thai.admin.client.get(download)).statusCode).toBe(404);
    expect((await t.client().get(`/api/v1/cooperations/${id}`)).statusCode).toBe(404);
    expect((await t.client().get('/api/v1/cooperations')).statusCode).toBe(401);

    // The coordinators of the parties' countries read the details, not the documents.
    for (const country of ['LA', 'CN'] as const) {
      const coordinator = await t.user({ platformRole: 'coordinator', coordinatorCountry: country });
      const details = await coordinator.client.get(`/api/v1/cooperations/${id}`);
      expect(details.statusCode).toBe(200);
      expect(details.json().documents).toBeUndefined();
      expect(details.json().permissions).toEqual({
        update: false,
        readDocuments: false,
        manageDocuments: false,
      });
      expect((await coordinator.client.get(download)).statusCode).toBe(403);
      const list = (await coordinator.client.get('/api/v1/cooperations?limit=100')).json();
      expect(list.items.map((c: { id: string }) => c.id)).toContain(id);
    }
    const thaiCoordinator = await t.user({ platformRole: 'coordinator', coordinatorCountry: 'TH' });
    expect((await thaiCoordinator.client.get(`/api/v1/cooperations/${id}`)).statusCode).toBe(404);
    expect((await thaiCoordinator.client.get('/api/v1/cooperations?limit=100')).json().items).toHaveLength(0);

    // Administrators correct records but do not read the parties' documents.
    expect((await platformAdmin.get(`/api/v1/cooperations/${id}`)).statusCode).toBe(200);
    expect((await platformAdmin.get(download)).statusCode).toBe(403);

    // Bringing the Thai organisation in makes it a party, and Thailand's coordinator can see it.
    const joined = await lao.admin.client.patch(`/api/v1/cooperations/${id}`, {
      organisationIds: [lao.org.id, chinese.org.id, thai.org.id],
    });
    expect(joined.statusCode, joined.body).toBe(200);
    expect((await thaiCoordinator.client.get(`/api/v1/cooperations/${id}`)).statusCode).toBe(200);
    expect((await thai.admin.client.get(download)).statusCode).toBe(200);
    // A writer cannot hand the cooperation over to organisations they do not belong to.
    const handover = await lao.admin.client.patch(`/api/v1/cooperations/${id}`, {
      organisationIds: [chinese.org.id, thai.org.id],
    });
    expect(handover.statusCode).toBe(403);

    expect((await chinese.admin.client.delete(download)).statusCode).toBe(204);
    expect((await partyMember.client.get(download)).statusCode).toBe(404);
  });

  it('lists the cooperations of your organisations, newest first, with cursors', async () => {
    const { admin, org } = await organisationWithAdmin(t, 'VN', 'Hanoi Agritech');
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      clock.set(new Date(clock.now().getTime() + 60_000));
      const res = await admin.client.post('/api/v1/cooperations', {
        title: { vi: `Hợp tác ${i}` },
        organisationIds: [org.id, lao.org.id],
      });
      ids.push(res.json().id);
    }
    const first = (await admin.client.get('/api/v1/cooperations?limit=2')).json();
    const second = (await admin.client.get(`/api/v1/cooperations?limit=2&cursor=${first.nextCursor}`)).json();
    expect([...first.items, ...second.items].map((c: { id: string }) => c.id)).toEqual([...ids].reverse());
    expect(second.nextCursor).toBeNull();
    const filtered = (
      await lao.admin.client.get(`/api/v1/cooperations?organisationId=${org.id}&stage=contact`)
    ).json();
    expect(filtered.items).toHaveLength(3);
  });
});

describe('parties and next-step owners', () => {
  it('lists every member of every party as a possible owner, to those who manage next steps', async () => {
    const id = await openLaoChinese();
    const chineseMember = await t.user({
      memberships: [{ organisationId: chinese.org.id, role: 'member' }],
    });
    const laoMember = await t.user({ memberships: [{ organisationId: lao.org.id, role: 'member' }] });
    const url = `/api/v1/cooperations/${id}/possible-owners`;
    const listed = await lao.admin.client.get(url);
    expect(listed.statusCode, listed.body).toBe(200);
    const direct = await t.ctx.db.query<{ user_id: string }>(
      `SELECT DISTINCT user_id FROM memberships WHERE organisation_id = ANY($1::uuid[]) ORDER BY user_id`,
      [[lao.org.id, chinese.org.id]],
    );
    const items = listed.json().items as Array<{
      userId: string;
      displayName: string;
      organisations: Array<{ id: string }>;
    }>;
    expect(items.map((p) => p.userId).sort()).toEqual(direct.rows.map((r) => r.user_id));
    // The Chinese partner's people can be chosen by the Lao editor, not only the Lao ones.
    expect(items.find((p) => p.userId === chineseMember.id)?.organisations).toEqual([
      expect.objectContaining({ id: chinese.org.id }),
    ]);
    const added = await lao.admin.client.post(`/api/v1/cooperations/${id}/next-steps`, {
      description: 'Share the pilot plant data',
      ownerId: chineseMember.id,
      dueOn: '2026-12-20',
    });
    expect(added.statusCode, added.body).toBe(201);
    // Plain members read the cooperation but do not assign steps, so they do not list owners.
    expect((await laoMember.client.get(url)).statusCode).toBe(403);
    expect((await thai.admin.client.get(url)).statusCode).toBe(404);
    expect((await t.client().get(url)).statusCode).toBe(401);
    expect((await platformAdmin.get(url)).statusCode).toBe(200);
  });

  it('lets a party’s writer add and remove organisations, keeping at least two', async () => {
    const id = await openLaoChinese();
    const url = `/api/v1/cooperations/${id}`;
    const added = await lao.admin.client.patch(url, {
      organisationIds: [lao.org.id, chinese.org.id, thai.org.id],
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(
      added
        .json()
        .parties.map((p: { organisation: { id: string } }) => p.organisation.id)
        .sort(),
    ).toEqual([lao.org.id, chinese.org.id, thai.org.id].sort());
    const step = await lao.admin.client.post(`${url}/next-steps`, {
      description: 'Confirm the sample shipment',
      ownerId: chinese.admin.id,
      dueOn: '2026-12-20',
    });
    expect(step.statusCode, step.body).toBe(201);
    const removed = await lao.admin.client.patch(url, { organisationIds: [lao.org.id, thai.org.id] });
    expect(removed.statusCode, removed.body).toBe(200);
    const parties = await t.ctx.db.query<{ organisation_id: string }>(
      'SELECT organisation_id FROM cooperation_parties WHERE cooperation_id = $1 ORDER BY organisation_id',
      [id],
    );
    expect(parties.rows.map((r) => r.organisation_id)).toEqual([lao.org.id, thai.org.id].sort());
    const alone = await lao.admin.client.patch(url, { organisationIds: [lao.org.id] });
    expect(alone.statusCode).toBe(400);
    expect(alone.json().error.details.fields[0].field).toBe('organisationIds');
    // The organisation that left no longer sees it, and its people no longer own its steps.
    expect((await chinese.admin.client.get(url)).statusCode).toBe(404);
    expect(removed.json().nextSteps).toEqual([
      expect.objectContaining({ description: 'Confirm the sample shipment', owner: null }),
    ]);
  });
});

describe('where a cooperation came from', () => {
  it('links an accepted expression of interest to the cooperation it opened', async () => {
    const coordinator = await t.user({ platformRole: 'coordinator', coordinatorCountry: 'LA' });
    const profileId = (
      await lao.admin.client.post('/api/v1/opportunities', laoPotashRequest(lao.org.id))
    ).json().id as string;
    await lao.admin.client.post(`/api/v1/opportunities/${profileId}/submit`);
    await coordinator.client.post(`/api/v1/opportunities/${profileId}/review`, { decision: 'approve' });
    const sent = await chinese.admin.client.post(`/api/v1/opportunities/${profileId}/interests`, {
      fromOrganisationId: chinese.org.id,
      message: 'We granulate potash and would like to license our process to you.',
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const interestId = sent.json().id as string;
    expect(sent.json().cooperationId).toBeNull();
    const answered = await lao.admin.client.post(`/api/v1/interests/${interestId}/answer`, {
      decision: 'accept',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const opened = await t.ctx.db.query<{ id: string }>(
      `SELECT id FROM cooperations WHERE origin = 'expression_of_interest' AND origin_ref = $1`,
      [interestId],
    );
    expect(opened.rows).toHaveLength(1);
    expect(answered.json().cooperationId).toBe(opened.rows[0]?.id);
    // Both sides find the link in their inbox and on the expression of interest.
    const inbox = (await chinese.admin.client.get('/api/v1/interests?box=sent')).json();
    expect(inbox.items.find((i: { id: string }) => i.id === interestId)?.cooperationId).toBe(
      opened.rows[0]?.id,
    );
    const cooperation = (await chinese.admin.client.get(`/api/v1/cooperations/${opened.rows[0]?.id}`)).json();
    expect(cooperation).toMatchObject({ origin: 'expression_of_interest', originRef: interestId });
  });
});

describe('next steps and their reminders', () => {
  it('mails the owner once per step and due date, through the durable job', async () => {
    const id = await openLaoChinese();
    const owner = await t.user({
      memberships: [{ organisationId: chinese.org.id, role: 'member' }],
      language: 'zh',
    });
    const outsider = await t.user();
    const today = clock.now().toISOString().slice(0, 10);
    const due = new Date(clock.now().getTime() + 5 * 86_400_000).toISOString().slice(0, 10);
    const refused = await lao.admin.client.post(`/api/v1/cooperations/${id}/next-steps`, {
      description: 'Send the draft licence',
      ownerId: outsider.id,
      dueOn: due,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.fields[0].field).toBe('ownerId');
    const added = await lao.admin.client.post(`/api/v1/cooperations/${id}/next-steps`, {
      description: 'Send the draft licence',
      ownerId: owner.id,
      dueOn: due,
    });
    expect(added.statusCode, added.body).toBe(201);
    const stepId = added.json().nextSteps[0].id as string;
    expect(today < due).toBe(true);

    const mails = async () =>
      (
        await t.ctx.db.query<{ subject: string; template: string; text_body: string }>(
          `SELECT subject, template, text_body FROM mail_outbox WHERE to_address = $1 ORDER BY id`,
          [owner.email],
        )
      ).rows;

    // Five days ahead: not yet.
    await t.ctx.jobs.scheduleRecurring();
    await t.ctx.jobs.runDue();
    expect(await mails()).toHaveLength(0);
    // Within three days: one reminder, in the owner's language, through the job runner.
    clock.advanceDays(3);
    await t.ctx.jobs.scheduleRecurring();
    await t.ctx.jobs.runDue();
    await remindDueNextSteps(t.ctx);
    let sent = await mails();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.template).toBe('mail.nextStepDue.body');
    expect(sent[0]?.subject).toContain('Send the draft licence');
    expect(sent[0]?.text_body).toContain('后续步骤');
    // Overdue, same due date: no second mail.
    clock.advanceDays(4);
    expect(await remindDueNextSteps(t.ctx)).toBe(0);
    expect(await mails()).toHaveLength(1);
    // A new due date earns a new reminder; overdue ones say so.
    const yesterday = new Date(clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
    await lao.admin.client.patch(`/api/v1/cooperations/${id}/next-steps/${stepId}`, { dueOn: yesterday });
    expect(await remindDueNextSteps(t.ctx)).toBe(1);
    sent = await mails();
    expect(sent.map((m) => m.template)).toEqual(['mail.nextStepDue.body', 'mail.nextStepOverdue.body']);
    // Done steps are not reminded.
    const done = await lao.admin.client.patch(`/api/v1/cooperations/${id}/next-steps/${stepId}`, {
      done: true,
      dueOn: new Date(clock.now().getTime() + 86_400_000).toISOString().slice(0, 10),
    });
    expect(done.json().nextSteps[0].doneAt).not.toBeNull();
    expect(await remindDueNextSteps(t.ctx)).toBe(0);
    expect(
      (await lao.admin.client.delete(`/api/v1/cooperations/${id}/next-steps/${stepId}`)).statusCode,
    ).toBe(204);
    expect(
      (await lao.admin.client.delete(`/api/v1/cooperations/${id}/next-steps/${stepId}`)).statusCode,
    ).toBe(404);
  });
});
