import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import { CorridorError } from '../../platform/errors.js';
import { hitRateLimit, peekRateLimit } from '../../platform/rate-limit.js';
import { hashPassword, hashToken, newToken, verifyPassword } from '../../platform/secrets.js';
import { enqueueMail } from '../mail/mail.service.js';
import {
  findUserByEmail,
  findUserById,
  insertUser,
  markEmailVerified,
  membershipsOf,
  setPasswordHash,
  type UserRecord,
} from '../users/users.repository.js';
import type { TokenScope, UserActor } from './actor.js';
import {
  type ApiTokenRecord,
  consumeOneTimeToken,
  findLiveApiToken,
  findLiveSession,
  insertApiToken,
  insertOneTimeToken,
  insertSession,
  listApiTokens,
  listLiveSessions,
  markApiTokenUsed,
  revokeAllSessions,
  revokeApiToken,
  revokeSession,
  type SessionRecord,
  touchSession,
} from './auth.repository.js';
import type { SignUpBody } from './auth.schema.js';

const VERIFY_HOURS = 48;
const RESET_HOURS = 2;
const LOGIN_WINDOW_SECONDS = 15 * 60;

export interface ClientMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface NewSession {
  token: string;
  session: SessionRecord;
}

/** Builds the actor for a user: their roles, memberships and verification state. */
export async function actorForUser(
  db: Queryable,
  user: UserRecord,
  via: 'session' | 'token',
  scopes: readonly TokenScope[],
): Promise<UserActor> {
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    language: user.preferredLanguage,
    country: user.country,
    emailVerified: user.emailVerifiedAt !== null,
    platformRole: user.platformRole,
    coordinatorCountry: user.coordinatorCountry,
    memberships: await membershipsOf(db, user.id),
    via,
    scopes,
  };
}

async function openSession(
  ctx: AppContext,
  tx: Queryable,
  userId: string,
  meta: ClientMeta,
): Promise<NewSession> {
  const token = newToken();
  const now = ctx.clock.now();
  const session = await insertSession(tx, {
    tokenHash: hashToken(token),
    userId,
    csrfToken: newToken(),
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    ip: meta.ip,
    now,
    expiresAt: new Date(now.getTime() + ctx.config.sessionTtlHours * 3_600_000),
  });
  return { token, session };
}

async function sendVerificationMail(ctx: AppContext, tx: Queryable, user: UserRecord): Promise<void> {
  const token = newToken();
  await insertOneTimeToken(tx, {
    tokenHash: hashToken(token),
    userId: user.id,
    purpose: 'verify_email',
    expiresAt: new Date(ctx.clock.now().getTime() + VERIFY_HOURS * 3_600_000),
  });
  await enqueueMail(tx, {
    to: user.email,
    language: user.preferredLanguage,
    subjectKey: 'mail.verify.subject',
    bodyKey: 'mail.verify.body',
    params: {
      name: user.displayName,
      link: `${ctx.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`,
      hours: VERIFY_HOURS,
    },
  });
}

/** Creates an account, signs it in and sends the email confirmation link. */
export async function signUp(
  ctx: AppContext,
  input: SignUpBody,
  meta: ClientMeta,
): Promise<NewSession & { user: UserRecord }> {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    if (await findUserByEmail(tx, input.email)) throw new CorridorError('EmailTaken');
    const user = await insertUser(tx, {
      email: input.email,
      displayName: input.displayName,
      preferredLanguage: input.preferredLanguage,
      country: input.country,
      passwordHash,
    });
    await sendVerificationMail(ctx, tx, user);
    const session = await openSession(ctx, tx, user.id, meta);
    return { ...session, user };
  });
}

/**
 * Checks the password and opens a session. Failed attempts are counted per email and per client
 * address; past the limit every attempt is refused until the window ends, right password or not.
 */
export async function signIn(
  ctx: AppContext,
  input: { email: string; password: string },
  meta: ClientMeta,
): Promise<NewSession & { user: UserRecord }> {
  const now = ctx.clock.now();
  const limit = ctx.config.loginRateLimit;
  const rules = [
    { bucket: `login:email:${input.email.toLowerCase()}`, limit, windowSeconds: LOGIN_WINDOW_SECONDS },
    ...(meta.ip
      ? [{ bucket: `login:ip:${meta.ip}`, limit: limit * 5, windowSeconds: LOGIN_WINDOW_SECONDS }]
      : []),
  ];
  for (const rule of rules) {
    if ((await peekRateLimit(ctx.db, rule, now)) >= rule.limit) await hitRateLimit(ctx.db, rule, now);
  }
  const user = await findUserByEmail(ctx.db, input.email);
  // Hash even for unknown emails so response time does not reveal which addresses have accounts.
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await hashPassword(input.password).then(() => false);
  if (!user || !valid) {
    for (const rule of rules) await hitRateLimit(ctx.db, rule, now).catch(() => undefined);
    throw new CorridorError('InvalidCredentials');
  }
  const session = await ctx.db.transaction((tx) => openSession(ctx, tx, user.id, meta));
  return { ...session, user };
}

/** The actor behind a session cookie, or null when the session is unknown, revoked or expired. */
export async function actorFromSession(
  ctx: AppContext,
  token: string,
): Promise<{ actor: UserActor; session: SessionRecord } | null> {
  const now = ctx.clock.now();
  const session = await findLiveSession(ctx.db, hashToken(token), now);
  if (!session) return null;
  const user = await findUserById(ctx.db, session.userId);
  if (!user) return null;
  await touchSession(
    ctx.db,
    session.id,
    now,
    new Date(now.getTime() + ctx.config.sessionTtlHours * 3_600_000),
  );
  return { actor: await actorForUser(ctx.db, user, 'session', ['read', 'write']), session };
}

/** The actor behind a personal API token (`Authorization: Bearer cor_...`), or null. */
export async function actorFromApiToken(ctx: AppContext, token: string): Promise<UserActor | null> {
  const now = ctx.clock.now();
  const record = await findLiveApiToken(ctx.db, hashToken(token), now);
  if (!record) return null;
  const user = await findUserById(ctx.db, record.userId);
  if (!user) return null;
  await markApiTokenUsed(ctx.db, record.id, now);
  return actorForUser(ctx.db, user, 'token', record.scopes);
}

export async function signOut(ctx: AppContext, userId: string, sessionId: string): Promise<void> {
  await revokeSession(ctx.db, userId, sessionId, ctx.clock.now());
}

export function listSessions(ctx: AppContext, userId: string): Promise<SessionRecord[]> {
  return listLiveSessions(ctx.db, userId, ctx.clock.now());
}

export async function endSession(ctx: AppContext, userId: string, sessionId: string): Promise<void> {
  if ((await revokeSession(ctx.db, userId, sessionId, ctx.clock.now())) === 0) {
    throw new CorridorError('SessionNotFound');
  }
}

export async function createApiToken(
  ctx: AppContext,
  userId: string,
  input: { name: string; scopes: TokenScope[]; expiresInDays?: number | undefined },
): Promise<{ token: string; record: ApiTokenRecord }> {
  const token = newToken('cor_');
  const expiresAt = input.expiresInDays
    ? new Date(ctx.clock.now().getTime() + input.expiresInDays * 86_400_000)
    : null;
  const record = await insertApiToken(ctx.db, {
    userId,
    name: input.name,
    tokenPrefix: token.slice(0, 10),
    tokenHash: hashToken(token),
    scopes: [...new Set(input.scopes)],
    expiresAt,
  });
  return { token, record };
}

export function listTokens(ctx: AppContext, userId: string): Promise<ApiTokenRecord[]> {
  return listApiTokens(ctx.db, userId);
}

export async function revokeToken(ctx: AppContext, userId: string, tokenId: string): Promise<void> {
  if ((await revokeApiToken(ctx.db, userId, tokenId, ctx.clock.now())) === 0) {
    throw new CorridorError('ApiTokenNotFound');
  }
}

export async function resendVerification(ctx: AppContext, userId: string): Promise<void> {
  await hitRateLimit(
    ctx.db,
    { bucket: `verify-mail:${userId}`, limit: 5, windowSeconds: 3600 },
    ctx.clock.now(),
  );
  await ctx.db.transaction(async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user) throw new CorridorError('UserNotFound');
    if (user.emailVerifiedAt === null) await sendVerificationMail(ctx, tx, user);
  });
}

export async function verifyEmail(ctx: AppContext, token: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const userId = await consumeOneTimeToken(tx, hashToken(token), 'verify_email', now);
    if (!userId) throw new CorridorError('TokenInvalidOrExpired');
    await markEmailVerified(tx, userId, now);
  });
}

/** Sends a reset link when the address has an account; answers the same either way. */
export async function requestPasswordReset(ctx: AppContext, email: string, meta: ClientMeta): Promise<void> {
  const now = ctx.clock.now();
  await hitRateLimit(ctx.db, { bucket: `reset:${email.toLowerCase()}`, limit: 5, windowSeconds: 3600 }, now);
  if (meta.ip)
    await hitRateLimit(ctx.db, { bucket: `reset-ip:${meta.ip}`, limit: 30, windowSeconds: 3600 }, now);
  await ctx.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (!user) return;
    const token = newToken();
    await insertOneTimeToken(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      purpose: 'reset_password',
      expiresAt: new Date(now.getTime() + RESET_HOURS * 3_600_000),
    });
    await enqueueMail(tx, {
      to: user.email,
      language: user.preferredLanguage,
      subjectKey: 'mail.reset.subject',
      bodyKey: 'mail.reset.body',
      params: {
        name: user.displayName,
        link: `${ctx.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`,
        hours: RESET_HOURS,
      },
    });
  });
}

/** Sets a new password from a reset link and ends every session of the account. */
export async function confirmPasswordReset(ctx: AppContext, token: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const userId = await consumeOneTimeToken(tx, hashToken(token), 'reset_password', now);
    if (!userId) throw new CorridorError('TokenInvalidOrExpired');
    await setPasswordHash(tx, userId, passwordHash);
    // Whoever could read the inbox proved ownership of the account.
    await markEmailVerified(tx, userId, now);
    await revokeAllSessions(tx, userId, now);
  });
}

/** Changes the password of a signed-in person and ends their other sessions. */
export async function changePassword(
  ctx: AppContext,
  userId: string,
  currentSessionId: string | null,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw new CorridorError('UserNotFound');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new CorridorError('InvalidCredentials');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await setPasswordHash(tx, userId, passwordHash);
    await revokeAllSessions(tx, userId, ctx.clock.now(), currentSessionId);
  });
}
