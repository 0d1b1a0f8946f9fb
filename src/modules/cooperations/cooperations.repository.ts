import type { Queryable } from '../../db/database.js';
import type { Country, Language, MultilingualText, ProfileKind } from '../../domain/vocabulary.js';
import type {
  AgreementType,
  ClosedReason,
  CooperationOrigin,
  CooperationStage,
  Currency,
  DocumentKind,
  OutcomeMetric,
} from './cooperations.schema.js';

export interface PartyRecord {
  organisationId: string;
  /** The organisation's country when it joined the cooperation. */
  country: Country;
  slug: string;
  name: MultilingualText;
}

export interface LinkedProfileRecord {
  id: string;
  organisationId: string;
  kind: ProfileKind;
  title: MultilingualText;
  sectors: string[];
}

/** A cooperation row with its parties, as the services see it. */
export interface CooperationRecord {
  id: string;
  title: MultilingualText;
  stage: CooperationStage;
  closedReason: ClosedReason | null;
  origin: CooperationOrigin;
  originRef: string | null;
  /** For a cooperation opened from a meeting follow-up: the event where the meeting took place. */
  originEventId: string | null;
  sector: string | null;
  openedOn: string;
  createdBy: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  parties: PartyRecord[];
}

const COOPERATION_COLUMNS = `c.id, c.title, c.stage, c.closed_reason AS "closedReason", c.origin,
  c.origin_ref AS "originRef",
  (SELECT m.event_id FROM meeting_requests m
    WHERE c.origin = 'meeting_follow_up' AND m.id::text = c.origin_ref) AS "originEventId",
  c.sector, c.opened_on AS "openedOn", c.created_by AS "createdBy", c.version,
  c.created_at AS "createdAt", c.updated_at AS "updatedAt",
  COALESCE((SELECT json_agg(json_build_object('organisationId', p.organisation_id, 'country', p.country,
      'slug', o.slug, 'name', o.name) ORDER BY o.slug)
    FROM cooperation_parties p JOIN organisations o ON o.id = p.organisation_id
    WHERE p.cooperation_id = c.id), '[]'::json) AS parties`;

export async function findCooperation(
  db: Queryable,
  id: string,
  forUpdate = false,
): Promise<CooperationRecord | null> {
  const { rows } = await db.query<CooperationRecord>(
    `SELECT ${COOPERATION_COLUMNS} FROM cooperations c WHERE c.id = $1${forUpdate ? ' FOR UPDATE OF c' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function insertCooperation(
  db: Queryable,
  row: {
    id: string;
    title: MultilingualText;
    origin: CooperationOrigin;
    originRef: string | null;
    sector: string | null;
    openedOn: string;
    createdBy: string;
    at: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO cooperations (id, title, origin, origin_ref, sector, opened_on, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
    [
      row.id,
      JSON.stringify(row.title),
      row.origin,
      row.originRef,
      row.sector,
      row.openedOn,
      row.createdBy,
      row.at,
    ],
  );
}

export async function updateCooperationFields(
  db: Queryable,
  id: string,
  changes: { title?: MultilingualText | undefined; sector?: string | null | undefined },
  at: Date,
): Promise<void> {
  await db.query(
    `UPDATE cooperations SET title = COALESCE($2, title),
       sector = CASE WHEN $3 THEN $4 ELSE sector END, updated_at = $5, version = version + 1
     WHERE id = $1`,
    [
      id,
      changes.title ? JSON.stringify(changes.title) : null,
      changes.sector !== undefined,
      changes.sector ?? null,
      at,
    ],
  );
}

export async function setStage(
  db: Queryable,
  id: string,
  stage: CooperationStage,
  closedReason: ClosedReason | null,
  at: Date,
): Promise<void> {
  await db.query(
    `UPDATE cooperations SET stage = $2, closed_reason = $3, updated_at = $4, version = version + 1 WHERE id = $1`,
    [id, stage, closedReason, at],
  );
}

/** Touches the cooperation so lists sorted by activity and optimistic readers see the change. */
export async function touchCooperation(db: Queryable, id: string, at: Date): Promise<void> {
  await db.query('UPDATE cooperations SET updated_at = $2, version = version + 1 WHERE id = $1', [id, at]);
}

/** The organisations by id, with their current country; unknown ids are left out. */
export async function findOrganisationsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<Array<{ id: string; country: Country }>> {
  const { rows } = await db.query<{ id: string; country: Country }>(
    'SELECT id, country FROM organisations WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return rows;
}

/** Makes the parties exactly `parties`: new ones join with their current country, others leave. */
export async function replaceParties(
  db: Queryable,
  cooperationId: string,
  parties: ReadonlyArray<{ id: string; country: Country }>,
): Promise<void> {
  await db.query(
    'DELETE FROM cooperation_parties WHERE cooperation_id = $1 AND NOT (organisation_id = ANY($2::uuid[]))',
    [cooperationId, parties.map((p) => p.id)],
  );
  await db.query(
    `INSERT INTO cooperation_parties (cooperation_id, organisation_id, country)
     SELECT $1::uuid, t.organisation_id, t.country FROM unnest($2::uuid[], $3::text[]) AS t (organisation_id, country)
     ON CONFLICT DO NOTHING`,
    [cooperationId, parties.map((p) => p.id), parties.map((p) => p.country)],
  );
}

export async function findProfilesByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<LinkedProfileRecord[]> {
  const { rows } = await db.query<LinkedProfileRecord>(
    `SELECT id, organisation_id AS "organisationId", kind, title, sectors FROM profiles WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return rows;
}

export async function replaceProfiles(
  db: Queryable,
  cooperationId: string,
  profileIds: readonly string[],
): Promise<void> {
  await db.query(
    'DELETE FROM cooperation_profiles WHERE cooperation_id = $1 AND NOT (profile_id = ANY($2::uuid[]))',
    [cooperationId, profileIds],
  );
  await db.query(
    `INSERT INTO cooperation_profiles (cooperation_id, profile_id)
     SELECT $1::uuid, t.profile_id FROM unnest($2::uuid[]) AS t (profile_id) ON CONFLICT DO NOTHING`,
    [cooperationId, profileIds],
  );
}

export async function listLinkedProfiles(
  db: Queryable,
  cooperationId: string,
): Promise<LinkedProfileRecord[]> {
  const { rows } = await db.query<LinkedProfileRecord>(
    `SELECT p.id, p.organisation_id AS "organisationId", p.kind, p.title, p.sectors
     FROM cooperation_profiles cp JOIN profiles p ON p.id = cp.profile_id
     WHERE cp.cooperation_id = $1 ORDER BY p.created_at, p.id`,
    [cooperationId],
  );
  return rows;
}

/** Whether the user belongs (in any role) to one of the organisations. */
export async function isMemberOfAny(
  db: Queryable,
  userId: string,
  organisationIds: readonly string[],
): Promise<boolean> {
  const { rows } = await db.query(
    'SELECT 1 FROM memberships WHERE user_id = $1 AND organisation_id = ANY($2::uuid[]) LIMIT 1',
    [userId, organisationIds],
  );
  return rows.length > 0;
}

/** A member of a participating organisation, who may own a next step. */
export interface PossibleOwnerRecord {
  userId: string;
  displayName: string;
  organisation: { id: string; slug: string; name: MultilingualText };
}

/** The members (any role) of the organisations, by name; one row per person and organisation. */
export async function listOrganisationMembers(
  db: Queryable,
  organisationIds: readonly string[],
): Promise<PossibleOwnerRecord[]> {
  const { rows } = await db.query<PossibleOwnerRecord>(
    `SELECT u.id AS "userId", u.display_name AS "displayName",
       jsonb_build_object('id', o.id, 'slug', o.slug, 'name', o.name) AS organisation
     FROM memberships m JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.organisation_id
     WHERE m.organisation_id = ANY($1::uuid[])
     ORDER BY lower(u.display_name), u.id, lower(COALESCE(o.name->>'en', o.slug)), o.id`,
    [organisationIds],
  );
  return rows;
}

/** Which cooperations a reader may see in lists: everything, or through memberships and a coordinated country. */
export interface CooperationVisibility {
  all: boolean;
  memberOf: readonly string[];
  coordinatorCountry: string | null;
}

export interface CooperationFilter {
  stages?: readonly string[] | undefined;
  organisationId?: string | undefined;
  country?: string | undefined;
  visibility: CooperationVisibility;
}

const LIST_SORT_KEY = `to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

/** Newest first, after the cursor position. */
export async function listCooperations(
  db: Queryable,
  filter: CooperationFilter,
  after: { key: string; id: string } | null,
  limit: number,
): Promise<Array<CooperationRecord & { sortKey: string }>> {
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions: string[] = [];
  if (!filter.visibility.all) {
    conditions.push(`EXISTS (SELECT 1 FROM cooperation_parties v WHERE v.cooperation_id = c.id
      AND (v.organisation_id = ANY(${bind(filter.visibility.memberOf)}::uuid[])
        OR v.country = ${bind(filter.visibility.coordinatorCountry)}))`);
  }
  if (filter.stages?.length) conditions.push(`c.stage = ANY(${bind(filter.stages)}::text[])`);
  if (filter.organisationId) {
    conditions.push(`EXISTS (SELECT 1 FROM cooperation_parties f WHERE f.cooperation_id = c.id
      AND f.organisation_id = ${bind(filter.organisationId)}::uuid)`);
  }
  if (filter.country) {
    conditions.push(`EXISTS (SELECT 1 FROM cooperation_parties f WHERE f.cooperation_id = c.id
      AND f.country = ${bind(filter.country)})`);
  }
  if (after) {
    conditions.push(`(${LIST_SORT_KEY}, c.id) < (${bind(after.key)}, ${bind(after.id)}::uuid)`);
  }
  const { rows } = await db.query<CooperationRecord & { sortKey: string }>(
    `SELECT ${COOPERATION_COLUMNS}, ${LIST_SORT_KEY} AS "sortKey" FROM cooperations c
     ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
     ORDER BY c.created_at DESC, c.id DESC LIMIT ${bind(limit)}`,
    params,
  );
  return rows;
}

export interface StageEventRecord {
  id: number;
  fromStage: CooperationStage | null;
  toStage: CooperationStage;
  occurredOn: string;
  actorId: string | null;
  actorName: string | null;
  comment: string;
  createdAt: Date;
}

export async function insertStageEvent(
  db: Queryable,
  e: {
    cooperationId: string;
    from: CooperationStage | null;
    to: CooperationStage;
    occurredOn: string;
    actorId: string | null;
    comment: string;
    at: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO cooperation_stage_events (cooperation_id, from_stage, to_stage, occurred_on, actor_id, comment, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [e.cooperationId, e.from, e.to, e.occurredOn, e.actorId, e.comment, e.at],
  );
}

export async function listStageEvents(db: Queryable, cooperationId: string): Promise<StageEventRecord[]> {
  const { rows } = await db.query<StageEventRecord>(
    `SELECT e.id, e.from_stage AS "fromStage", e.to_stage AS "toStage", e.occurred_on AS "occurredOn",
       e.actor_id AS "actorId", u.display_name AS "actorName", e.comment, e.created_at AS "createdAt"
     FROM cooperation_stage_events e LEFT JOIN users u ON u.id = e.actor_id
     WHERE e.cooperation_id = $1 ORDER BY e.id`,
    [cooperationId],
  );
  return rows;
}

/** The day of the latest stage event, so history stays in order. */
export async function lastStageDate(db: Queryable, cooperationId: string): Promise<string | null> {
  const { rows } = await db.query<{ day: string | null }>(
    'SELECT max(occurred_on) AS day FROM cooperation_stage_events WHERE cooperation_id = $1',
    [cooperationId],
  );
  return rows[0]?.day ?? null;
}

export interface NextStepRecord {
  id: string;
  cooperationId: string;
  description: string;
  ownerId: string | null;
  ownerName: string | null;
  dueOn: string;
  doneAt: Date | null;
  createdAt: Date;
}

const NEXT_STEP_COLUMNS = `s.id, s.cooperation_id AS "cooperationId", s.description, s.owner_id AS "ownerId",
  u.display_name AS "ownerName", s.due_on AS "dueOn", s.done_at AS "doneAt", s.created_at AS "createdAt"`;

export async function listNextSteps(db: Queryable, cooperationId: string): Promise<NextStepRecord[]> {
  const { rows } = await db.query<NextStepRecord>(
    `SELECT ${NEXT_STEP_COLUMNS} FROM cooperation_next_steps s LEFT JOIN users u ON u.id = s.owner_id
     WHERE s.cooperation_id = $1 ORDER BY s.done_at IS NOT NULL, s.due_on, s.id`,
    [cooperationId],
  );
  return rows;
}

export async function findNextStep(
  db: Queryable,
  cooperationId: string,
  id: string,
): Promise<NextStepRecord | null> {
  const { rows } = await db.query<NextStepRecord>(
    `SELECT ${NEXT_STEP_COLUMNS} FROM cooperation_next_steps s LEFT JOIN users u ON u.id = s.owner_id
     WHERE s.cooperation_id = $1 AND s.id = $2`,
    [cooperationId, id],
  );
  return rows[0] ?? null;
}

export async function insertNextStep(
  db: Queryable,
  step: { cooperationId: string; description: string; ownerId: string; dueOn: string; createdBy: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO cooperation_next_steps (cooperation_id, description, owner_id, due_on, created_by)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [step.cooperationId, step.description, step.ownerId, step.dueOn, step.createdBy],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into cooperation_next_steps returned no row');
  return row.id;
}

export async function updateNextStep(
  db: Queryable,
  id: string,
  changes: {
    description?: string | undefined;
    ownerId?: string | undefined;
    dueOn?: string | undefined;
    done?: boolean | undefined;
  },
  at: Date,
): Promise<void> {
  await db.query(
    `UPDATE cooperation_next_steps SET description = COALESCE($2, description), owner_id = COALESCE($3, owner_id),
       due_on = COALESCE($4::date, due_on),
       done_at = CASE WHEN $5::boolean IS NULL THEN done_at WHEN $5 THEN COALESCE(done_at, $6) ELSE NULL END
     WHERE id = $1`,
    [
      id,
      changes.description ?? null,
      changes.ownerId ?? null,
      changes.dueOn ?? null,
      changes.done ?? null,
      at,
    ],
  );
}

/**
 * Open next steps whose owner no longer belongs to any party (their organisation left) lose their owner,
 * so nobody outside the cooperation is reminded of it. Returns how many.
 */
export async function unassignStepsOfFormerParties(db: Queryable, cooperationId: string): Promise<number> {
  const result = await db.query(
    `UPDATE cooperation_next_steps s SET owner_id = NULL
     WHERE s.cooperation_id = $1 AND s.done_at IS NULL AND s.owner_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM memberships m
         JOIN cooperation_parties p ON p.organisation_id = m.organisation_id AND p.cooperation_id = $1
         WHERE m.user_id = s.owner_id)`,
    [cooperationId],
  );
  return result.rowCount;
}

export async function deleteNextStep(db: Queryable, cooperationId: string, id: string): Promise<number> {
  const result = await db.query('DELETE FROM cooperation_next_steps WHERE cooperation_id = $1 AND id = $2', [
    cooperationId,
    id,
  ]);
  return result.rowCount;
}

export interface DueNextStepRecord {
  id: string;
  cooperationId: string;
  description: string;
  dueOn: string;
  title: MultilingualText;
  ownerEmail: string;
  ownerName: string;
  ownerLanguage: Language;
}

/**
 * Open steps due on or before `until` whose reminder has not gone out for their current due date, of
 * cooperations still running; locked so two job runners never mail the same step.
 */
export async function lockNextStepsToRemind(
  db: Queryable,
  until: string,
  closedStages: readonly CooperationStage[],
  limit: number,
): Promise<DueNextStepRecord[]> {
  const { rows } = await db.query<DueNextStepRecord>(
    `SELECT s.id, s.cooperation_id AS "cooperationId", s.description, s.due_on AS "dueOn", c.title,
       u.email AS "ownerEmail", u.display_name AS "ownerName", u.preferred_language AS "ownerLanguage"
     FROM cooperation_next_steps s
     JOIN cooperations c ON c.id = s.cooperation_id
     JOIN users u ON u.id = s.owner_id
     WHERE s.done_at IS NULL AND s.due_on <= $1::date AND s.reminder_sent_for IS DISTINCT FROM s.due_on
       AND NOT (c.stage = ANY($2::text[]))
     ORDER BY s.due_on, s.id LIMIT $3 FOR UPDATE OF s SKIP LOCKED`,
    [until, closedStages, limit],
  );
  return rows;
}

export async function markNextStepReminded(db: Queryable, id: string, dueOn: string): Promise<void> {
  await db.query('UPDATE cooperation_next_steps SET reminder_sent_for = $2 WHERE id = $1', [id, dueOn]);
}

export interface DocumentRecord {
  id: string;
  cooperationId: string;
  kind: DocumentKind;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string | null;
  createdAt: Date;
}

const DOCUMENT_COLUMNS = `id, cooperation_id AS "cooperationId", kind, file_name AS "fileName",
  content_type AS "contentType", size_bytes AS "sizeBytes", sha256, uploaded_by AS "uploadedBy", created_at AS "createdAt"`;

export async function listDocuments(db: Queryable, cooperationId: string): Promise<DocumentRecord[]> {
  const { rows } = await db.query<DocumentRecord>(
    `SELECT ${DOCUMENT_COLUMNS} FROM cooperation_documents WHERE cooperation_id = $1 ORDER BY created_at, id`,
    [cooperationId],
  );
  return rows;
}

export async function countDocuments(db: Queryable, cooperationId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM cooperation_documents WHERE cooperation_id = $1',
    [cooperationId],
  );
  return rows[0]?.n ?? 0;
}

export async function insertDocument(
  db: Queryable,
  d: {
    cooperationId: string;
    kind: DocumentKind;
    fileName: string;
    contentType: string;
    content: Buffer;
    sha256: string;
    uploadedBy: string;
  },
): Promise<DocumentRecord> {
  const { rows } = await db.query<DocumentRecord>(
    `INSERT INTO cooperation_documents (cooperation_id, kind, file_name, content_type, size_bytes, sha256, content, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${DOCUMENT_COLUMNS}`,
    [d.cooperationId, d.kind, d.fileName, d.contentType, d.content.length, d.sha256, d.content, d.uploadedBy],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into cooperation_documents returned no row');
  return row;
}

export async function findDocumentContent(
  db: Queryable,
  cooperationId: string,
  id: string,
): Promise<(DocumentRecord & { content: Uint8Array }) | null> {
  const { rows } = await db.query<DocumentRecord & { content: Uint8Array }>(
    `SELECT ${DOCUMENT_COLUMNS}, content FROM cooperation_documents WHERE cooperation_id = $1 AND id = $2`,
    [cooperationId, id],
  );
  return rows[0] ?? null;
}

export async function deleteDocument(db: Queryable, cooperationId: string, id: string): Promise<number> {
  const result = await db.query('DELETE FROM cooperation_documents WHERE cooperation_id = $1 AND id = $2', [
    cooperationId,
    id,
  ]);
  return result.rowCount;
}

export interface AgreementRecord {
  id: string;
  cooperationId: string;
  type: AgreementType;
  signedOn: string;
  currency: Currency | null;
  value: number | null;
  usdValue: number | null;
  usdRateDate: string | null;
  usdUnitsPerUsd: number | null;
  ipTerms: string;
  recordedBy: string | null;
  createdAt: Date;
}

const AGREEMENT_COLUMNS = `id, cooperation_id AS "cooperationId", type, signed_on AS "signedOn", currency, value,
  usd_value AS "usdValue", usd_rate_date AS "usdRateDate", usd_units_per_usd AS "usdUnitsPerUsd",
  ip_terms AS "ipTerms", recorded_by AS "recordedBy", created_at AS "createdAt"`;

/** The rate picked for an agreement: the latest of its currency on or before its signing date. */
const PICK_RATE = `(SELECT r.rate_date, r.units_per_usd FROM exchange_rates r
  WHERE r.currency = a.currency AND r.rate_date <= a.signed_on ORDER BY r.rate_date DESC LIMIT 1)`;

export async function insertAgreement(
  db: Queryable,
  a: {
    cooperationId: string;
    type: AgreementType;
    signedOn: string;
    currency: Currency | null;
    value: number | null;
    ipTerms: string;
    recordedBy: string;
    at: Date;
  },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO cooperation_agreements (cooperation_id, type, signed_on, currency, value, ip_terms, recorded_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [a.cooperationId, a.type, a.signedOn, a.currency, a.value, a.ipTerms, a.recordedBy, a.at],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into cooperation_agreements returned no row');
  await db.query(
    `UPDATE cooperation_agreements a SET (usd_rate_date, usd_units_per_usd) = ${PICK_RATE}
     WHERE a.id = $1 AND a.currency <> 'USD'`,
    [row.id],
  );
  return row.id;
}

/** Cooperations with agreements in `currency` signed on or after `from`: those a rate of that day can touch. */
export async function lockCooperationsPricedIn(
  db: Queryable,
  currency: string,
  from: string,
): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT c.id FROM cooperations c
     WHERE EXISTS (SELECT 1 FROM cooperation_agreements a WHERE a.cooperation_id = c.id
       AND a.currency = $1 AND a.signed_on >= $2::date)
     ORDER BY c.id FOR UPDATE OF c`,
    [currency, from],
  );
  return rows.map((r) => r.id);
}

/** Picks the rate again for agreements in `currency` signed on or after `from`. */
export async function repriceAgreementsFrom(db: Queryable, currency: string, from: string): Promise<number> {
  const result = await db.query(
    `UPDATE cooperation_agreements a SET (usd_rate_date, usd_units_per_usd) = ${PICK_RATE}
     WHERE a.currency = $1 AND a.signed_on >= $2::date`,
    [currency, from],
  );
  return result.rowCount;
}

export async function listAgreements(db: Queryable, cooperationId: string): Promise<AgreementRecord[]> {
  const { rows } = await db.query<AgreementRecord>(
    `SELECT ${AGREEMENT_COLUMNS} FROM cooperation_agreements WHERE cooperation_id = $1 ORDER BY signed_on, created_at, id`,
    [cooperationId],
  );
  return rows;
}

export interface OutcomeRecord {
  id: string;
  cooperationId: string;
  metric: OutcomeMetric;
  value: number;
  reportedOn: string;
  note: string;
  recordedBy: string | null;
  createdAt: Date;
}

const OUTCOME_COLUMNS = `id, cooperation_id AS "cooperationId", metric, value, reported_on AS "reportedOn", note,
  recorded_by AS "recordedBy", created_at AS "createdAt"`;

export async function insertOutcome(
  db: Queryable,
  o: {
    cooperationId: string;
    metric: OutcomeMetric;
    value: number;
    reportedOn: string;
    note: string;
    recordedBy: string;
    at: Date;
  },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO cooperation_outcomes (cooperation_id, metric, value, reported_on, note, recorded_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [o.cooperationId, o.metric, o.value, o.reportedOn, o.note, o.recordedBy, o.at],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into cooperation_outcomes returned no row');
  return row.id;
}

export async function listOutcomes(db: Queryable, cooperationId: string): Promise<OutcomeRecord[]> {
  const { rows } = await db.query<OutcomeRecord>(
    `SELECT ${OUTCOME_COLUMNS} FROM cooperation_outcomes WHERE cooperation_id = $1 ORDER BY reported_on, created_at, id`,
    [cooperationId],
  );
  return rows;
}

export async function deleteOutcome(db: Queryable, cooperationId: string, id: string): Promise<number> {
  const result = await db.query('DELETE FROM cooperation_outcomes WHERE cooperation_id = $1 AND id = $2', [
    cooperationId,
    id,
  ]);
  return result.rowCount;
}
