import type { Queryable } from '../../db/database.js';
import type {
  CooperationType,
  Country,
  DevelopmentStage,
  IprStatus,
  Language,
  MultilingualText,
  OrganisationKind,
  PartnerSize,
  ProfileKind,
  ProfileStatus,
} from '../../domain/vocabulary.js';

/** A profile row as the services see it. */
export interface ProfileRecord {
  id: string;
  organisationId: string;
  authorId: string | null;
  kind: ProfileKind;
  originalLanguage: Language;
  title: MultilingualText;
  summary: MultilingualText;
  description: MultilingualText;
  advantages: MultilingualText;
  specification: MultilingualText;
  languages: Language[];
  stage: DevelopmentStage | null;
  trl: number | null;
  iprStatus: IprStatus;
  patentNumbers: string[];
  partnerKinds: OrganisationKind[];
  partnerSize: PartnerSize;
  partnerRole: string;
  cooperationTypes: CooperationType[];
  sectors: string[];
  keywords: string[];
  isic: string[];
  targetCountries: Country[];
  sdgs: number[];
  eoiDeadline: string | null;
  validUntil: string | null;
  contact: { name?: string; email?: string; phone?: string };
  status: ProfileStatus;
  country: Country;
  submittedAt: Date | null;
  publishedAt: Date | null;
  isDemo: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  organisationSlug: string;
  organisationName: MultilingualText;
  organisationKind: OrganisationKind;
}

export const PROFILE_COLUMNS = `p.id, p.organisation_id AS "organisationId", p.author_id AS "authorId", p.kind,
  p.original_language AS "originalLanguage", p.title, p.summary, p.description, p.advantages, p.specification,
  p.languages, p.stage, p.trl, p.ipr_status AS "iprStatus", p.patent_numbers AS "patentNumbers",
  p.partner_kinds AS "partnerKinds", p.partner_size AS "partnerSize", p.partner_role AS "partnerRole",
  p.cooperation_types AS "cooperationTypes", p.sectors, p.keywords, p.isic, p.target_countries AS "targetCountries",
  p.sdgs, p.eoi_deadline AS "eoiDeadline", p.valid_until AS "validUntil", p.contact, p.status, p.country,
  p.submitted_at AS "submittedAt", p.published_at AS "publishedAt", p.is_demo AS "isDemo", p.version,
  p.created_at AS "createdAt", p.updated_at AS "updatedAt",
  o.slug AS "organisationSlug", o.name AS "organisationName", o.kind AS "organisationKind"`;

const FROM_PROFILES = 'FROM profiles p JOIN organisations o ON o.id = p.organisation_id';

export async function findProfile(
  db: Queryable,
  id: string,
  forUpdate = false,
): Promise<ProfileRecord | null> {
  const { rows } = await db.query<ProfileRecord>(
    `SELECT ${PROFILE_COLUMNS} ${FROM_PROFILES} WHERE p.id = $1${forUpdate ? ' FOR UPDATE OF p' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/** The writable columns of a profile. */
export interface ProfileContentRow {
  originalLanguage: Language;
  title: MultilingualText;
  summary: MultilingualText;
  description: MultilingualText;
  advantages: MultilingualText;
  specification: MultilingualText;
  languages: Language[];
  stage: DevelopmentStage | null;
  trl: number | null;
  iprStatus: IprStatus;
  patentNumbers: string[];
  partnerKinds: OrganisationKind[];
  partnerSize: PartnerSize;
  partnerRole: string;
  cooperationTypes: CooperationType[];
  sectors: string[];
  keywords: string[];
  isic: string[];
  targetCountries: Country[];
  sdgs: number[];
  eoiDeadline: string | null;
  validUntil: string | null;
  contact: { name?: string; email?: string; phone?: string };
}

function contentParams(c: ProfileContentRow): unknown[] {
  return [
    c.originalLanguage,
    JSON.stringify(c.title),
    JSON.stringify(c.summary),
    JSON.stringify(c.description),
    JSON.stringify(c.advantages),
    JSON.stringify(c.specification),
    c.languages,
    c.stage,
    c.trl,
    c.iprStatus,
    c.patentNumbers,
    c.partnerKinds,
    c.partnerSize,
    c.partnerRole,
    c.cooperationTypes,
    c.sectors,
    c.keywords,
    c.isic,
    c.targetCountries,
    c.sdgs,
    c.eoiDeadline,
    c.validUntil,
    JSON.stringify(c.contact),
  ];
}

export interface NewProfileRow extends ProfileContentRow {
  id?: string;
  organisationId: string;
  authorId: string | null;
  kind: ProfileKind;
  country: Country;
  status: ProfileStatus;
  publishedAt?: Date | null;
  submittedAt?: Date | null;
  isDemo?: boolean;
  createdAt?: Date;
}

export async function insertProfile(db: Queryable, row: NewProfileRow): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO profiles (original_language, title, summary, description, advantages, specification, languages,
       stage, trl, ipr_status, patent_numbers, partner_kinds, partner_size, partner_role, cooperation_types, sectors,
       keywords, isic, target_countries, sdgs, eoi_deadline, valid_until, contact,
       id, organisation_id, author_id, kind, country, status, published_at, submitted_at, is_demo, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23,
       COALESCE($24, gen_random_uuid()), $25, $26, $27, $28, $29, $30, $31, $32, COALESCE($33, now()), COALESCE($33, now()))
     RETURNING id`,
    [
      ...contentParams(row),
      row.id ?? null,
      row.organisationId,
      row.authorId,
      row.kind,
      row.country,
      row.status,
      row.publishedAt ?? null,
      row.submittedAt ?? null,
      row.isDemo ?? false,
      row.createdAt ?? null,
    ],
  );
  const inserted = rows[0];
  if (!inserted) throw new Error('insert into profiles returned no row');
  return inserted.id;
}

export async function updateProfileContent(
  db: Queryable,
  id: string,
  content: ProfileContentRow,
  status: ProfileStatus,
  now: Date,
): Promise<void> {
  await db.query(
    `UPDATE profiles SET original_language = $1, title = $2, summary = $3, description = $4, advantages = $5,
       specification = $6, languages = $7, stage = $8, trl = $9, ipr_status = $10, patent_numbers = $11,
       partner_kinds = $12, partner_size = $13, partner_role = $14, cooperation_types = $15, sectors = $16,
       keywords = $17, isic = $18, target_countries = $19, sdgs = $20, eoi_deadline = $21, valid_until = $22,
       contact = $23, status = $24, updated_at = $25, version = version + 1
     WHERE id = $26`,
    [...contentParams(content), status, now, id],
  );
}

export async function setProfileStatus(
  db: Queryable,
  id: string,
  change: {
    status: ProfileStatus;
    now: Date;
    validUntil?: string | null;
    publish?: boolean;
    submit?: boolean;
  },
): Promise<void> {
  await db.query(
    `UPDATE profiles SET status = $2, updated_at = $3, version = version + 1,
       valid_until = CASE WHEN $4 THEN $5::date ELSE valid_until END,
       published_at = CASE WHEN $6 THEN $3 ELSE published_at END,
       submitted_at = CASE WHEN $7 THEN $3 ELSE submitted_at END
     WHERE id = $1`,
    [
      id,
      change.status,
      change.now,
      change.validUntil !== undefined,
      change.validUntil ?? null,
      change.publish ?? false,
      change.submit ?? false,
    ],
  );
}

export async function insertTransition(
  db: Queryable,
  t: {
    profileId: string;
    from: ProfileStatus | null;
    to: ProfileStatus;
    action: string;
    actorId: string | null;
    comment: string;
    at: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO profile_transitions (profile_id, from_status, to_status, action, actor_id, comment, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [t.profileId, t.from, t.to, t.action, t.actorId, t.comment, t.at],
  );
}

export interface TransitionRecord {
  id: number;
  fromStatus: ProfileStatus | null;
  toStatus: ProfileStatus;
  action: string;
  actorId: string | null;
  actorName: string | null;
  comment: string;
  createdAt: Date;
}

export async function listTransitions(db: Queryable, profileId: string): Promise<TransitionRecord[]> {
  const { rows } = await db.query<TransitionRecord>(
    `SELECT t.id, t.from_status AS "fromStatus", t.to_status AS "toStatus", t.action, t.actor_id AS "actorId",
       u.display_name AS "actorName", t.comment, t.created_at AS "createdAt"
     FROM profile_transitions t LEFT JOIN users u ON u.id = t.actor_id
     WHERE t.profile_id = $1 ORDER BY t.id`,
    [profileId],
  );
  return rows;
}

/** Filters for browsing, already resolved to what the reader may see. */
export interface ProfileFilter {
  kinds?: readonly string[] | undefined;
  countries?: readonly string[] | undefined;
  /** Exact child codes, and group prefixes ('green' matches 'green.*'). */
  sectors?: readonly string[] | undefined;
  trlMin?: number | undefined;
  trlMax?: number | undefined;
  cooperationTypes?: readonly string[] | undefined;
  languages?: readonly string[] | undefined;
  statuses: readonly string[];
  organisationId?: string | undefined;
  words?: readonly string[] | undefined;
  wordsLanguage?: Language | undefined;
  /** Visibility beyond published: organisations the reader belongs to, countries they coordinate, all (admins). */
  visibility: { all: boolean; memberOf: readonly string[]; coordinatorCountry: string | null };
}

export const SORT_KEYS = {
  newest: {
    expr: `to_char(COALESCE(p.published_at, p.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
    desc: true,
  },
  oldest: {
    expr: `to_char(COALESCE(p.published_at, p.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
    desc: false,
  },
  deadline: { expr: `COALESCE(p.eoi_deadline::text, '9999-12-31')`, desc: false },
  title: { expr: `lower(COALESCE(p.title->>'en', p.title->>p.original_language, ''))`, desc: false },
} as const;

function buildWhere(filter: ProfileFilter, params: unknown[]): string {
  const conditions: string[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  conditions.push(`p.status = ANY(${bind(filter.statuses)}::text[])`);
  if (!filter.visibility.all) {
    // Published profiles are for everyone; the rest only for their organisation's members and,
    // once they have been submitted, the coordinators of the organisation's country.
    const memberOf = bind(filter.visibility.memberOf);
    const coordinated = bind(filter.visibility.coordinatorCountry);
    conditions.push(`(p.status = 'published' OR p.organisation_id = ANY(${memberOf}::uuid[])
      OR (p.country = ${coordinated} AND p.status <> 'draft'))`);
  }
  if (filter.kinds?.length) conditions.push(`p.kind = ANY(${bind(filter.kinds)}::text[])`);
  if (filter.countries?.length) conditions.push(`p.country = ANY(${bind(filter.countries)}::text[])`);
  if (filter.sectors?.length) {
    const exact = bind(filter.sectors);
    const prefixes = bind(filter.sectors.map((s) => `${s}.%`));
    conditions.push(`(p.sectors && ${exact}::text[] OR EXISTS (SELECT 1 FROM unnest(p.sectors) s
      WHERE s LIKE ANY(${prefixes}::text[])))`);
  }
  if (filter.trlMin !== undefined) conditions.push(`p.trl >= ${bind(filter.trlMin)}`);
  if (filter.trlMax !== undefined) conditions.push(`p.trl <= ${bind(filter.trlMax)}`);
  if (filter.cooperationTypes?.length)
    conditions.push(`p.cooperation_types && ${bind(filter.cooperationTypes)}::text[]`);
  if (filter.languages?.length) conditions.push(`p.languages && ${bind(filter.languages)}::text[]`);
  if (filter.organisationId) conditions.push(`p.organisation_id = ${bind(filter.organisationId)}::uuid`);
  for (const word of filter.words ?? []) {
    const pattern = bind(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (filter.wordsLanguage) {
      const lang = bind(filter.wordsLanguage);
      conditions.push(`(COALESCE(p.title->>${lang}, '') || ' ' || COALESCE(p.summary->>${lang}, '') || ' ' ||
        COALESCE(p.description->>${lang}, '')) ILIKE ${pattern}`);
    } else {
      conditions.push(`(p.title::text || ' ' || p.summary::text || ' ' || p.description::text || ' ' ||
        array_to_string(p.keywords, ' ')) ILIKE ${pattern}`);
    }
  }
  return conditions.join(' AND ');
}

/** One page of profiles in the chosen order, after the cursor position. */
export async function listProfiles(
  db: Queryable,
  filter: ProfileFilter,
  sort: keyof typeof SORT_KEYS,
  after: { key: string; id: string } | null,
  limit: number,
): Promise<Array<ProfileRecord & { sortKey: string }>> {
  const params: unknown[] = [];
  let where = buildWhere(filter, params);
  const { expr, desc } = SORT_KEYS[sort];
  if (after) {
    params.push(after.key, after.id);
    where += ` AND (${expr}, p.id) ${desc ? '<' : '>'} ($${params.length - 1}, $${params.length}::uuid)`;
  }
  params.push(limit);
  const direction = desc ? 'DESC' : 'ASC';
  const { rows } = await db.query<ProfileRecord & { sortKey: string }>(
    `SELECT ${PROFILE_COLUMNS}, ${expr} AS "sortKey" ${FROM_PROFILES} WHERE ${where}
     ORDER BY ${expr} ${direction}, p.id ${direction} LIMIT $${params.length}`,
    params,
  );
  return rows;
}

export async function countProfiles(db: Queryable, filter: ProfileFilter): Promise<number> {
  const params: unknown[] = [];
  const where = buildWhere(filter, params);
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n ${FROM_PROFILES} WHERE ${where}`,
    params,
  );
  return rows[0]?.n ?? 0;
}

/** Submitted profiles waiting for review, oldest first; optionally of one country. */
export async function listSubmitted(
  db: Queryable,
  country: string | null,
  limit: number,
): Promise<ProfileRecord[]> {
  const { rows } = await db.query<ProfileRecord>(
    `SELECT ${PROFILE_COLUMNS} ${FROM_PROFILES}
     WHERE p.status = 'submitted' AND ($1::text IS NULL OR p.country = $1) ORDER BY p.submitted_at, p.id LIMIT $2`,
    [country, limit],
  );
  return rows;
}

/** Published profiles whose validity ended before `today`, locked for the expiry job. */
export async function lockExpiredProfiles(
  db: Queryable,
  today: string,
  limit: number,
): Promise<ProfileRecord[]> {
  const { rows } = await db.query<ProfileRecord>(
    `SELECT ${PROFILE_COLUMNS} ${FROM_PROFILES}
     WHERE p.status = 'published' AND p.valid_until < $1::date ORDER BY p.valid_until, p.id LIMIT $2 FOR UPDATE OF p SKIP LOCKED`,
    [today, limit],
  );
  return rows;
}

/** Published profiles ending within the window whose reminder has not gone out for that date. */
export async function lockProfilesToRemind(
  db: Queryable,
  today: string,
  until: string,
  limit: number,
): Promise<ProfileRecord[]> {
  const { rows } = await db.query<ProfileRecord>(
    `SELECT ${PROFILE_COLUMNS} ${FROM_PROFILES}
     WHERE p.status = 'published' AND p.valid_until BETWEEN $1::date AND $2::date
       AND p.expiry_reminder_sent_for IS DISTINCT FROM p.valid_until
     ORDER BY p.valid_until, p.id LIMIT $3 FOR UPDATE OF p SKIP LOCKED`,
    [today, until, limit],
  );
  return rows;
}

export async function markReminderSent(db: Queryable, id: string, validUntil: string): Promise<void> {
  await db.query('UPDATE profiles SET expiry_reminder_sent_for = $2 WHERE id = $1', [id, validUntil]);
}

export async function setCountryOfOrganisationProfiles(
  db: Queryable,
  organisationId: string,
  country: string,
): Promise<void> {
  await db.query('UPDATE profiles SET country = $2 WHERE organisation_id = $1', [organisationId, country]);
}

export interface AttachmentRecord {
  id: string;
  profileId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
}

const ATTACHMENT_COLUMNS = `id, profile_id AS "profileId", file_name AS "fileName", content_type AS "contentType",
  size_bytes AS "sizeBytes", sha256, created_at AS "createdAt"`;

export async function listAttachments(db: Queryable, profileId: string): Promise<AttachmentRecord[]> {
  const { rows } = await db.query<AttachmentRecord>(
    `SELECT ${ATTACHMENT_COLUMNS} FROM profile_attachments WHERE profile_id = $1 ORDER BY created_at, id`,
    [profileId],
  );
  return rows;
}

export async function insertAttachment(
  db: Queryable,
  a: {
    profileId: string;
    fileName: string;
    contentType: string;
    content: Buffer;
    sha256: string;
    uploadedBy: string;
  },
): Promise<AttachmentRecord> {
  const { rows } = await db.query<AttachmentRecord>(
    `INSERT INTO profile_attachments (profile_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${ATTACHMENT_COLUMNS}`,
    [a.profileId, a.fileName, a.contentType, a.content.length, a.sha256, a.content, a.uploadedBy],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into profile_attachments returned no row');
  return row;
}

export async function findAttachmentContent(
  db: Queryable,
  profileId: string,
  id: string,
): Promise<(AttachmentRecord & { content: Uint8Array }) | null> {
  const { rows } = await db.query<AttachmentRecord & { content: Uint8Array }>(
    `SELECT ${ATTACHMENT_COLUMNS}, content FROM profile_attachments WHERE profile_id = $1 AND id = $2`,
    [profileId, id],
  );
  return rows[0] ?? null;
}

export async function deleteAttachment(db: Queryable, profileId: string, id: string): Promise<number> {
  const result = await db.query('DELETE FROM profile_attachments WHERE profile_id = $1 AND id = $2', [
    profileId,
    id,
  ]);
  return result.rowCount;
}
