import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCorridor, type TestCorridor } from './support/harness.js';
import { TestSmtpServer, tokenFromMail } from './support/smtp.js';

let t: TestCorridor;
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = new TestSmtpServer();
  t = await startTestCorridor({ env: { SMTP_URL: await smtp.start() } });
});

afterAll(async () => {
  await t.stop();
  await smtp.stop();
});

const souphanouvong = {
  name: { en: 'Souphanouvong University', lo: 'ມະຫາວິທະຍາໄລ ສຸພານຸວົງ' },
  kind: 'university',
  country: 'LA',
  city: 'Luang Prabang',
  website: 'https://su.edu.la',
  description: { en: 'A public university in northern Laos.' },
};

describe('organisations', () => {
  it('creates an organisation whose creator is its admin, with a slug from the English name', async () => {
    const { client, id } = await t.user();
    const res = await client.post('/api/v1/organisations', souphanouvong);
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org.slug).toBe('souphanouvong-university');
    const members = (await client.get(`/api/v1/organisations/${org.slug}/members`)).json().items;
    expect(members).toEqual([expect.objectContaining({ userId: id, role: 'admin' })]);
    // A second one with the same name gets a distinct slug.
    const second = await client.post('/api/v1/organisations', souphanouvong);
    expect(second.json().slug).toBe('souphanouvong-university-2');
  });

  it('needs a confirmed email to create one', async () => {
    const { client } = await t.user({ verified: false });
    const res = await client.post('/api/v1/organisations', souphanouvong);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('EmailNotVerified');
  });

  it('names every bad field, in the reader language', async () => {
    const { client } = await t.user({ language: 'th' });
    const res = await client.post('/api/v1/organisations', {
      name: {},
      kind: 'castle',
      country: 'FR',
      website: 'javascript:alert(1)',
      colour: 'red',
    });
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .error.details.fields.map((f: { field: string }) => f.field)
      .sort();
    expect(fields).toEqual(['colour', 'country', 'kind', 'name', 'website']);
    expect(res.json().error.message).toMatch(/[\u0E00-\u0E7F]/);
  });

  it('lists the directory with filters and cursor pages', async () => {
    const { client } = await t.user();
    for (const [en, country] of [
      ['Mekong Solar Cooperative', 'KH'],
      ['Angkor Agritech', 'KH'],
      ['Red River Robotics', 'VN'],
    ] as const) {
      await client.post('/api/v1/organisations', { name: { en }, kind: 'enterprise', country });
    }
    const page1 = (await t.client().get('/api/v1/organisations?country=KH&limit=1')).json();
    expect(page1.items).toHaveLength(1);
    const page2 = (
      await t.client().get(`/api/v1/organisations?country=KH&limit=1&cursor=${page1.nextCursor}`)
    ).json();
    expect(page2.items).toHaveLength(1);
    expect(page2.items[0].id).not.toBe(page1.items[0].id);
    expect(page2.nextCursor).toBeNull();
    const bad = await t.client().get('/api/v1/organisations?cursor=not-a-cursor');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('InvalidCursor');
  });
});

describe('memberships and invitations', () => {
  it('invites by email, the invitee accepts, roles change, members leave; the last admin stays', async () => {
    const admin = await t.user();
    const org = (
      await admin.client.post('/api/v1/organisations', {
        ...souphanouvong,
        name: { en: 'Lao Seed Institute' },
      })
    ).json();
    const invitee = await t.user({ language: 'zh' });

    const invited = await admin.client.post(`/api/v1/organisations/${org.id}/invitations`, {
      email: invitee.email,
      role: 'editor',
    });
    expect(invited.statusCode).toBe(201);
    await t.ctx.mail.deliverPending();
    const mail = smtp.lastTo(invitee.email);
    expect(mail?.subject).toMatch(/[\u4e00-\u9fff]/);
    const token = tokenFromMail(mail?.text ?? '');

    // Someone else cannot use the invitation.
    const stranger = await t.user();
    expect((await stranger.client.post('/api/v1/invitations/accept', { token })).statusCode).toBe(404);

    const accepted = await invitee.client.post('/api/v1/invitations/accept', { token });
    expect(accepted.statusCode).toBe(200);
    const me = (await invitee.client.get('/api/v1/me')).json();
    expect(me.memberships).toEqual([expect.objectContaining({ organisationId: org.id, role: 'editor' })]);

    // Editors cannot manage members; admins can.
    expect(
      (await invitee.client.patch(`/api/v1/organisations/${org.id}/members/${admin.id}`, { role: 'member' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await admin.client.patch(`/api/v1/organisations/${org.id}/members/${invitee.id}`, { role: 'admin' }))
        .statusCode,
    ).toBe(204);
    expect(
      (await admin.client.patch(`/api/v1/organisations/${org.id}/members/${invitee.id}`, { role: 'member' }))
        .statusCode,
    ).toBe(204);

    // The only admin cannot leave or be demoted.
    const leave = await admin.client.delete(`/api/v1/organisations/${org.id}/members/${admin.id}`);
    expect(leave.statusCode).toBe(409);
    expect(leave.json().error.code).toBe('LastAdmin');

    // A member can leave.
    expect(
      (await invitee.client.delete(`/api/v1/organisations/${org.id}/members/${invitee.id}`)).statusCode,
    ).toBe(204);
    expect((await admin.client.get(`/api/v1/organisations/${org.id}/members`)).json().items).toHaveLength(1);
  });

  it('refuses to invite an existing member and cancels invitations', async () => {
    const admin = await t.user();
    const org = (
      await admin.client.post('/api/v1/organisations', { ...souphanouvong, name: { en: 'Cancel Test Org' } })
    ).json();
    const dup = await admin.client.post(`/api/v1/organisations/${org.id}/invitations`, {
      email: admin.email,
      role: 'member',
    });
    expect(dup.json().error.code).toBe('AlreadyMember');
    const inv = (
      await admin.client.post(`/api/v1/organisations/${org.id}/invitations`, {
        email: 'new@corridor.test',
        role: 'member',
      })
    ).json();
    expect((await admin.client.get(`/api/v1/organisations/${org.id}/invitations`)).json().items).toHaveLength(
      1,
    );
    expect(
      (await admin.client.delete(`/api/v1/organisations/${org.id}/invitations/${inv.id}`)).statusCode,
    ).toBe(204);
    expect((await admin.client.get(`/api/v1/organisations/${org.id}/invitations`)).json().items).toHaveLength(
      0,
    );
  });
});
