import type { Queryable } from '../../db/database.js';
import type { Country, MembershipRole, MultilingualText, OrganisationKind } from '../../domain/vocabulary.js';

export interface OrganisationRecord {
  id: string;
  slug: string;
  name: MultilingualText;
  kind: OrganisationKind;
  country: Country;
  city: string;
  website: string | null;
  description: MultilingualText;
  parentId: string | null;
  isDemo: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const ORG_COLUMNS = `o.id, o.slug, o.name, o.kind, o.country, o.city, o.website, o.description,
  o.parent_id AS "parentId", o.is_demo AS "isDemo", o.created_at AS "createdAt", o.updated_at AS "updatedAt"`;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An organisation by its id or its slug. */
export async function findOrganisation(db: Queryable, idOrSlug: string): Promise<OrganisationRecord | null> {
  const byId = UUID_PATTERN.test(idOrSlug);
  const { rows } = await db.query<OrganisationRecord>(
    `SELECT ${ORG_COLUMNS} FROM organisations o WHERE ${byId ? 'o.id = $1::uuid' : 'o.slug = $1'}`,
    [idOrSlug],
  );
  return rows[0] ?? null;
}

export async function slugExists(db: Queryable, slug: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM organisations WHERE slug = $1', [slug]);
  return rows.length > 0;
}

export interface NewOrganisation {
  id?: string;
  slug: string;
  name: MultilingualText;
  kind: OrganisationKind;
  country: Country;
  city: string;
  website: string | null;
  description: MultilingualText;
  parentId?: string | null;
  isDemo?: boolean;
  createdBy: string | null;
}

export async function insertOrganisation(db: Queryable, org: NewOrganisation): Promise<OrganisationRecord> {
  const { rows } = await db.query<OrganisationRecord>(
    `INSERT INTO organisations AS o (id, slug, name, kind, country, city, website, description, parent_id, is_demo, created_by)
     VALUES (COALESCE($1, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     RETURNING ${ORG_COLUMNS}`,
    [
      org.id ?? null,
      org.slug,
      JSON.stringify(org.name),
      org.kind,
      org.country,
      org.city,
      org.website,
      JSON.stringify(org.description),
      org.parentId ?? null,
      org.isDemo ?? false,
      org.createdBy,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into organisations returned no row');
  return row;
}

export async function updateOrganisation(
  db: Queryable,
  id: string,
  changes: Partial<
    Pick<OrganisationRecord, 'name' | 'kind' | 'country' | 'city' | 'website' | 'description'>
  >,
): Promise<void> {
  await db.query(
    `UPDATE organisations SET
       name = COALESCE($2, name), kind = COALESCE($3, kind), country = COALESCE($4, country),
       city = COALESCE($5, city), website = CASE WHEN $6 THEN $7 ELSE website END,
       description = COALESCE($8, description), updated_at = now()
     WHERE id = $1`,
    [
      id,
      changes.name ? JSON.stringify(changes.name) : null,
      changes.kind ?? null,
      changes.country ?? null,
      changes.city ?? null,
      changes.website !== undefined,
      changes.website ?? null,
      changes.description ? JSON.stringify(changes.description) : null,
    ],
  );
}

export interface OrganisationListItem extends OrganisationRecord {
  publishedProfiles: number;
}

/** Organisations ordered by (sort key, id), after the cursor position when one is given. */
export async function listOrganisations(
  db: Queryable,
  filter: { country?: string | undefined; kind?: string | undefined; q?: string | undefined },
  after: { key: string; id: string } | null,
  limit: number,
): Promise<Array<OrganisationListItem & { sortKey: string }>> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    conditions.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (filter.country) add('o.country = ?', filter.country);
  if (filter.kind) add('o.kind = ?', filter.kind);
  if (filter.q) add(`o.name::text ILIKE ?`, `%${escapeLike(filter.q)}%`);
  const sortKey = `lower(COALESCE(o.name->>'en', o.slug))`;
  if (after) {
    params.push(after.key, after.id);
    conditions.push(`(${sortKey}, o.id) > ($${params.length - 1}, $${params.length}::uuid)`);
  }
  params.push(limit);
  const { rows } = await db.query<OrganisationListItem & { sortKey: string }>(
    `SELECT ${ORG_COLUMNS}, ${sortKey} AS "sortKey",
       (SELECT count(*)::int FROM profiles p WHERE p.organisation_id = o.id AND p.status = 'published') AS "publishedProfiles"
     FROM organisations o
     ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
     ORDER BY ${sortKey}, o.id LIMIT $${params.length}`,
    params,
  );
  return rows;
}

/** Escapes %, _ and \ so user text is matched literally by LIKE. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface MemberRecord {
  userId: string;
  displayName: string;
  email: string;
  country: Country;
  role: MembershipRole;
  joinedAt: Date;
}

export async function listMembers(db: Queryable, organisationId: string): Promise<MemberRecord[]> {
  const { rows } = await db.query<MemberRecord>(
    `SELECT u.id AS "userId", u.display_name AS "displayName", u.email, u.country, m.role, m.created_at AS "joinedAt"
     FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1
     ORDER BY m.role, u.display_name`,
    [organisationId],
  );
  return rows;
}

export async function findRole(
  db: Queryable,
  organisationId: string,
  userId: string,
): Promise<MembershipRole | null> {
  const { rows } = await db.query<{ role: MembershipRole }>(
    'SELECT role FROM memberships WHERE organisation_id = $1 AND user_id = $2',
    [organisationId, userId],
  );
  return rows[0]?.role ?? null;
}

export async function insertMembership(
  db: Queryable,
  organisationId: string,
  userId: string,
  role: MembershipRole,
): Promise<void> {
  await db.query('INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, $3)', [
    organisationId,
    userId,
    role,
  ]);
}

export async function setRole(
  db: Queryable,
  organisationId: string,
  userId: string,
  role: MembershipRole,
): Promise<void> {
  await db.query('UPDATE memberships SET role = $3 WHERE organisation_id = $1 AND user_id = $2', [
    organisationId,
    userId,
    role,
  ]);
}

export async function deleteMembership(
  db: Queryable,
  organisationId: string,
  userId: string,
): Promise<number> {
  const result = await db.query('DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2', [
    organisationId,
    userId,
  ]);
  return result.rowCount;
}

/** Counts admins, locking the organisation's memberships so two removals cannot both pass the check. */
export async function countAdminsForUpdate(db: Queryable, organisationId: string): Promise<number> {
  const { rows } = await db.query<{ userId: string }>(
    `SELECT user_id AS "userId" FROM memberships WHERE organisation_id = $1 AND role = 'admin' FOR UPDATE`,
    [organisationId],
  );
  return rows.length;
}

export interface InvitationRecord {
  id: string;
  organisationId: string;
  email: string;
  role: MembershipRole;
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
}

const INVITATION_COLUMNS = `id, organisation_id AS "organisationId", email, role, invited_by AS "invitedBy",
  created_at AS "createdAt", expires_at AS "expiresAt", accepted_at AS "acceptedAt"`;

export async function insertInvitation(
  db: Queryable,
  invitation: {
    organisationId: string;
    email: string;
    role: MembershipRole;
    tokenHash: string;
    invitedBy: string;
    expiresAt: Date;
  },
): Promise<InvitationRecord> {
  const { rows } = await db.query<InvitationRecord>(
    `INSERT INTO invitations (organisation_id, email, role, token_hash, invited_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${INVITATION_COLUMNS}`,
    [
      invitation.organisationId,
      invitation.email,
      invitation.role,
      invitation.tokenHash,
      invitation.invitedBy,
      invitation.expiresAt,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into invitations returned no row');
  return row;
}

export async function listOpenInvitations(
  db: Queryable,
  organisationId: string,
  now: Date,
): Promise<InvitationRecord[]> {
  const { rows } = await db.query<InvitationRecord>(
    `SELECT ${INVITATION_COLUMNS} FROM invitations
     WHERE organisation_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $2
     ORDER BY created_at DESC`,
    [organisationId, now],
  );
  return rows;
}

export async function revokeInvitation(
  db: Queryable,
  organisationId: string,
  id: string,
  now: Date,
): Promise<number> {
  const result = await db.query(
    `UPDATE invitations SET revoked_at = $3 WHERE id = $1 AND organisation_id = $2
     AND accepted_at IS NULL AND revoked_at IS NULL`,
    [id, organisationId, now],
  );
  return result.rowCount;
}

/** Marks an open invitation accepted and returns it, or null when unknown, used, revoked or expired. */
export async function consumeInvitation(
  db: Queryable,
  tokenHash: string,
  now: Date,
): Promise<InvitationRecord | null> {
  const { rows } = await db.query<InvitationRecord>(
    `UPDATE invitations SET accepted_at = $2
     WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $2
     RETURNING ${INVITATION_COLUMNS}`,
    [tokenHash, now],
  );
  return rows[0] ?? null;
}
