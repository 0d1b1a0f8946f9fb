import type { Queryable } from '../../db/database.js';
import type { CorridorCountry, Country, Language, MembershipRole } from '../../domain/vocabulary.js';
import type { PlatformRole } from '../auth/actor.js';

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  preferredLanguage: Language;
  country: Country;
  passwordHash: string;
  emailVerifiedAt: Date | null;
  platformRole: PlatformRole | null;
  coordinatorCountry: CorridorCountry | null;
  isDemo: boolean;
  createdAt: Date;
}

const USER_COLUMNS = `id, email, display_name AS "displayName", preferred_language AS "preferredLanguage", country,
  password_hash AS "passwordHash", email_verified_at AS "emailVerifiedAt", platform_role AS "platformRole",
  coordinator_country AS "coordinatorCountry", is_demo AS "isDemo", created_at AS "createdAt"`;

export async function findUserById(db: Queryable, id: string): Promise<UserRecord | null> {
  const { rows } = await db.query<UserRecord>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRecord | null> {
  const { rows } = await db.query<UserRecord>(
    `SELECT ${USER_COLUMNS} FROM users WHERE lower(email) = lower($1)`,
    [email],
  );
  return rows[0] ?? null;
}

export interface NewUser {
  id?: string;
  email: string;
  displayName: string;
  preferredLanguage: Language;
  country: Country;
  passwordHash: string;
  emailVerifiedAt?: Date | null;
  platformRole?: PlatformRole | null;
  coordinatorCountry?: CorridorCountry | null;
  isDemo?: boolean;
}

export async function insertUser(db: Queryable, user: NewUser): Promise<UserRecord> {
  const { rows } = await db.query<UserRecord>(
    `INSERT INTO users (id, email, display_name, preferred_language, country, password_hash, email_verified_at,
       platform_role, coordinator_country, is_demo)
     VALUES (COALESCE($1, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9, $10)
     RETURNING ${USER_COLUMNS}`,
    [
      user.id ?? null,
      user.email,
      user.displayName,
      user.preferredLanguage,
      user.country,
      user.passwordHash,
      user.emailVerifiedAt ?? null,
      user.platformRole ?? null,
      user.coordinatorCountry ?? null,
      user.isDemo ?? false,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into users returned no row');
  return row;
}

export async function updateUserProfile(
  db: Queryable,
  id: string,
  changes: { displayName?: string; preferredLanguage?: Language; country?: Country },
): Promise<void> {
  await db.query(
    `UPDATE users SET display_name = COALESCE($2, display_name), preferred_language = COALESCE($3, preferred_language),
       country = COALESCE($4, country), updated_at = now() WHERE id = $1`,
    [id, changes.displayName ?? null, changes.preferredLanguage ?? null, changes.country ?? null],
  );
}

export async function setPasswordHash(db: Queryable, id: string, passwordHash: string): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1', [id, passwordHash]);
}

export async function markEmailVerified(db: Queryable, id: string, at: Date): Promise<void> {
  await db.query('UPDATE users SET email_verified_at = COALESCE(email_verified_at, $2) WHERE id = $1', [
    id,
    at,
  ]);
}

export async function setPlatformRole(
  db: Queryable,
  id: string,
  role: PlatformRole | null,
  coordinatorCountry: CorridorCountry | null,
): Promise<number> {
  const result = await db.query(
    'UPDATE users SET platform_role = $2, coordinator_country = $3, updated_at = now() WHERE id = $1',
    [id, role, role === 'coordinator' ? coordinatorCountry : null],
  );
  return result.rowCount;
}

export async function membershipsOf(db: Queryable, userId: string): Promise<Map<string, MembershipRole>> {
  const { rows } = await db.query<{ organisationId: string; role: MembershipRole }>(
    'SELECT organisation_id AS "organisationId", role FROM memberships WHERE user_id = $1',
    [userId],
  );
  return new Map(rows.map((row) => [row.organisationId, row.role]));
}

export async function coordinatorsOf(db: Queryable, country: string): Promise<UserRecord[]> {
  const { rows } = await db.query<UserRecord>(
    `SELECT ${USER_COLUMNS} FROM users WHERE platform_role = 'coordinator' AND coordinator_country = $1`,
    [country],
  );
  return rows;
}
