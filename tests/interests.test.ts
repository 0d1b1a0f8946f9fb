import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laoPotashRequest, organisationWithAdmin } from './support/fixtures.js';
import { startTestCorridor, type TestCorridor } from './support/harness.js';

let t: TestCorridor;
beforeAll(async () => {
  t = await startTestCorridor();
});
afterAll(() => t.stop());

/** A published Lao request and a Chinese university that wants to answer it. */
async function scene() {
  const owner = await organisationWithAdmin(t, 'LA', `Lao Agro ${Math.random().toString(36).slice(2, 7)}`);
  const coordinator = await t.user({ platformRole: 'coordinator', coordinatorCountry: 'LA' });
  const profileId = (
    await owner.admin.client.post('/api/v1/opportunities', laoPotashRequest(owner.org.id))
  ).json().id as string;
  await owner.admin.client.post(`/api/v1/opportunities/${profileId}/submit`);
  await coordinator.client.post(`/api/v1/opportunities/${profileId}/review`, { decision: 'approve' });
  const sender = await organisationWithAdmin(
    t,
    'CN',
    `Kunming Lab ${Math.random().toString(36).slice(2, 7)}`,
  );
  return { owner, sender, profileId };
}

const interest = (fromOrganisationId: string) => ({
  fromOrganisationId,
  message: '我们有成熟的钾肥浮选技术，愿意提供许可和技术服务。',
  acceptConfidentiality: true,
});

describe('expressions of interest', () => {
  it('are sent, mailed to the owner, accepted, and open a private conversation', async () => {
    const { owner, sender, profileId } = await scene();
    const sent = await sender.admin.client.post(
      `/api/v1/opportunities/${profileId}/interests`,
      interest(sender.org.id),
    );
    expect(sent.statusCode).toBe(201);
    const id = sent.json().id;
    expect(sent.json().status).toBe('pending');

    const { rows } = await t.ctx.db.query<{ to: string }>(
      `SELECT to_address AS "to" FROM mail_outbox WHERE template = 'mail.interest.received.body'`,
    );
    expect(rows.map((r) => r.to)).toContain(owner.admin.email);

    // One pending interest per organisation and profile.
    const again = await sender.admin.client.post(
      `/api/v1/opportunities/${profileId}/interests`,
      interest(sender.org.id),
    );
    expect(again.json().error.code).toBe('InterestAlreadyPending');

    const inbox = (await owner.admin.client.get('/api/v1/interests?box=received')).json().items;
    expect(inbox.map((i: { id: string }) => i.id)).toContain(id);
    const outbox = (await sender.admin.client.get('/api/v1/interests?box=sent')).json().items;
    expect(outbox.map((i: { id: string }) => i.id)).toContain(id);

    // Only the owner's writers answer.
    expect(
      (await sender.admin.client.post(`/api/v1/interests/${id}/answer`, { decision: 'accept' })).statusCode,
    ).toBe(403);
    const accepted = await owner.admin.client.post(`/api/v1/interests/${id}/answer`, {
      decision: 'accept',
      message: 'ຍິນດີ, ມາລົມກັນ.',
    });
    expect(accepted.statusCode).toBe(200);
    const conversationId = accepted.json().conversationId;
    expect(conversationId).toBeTruthy();
    // Acceptance also opened the cooperation record between the two organisations.
    const { rows: cooperations } = await t.ctx.db.query<{ origin: string }>(
      'SELECT origin FROM cooperations WHERE origin_ref = $1',
      [id],
    );
    expect(cooperations).toEqual([{ origin: 'expression_of_interest' }]);

    const posted = await sender.admin.client.post(`/api/v1/conversations/${conversationId}/messages`, {
      body: '下周可以视频会议吗？',
    });
    expect(posted.statusCode).toBe(201);
    const thread = (await owner.admin.client.get(`/api/v1/conversations/${conversationId}/messages`)).json();
    expect(thread.messages.map((m: { body: string }) => m.body)).toEqual([
      'ຍິນດີ, ມາລົມກັນ.',
      '下周可以视频会议吗？',
    ]);

    // Private: not for outsiders, and not for administrators either.
    const outsider = await t.user();
    expect((await outsider.client.get(`/api/v1/conversations/${conversationId}/messages`)).statusCode).toBe(
      404,
    );
    const admin = await t.user({ platformRole: 'administrator' });
    expect((await admin.client.get(`/api/v1/conversations/${conversationId}/messages`)).statusCode).toBe(403);

    // Answered once only.
    const twice = await owner.admin.client.post(`/api/v1/interests/${id}/answer`, {
      decision: 'decline',
      reason: 'other',
    });
    expect(twice.json().error.code).toBe('InvalidStateTransition');
  });

  it('are declined with a reason from the fixed list', async () => {
    const { owner, sender, profileId } = await scene();
    const id = (
      await sender.admin.client.post(`/api/v1/opportunities/${profileId}/interests`, interest(sender.org.id))
    ).json().id;
    const noReason = await owner.admin.client.post(`/api/v1/interests/${id}/answer`, { decision: 'decline' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.fields[0].field).toBe('reason');
    const declined = await owner.admin.client.post(`/api/v1/interests/${id}/answer`, {
      decision: 'decline',
      reason: 'already_partnered',
    });
    expect(declined.json()).toMatchObject({
      status: 'declined',
      declineReason: 'already_partnered',
      conversationId: null,
    });
  });

  it('cannot be sent on your own profile, on drafts, or by a non-writer', async () => {
    const { owner, sender, profileId } = await scene();
    expect(
      (await owner.admin.client.post(`/api/v1/opportunities/${profileId}/interests`, interest(owner.org.id)))
        .statusCode,
    ).toBe(403);
    const member = await t.user({ memberships: [{ organisationId: sender.org.id, role: 'member' }] });
    expect(
      (await member.client.post(`/api/v1/opportunities/${profileId}/interests`, interest(sender.org.id)))
        .statusCode,
    ).toBe(403);
    const draft = (
      await owner.admin.client.post('/api/v1/opportunities', laoPotashRequest(owner.org.id))
    ).json().id;
    expect(
      (await sender.admin.client.post(`/api/v1/opportunities/${draft}/interests`, interest(sender.org.id)))
        .statusCode,
    ).toBe(404);
  });

  it('count what waits in the inbox: answers to give and unread messages', async () => {
    const { owner, sender, profileId } = await scene();
    const id = (
      await sender.admin.client.post(`/api/v1/opportunities/${profileId}/interests`, interest(sender.org.id))
    ).json().id;
    const summary = async (who: typeof owner.admin) =>
      (await who.client.get('/api/v1/interests/summary')).json();
    expect(await summary(owner.admin)).toEqual({ pendingReceived: 1, unreadConversations: 0 });

    const conversationId = (
      await owner.admin.client.post(`/api/v1/interests/${id}/answer`, { decision: 'accept', message: 'ຍິນດີ' })
    ).json().conversationId;
    // The owner's answer is the first message: unread for the sender, not for its author.
    expect(await summary(owner.admin)).toEqual({ pendingReceived: 0, unreadConversations: 0 });
    expect(await summary(sender.admin)).toEqual({ pendingReceived: 0, unreadConversations: 1 });
    const sent = (await sender.admin.client.get('/api/v1/interests?box=sent')).json().items;
    expect(sent.find((i: { id: string }) => i.id === id).unreadMessages).toBe(1);

    await sender.admin.client.get(`/api/v1/conversations/${conversationId}/messages`);
    expect(await summary(sender.admin)).toEqual({ pendingReceived: 0, unreadConversations: 0 });
    await sender.admin.client.post(`/api/v1/conversations/${conversationId}/messages`, { body: '好的' });
    await sender.admin.client.post(`/api/v1/conversations/${conversationId}/messages`, { body: '谢谢' });
    const received = (await owner.admin.client.get('/api/v1/interests?box=received')).json().items;
    expect(received.find((i: { id: string }) => i.id === id).unreadMessages).toBe(2);
    expect(await summary(owner.admin)).toEqual({ pendingReceived: 0, unreadConversations: 1 });
    expect((await t.client().get('/api/v1/interests/summary')).statusCode).toBe(401);
  });

  it('page through the inbox with a cursor, in the same order as one long page, each once', async () => {
    const { owner, profileId } = await scene();
    const sent: string[] = [];
    for (const country of ['CN', 'TH', 'VN', 'KH', 'MM'] as const) {
      const other = await organisationWithAdmin(
        t,
        country,
        `Sender ${Math.random().toString(36).slice(2, 7)}`,
      );
      sent.push(
        (
          await other.admin.client.post(
            `/api/v1/opportunities/${profileId}/interests`,
            interest(other.org.id),
          )
        ).json().id,
      );
    }
    const whole = (await owner.admin.client.get('/api/v1/interests?box=received&limit=100')).json();
    expect(whole.nextCursor).toBeNull();
    const ids = whole.items.map((i: { id: string }) => i.id);
    expect([...ids].sort()).toEqual([...sent].sort());

    const paged: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = (await owner.admin.client.get(`/api/v1/interests?box=received&limit=2${query}`)).json();
      paged.push(...page.items.map((i: { id: string }) => i.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(paged).toEqual(ids);
    const bad = await owner.admin.client.get('/api/v1/interests?box=received&cursor=nonsense');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('InvalidCursor');
  });

  it('are rate-limited against spam', async () => {
    const { sender } = await scene();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const { profileId } = await scene();
      statuses.push(
        (
          await sender.admin.client.post(
            `/api/v1/opportunities/${profileId}/interests`,
            interest(sender.org.id),
          )
        ).statusCode,
      );
    }
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
