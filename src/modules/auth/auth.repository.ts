import type { Queryable } from '../../db/database.js';
import type { TokenScope } from './actor.js';

export interface SessionRecord {
  id: string;
  userId: string;
  csrfToken: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

const SESSION_COLUMNS = `id, user_id AS "userId", csrf_token AS "csrfToken", user_agent AS "userAgent", ip,
  created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt"`;

export async function insertSession(
  db: Queryable,
  session: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    userAgent: string | null;
    ip: string | null;
    now: Date;
    expiresAt: Date;
  },
): Promise<SessionRecord> {
  const { rows } = await db.query<SessionRecord>(
    `INSERT INTO sessions (token_hash, user_id, csrf_token, user_agent, ip, created_at, last_seen_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6, $7) RETURNING ${SESSION_COLUMNS}`,
    [
      session.tokenHash,
      session.userId,
      session.csrfToken,
      session.userAgent,
      session.ip,
      session.now,
      session.expiresAt,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into sessions returned no row');
  return row;
}

/** A live session by token hash: not revoked, not expired. */
export async function findLiveSession(
  db: Queryable,
  tokenHash: string,
  now: Date,
): Promise<SessionRecord | null> {
  const { rows } = await db.query<SessionRecord>(
    `SELECT ${SESSION_COLUMNS} FROM sessions WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2`,
    [tokenHash, now],
  );
  return rows[0] ?? null;
}

/** Slides the session's expiry forward; written at most once a minute per session. */
export async function touchSession(db: Queryable, id: string, now: Date, expiresAt: Date): Promise<void> {
  await db.query(
    `UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE id = $1 AND last_seen_at < $2::timestamptz - interval '1 minute'`,
    [id, now, expiresAt],
  );
}

export async function listLiveSessions(db: Queryable, userId: string, now: Date): Promise<SessionRecord[]> {
  const { rows } = await db.query<SessionRecord>(
    `SELECT ${SESSION_COLUMNS} FROM sessions WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2
     ORDER BY last_seen_at DESC`,
    [userId, now],
  );
  return rows;
}

export async function revokeSession(db: Queryable, userId: string, id: string, now: Date): Promise<number> {
  const result = await db.query(
    'UPDATE sessions SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL',
    [id, userId, now],
  );
  return result.rowCount;
}

/** Ends every session of a user, except `keepSessionId` when given (the one making the change). */
export async function revokeAllSessions(
  db: Queryable,
  userId: string,
  now: Date,
  keepSessionId: string | null = null,
): Promise<void> {
  await db.query(
    'UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $3',
    [userId, now, keepSessionId],
  );
}

export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  tokenPrefix: string;
  scopes: TokenScope[];
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
}

const TOKEN_COLUMNS = `id, user_id AS "userId", name, token_prefix AS "tokenPrefix", scopes, created_at AS "createdAt",
  last_used_at AS "lastUsedAt", expires_at AS "expiresAt"`;

export async function insertApiToken(
  db: Queryable,
  token: {
    userId: string;
    name: string;
    tokenPrefix: string;
    tokenHash: string;
    scopes: TokenScope[];
    expiresAt: Date | null;
  },
): Promise<ApiTokenRecord> {
  const { rows } = await db.query<ApiTokenRecord>(
    `INSERT INTO api_tokens (user_id, name, token_prefix, token_hash, scopes, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${TOKEN_COLUMNS}`,
    [token.userId, token.name, token.tokenPrefix, token.tokenHash, token.scopes, token.expiresAt],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into api_tokens returned no row');
  return row;
}

export async function findLiveApiToken(
  db: Queryable,
  tokenHash: string,
  now: Date,
): Promise<ApiTokenRecord | null> {
  const { rows } = await db.query<ApiTokenRecord>(
    `SELECT ${TOKEN_COLUMNS} FROM api_tokens
     WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)`,
    [tokenHash, now],
  );
  return rows[0] ?? null;
}

export async function markApiTokenUsed(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query(
    `UPDATE api_tokens SET last_used_at = $2 WHERE id = $1
     AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '1 minute')`,
    [id, now],
  );
}

export async function listApiTokens(db: Queryable, userId: string): Promise<ApiTokenRecord[]> {
  const { rows } = await db.query<ApiTokenRecord>(
    `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC`,
    [userId],
  );
  return rows;
}

export async function revokeApiToken(db: Queryable, userId: string, id: string, now: Date): Promise<number> {
  const result = await db.query(
    'UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL',
    [id, userId, now],
  );
  return result.rowCount;
}

export type OneTimePurpose = 'verify_email' | 'reset_password';

export async function insertOneTimeToken(
  db: Queryable,
  token: { tokenHash: string; userId: string; purpose: OneTimePurpose; expiresAt: Date },
): Promise<void> {
  await db.query(
    'INSERT INTO one_time_tokens (token_hash, user_id, purpose, expires_at) VALUES ($1, $2, $3, $4)',
    [token.tokenHash, token.userId, token.purpose, token.expiresAt],
  );
}

/** Marks a one-time token used and returns its user, or null when unknown, used or expired. */
export async function consumeOneTimeToken(
  db: Queryable,
  tokenHash: string,
  purpose: OneTimePurpose,
  now: Date,
): Promise<string | null> {
  const { rows } = await db.query<{ userId: string }>(
    `UPDATE one_time_tokens SET used_at = $3
     WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
     RETURNING user_id AS "userId"`,
    [tokenHash, purpose, now],
  );
  return rows[0]?.userId ?? null;
}
