import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCorridor, type TestCorridor } from './support/harness.js';
import { TestSmtpServer, tokenFromMail } from './support/smtp.js';

let t: TestCorridor;
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = new TestSmtpServer();
  const smtpUrl = await smtp.start();
  t = await startTestCorridor({ env: { SMTP_URL: smtpUrl, LOGIN_RATE_LIMIT: '3' } });
});

afterAll(async () => {
  await t.stop();
  await smtp.stop();
});

const signUpBody = (email: string) => ({
  email,
  password: 'a long enough password',
  displayName: 'ນາງ ສົມໃຈ',
  preferredLanguage: 'lo',
  country: 'LA',
});

describe('sign-up and email verification over SMTP', () => {
  it('sends a verification mail in the user language that confirms the address', async () => {
    const client = t.client();
    const res = await client.post('/api/v1/auth/sign-up', signUpBody('somchai@corridor.test'));
    expect(res.statusCode).toBe(201);
    expect(res.json().user.emailVerified).toBe(false);
    const session = res.cookies.find((c) => c.name === 'corridor_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');

    await t.ctx.mail.deliverPending();
    const mail = smtp.lastTo('somchai@corridor.test');
    expect(mail?.text).toContain('http://corridor.test/verify-email?token=');
    // The mail is in Lao, the language chosen at sign-up.
    expect(mail?.subject).toMatch(/[\u0E80-\u0EFF]/);

    const token = tokenFromMail(mail?.text ?? '');
    expect((await client.post('/api/v1/auth/verify-email', { token })).statusCode).toBe(204);
    expect((await client.get('/api/v1/me')).json().emailVerified).toBe(true);
    // One-time: the same link cannot be used twice.
    const again = await client.post('/api/v1/auth/verify-email', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('TokenInvalidOrExpired');
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const res = await t.client().post('/api/v1/auth/sign-up', signUpBody('SOMCHAI@corridor.test'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('EmailTaken');
  });

  it('stores passwords as argon2id hashes', async () => {
    const { rows } = await t.ctx.db.query<{ passwordHash: string }>(
      `SELECT password_hash AS "passwordHash" FROM users WHERE email = 'somchai@corridor.test'`,
    );
    expect(rows[0]?.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

describe('sessions', () => {
  it('signs in, lists and revokes sessions, and signs out', async () => {
    const { email } = await t.user();
    const a = t.client();
    const b = t.client();
    expect(
      (await a.post('/api/v1/auth/sign-in', { email, password: 'correct horse battery staple' })).statusCode,
    ).toBe(200);
    expect(
      (await b.post('/api/v1/auth/sign-in', { email, password: 'correct horse battery staple' })).statusCode,
    ).toBe(200);
    const list = (await a.get('/api/v1/me/sessions')).json().items as Array<{ id: string; current: boolean }>;
    expect(list.length).toBeGreaterThanOrEqual(3);
    const other = (await b.get('/api/v1/me/sessions'))
      .json()
      .items.find((s: { current: boolean }) => s.current);
    expect((await a.delete(`/api/v1/me/sessions/${other.id}`)).statusCode).toBe(204);
    expect((await b.get('/api/v1/me')).statusCode).toBe(401);
    expect((await a.post('/api/v1/auth/sign-out')).statusCode).toBe(204);
    expect((await a.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('rejects cookie-authenticated writes without the CSRF token', async () => {
    const { client } = await t.user();
    const res = await client.patch('/api/v1/me', { displayName: 'Changed' }, { 'x-csrf-token': 'forged' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CsrfTokenInvalid');
    expect((await client.patch('/api/v1/me', { displayName: 'Changed' })).statusCode).toBe(200);
  });

  it('rate-limits failed sign-ins per email, even when the password is then right', async () => {
    const { email } = await t.user();
    const client = t.client();
    for (let i = 0; i < 3; i += 1) {
      expect(
        (await client.post('/api/v1/auth/sign-in', { email, password: 'wrong password!' })).statusCode,
      ).toBe(401);
    }
    const blocked = await client.post('/api/v1/auth/sign-in', {
      email,
      password: 'correct horse battery staple',
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
  });

  it('answers unknown emails exactly like wrong passwords', async () => {
    const res = await t
      .client()
      .post('/api/v1/auth/sign-in', { email: 'nobody@corridor.test', password: 'whatever123' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('InvalidCredentials');
  });
});

describe('personal API tokens', () => {
  it('are shown once, stored hashed, scoped and revocable', async () => {
    const { client, id } = await t.user();
    const created = await client.post('/api/v1/me/tokens', { name: 'CRM sync', scopes: ['read'] });
    expect(created.statusCode).toBe(201);
    const { token, id: tokenId } = created.json();
    expect(token).toMatch(/^cor_/);
    const { rows } = await t.ctx.db.query<{ tokenHash: string }>(
      'SELECT token_hash AS "tokenHash" FROM api_tokens WHERE user_id = $1',
      [id],
    );
    expect(rows[0]?.tokenHash).not.toBe(token);

    const machine = t.client();
    machine.bearer = token;
    expect((await machine.get('/api/v1/me')).statusCode).toBe(200);
    const write = await machine.patch('/api/v1/me', { displayName: 'Robot' });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('InsufficientScope');

    expect((await client.delete(`/api/v1/me/tokens/${tokenId}`)).statusCode).toBe(204);
    expect((await machine.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('with the write scope can write without a CSRF token', async () => {
    const { client } = await t.user();
    const { token } = (
      await client.post('/api/v1/me/tokens', { name: 'bot', scopes: ['read', 'write'] })
    ).json();
    const machine = t.client();
    machine.bearer = token;
    expect((await machine.patch('/api/v1/me', { preferredLanguage: 'th' })).json().preferredLanguage).toBe(
      'th',
    );
  });
});

describe('password reset', () => {
  it('mails a one-time link that sets a new password and ends every session', async () => {
    const { client, email } = await t.user();
    const anon = t.client();
    expect((await anon.post('/api/v1/auth/password-reset/request', { email })).statusCode).toBe(202);
    // Unknown addresses get the same answer and no mail.
    expect(
      (await anon.post('/api/v1/auth/password-reset/request', { email: 'ghost@corridor.test' })).statusCode,
    ).toBe(202);
    await t.ctx.mail.deliverPending();
    expect(smtp.lastTo('ghost@corridor.test')).toBeUndefined();
    const token = tokenFromMail(smtp.lastTo(email)?.text ?? '');
    const weak = await anon.post('/api/v1/auth/password-reset/confirm', { token, password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.fields[0].field).toBe('password');
    expect(
      (await anon.post('/api/v1/auth/password-reset/confirm', { token, password: 'a brand new passphrase' }))
        .statusCode,
    ).toBe(204);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    expect(
      (await anon.post('/api/v1/auth/sign-in', { email, password: 'a brand new passphrase' })).statusCode,
    ).toBe(200);
  });
});
