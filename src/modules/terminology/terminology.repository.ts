import type { Queryable } from '../../db/database.js';
import type { Language } from '../../domain/vocabulary.js';

export interface ConceptRecord {
  id: string;
  sectors: string[];
  terms: Record<Language, string[]>;
  version: number;
  deletedAt: Date | null;
  updatedAt: Date;
}

const CONCEPT_COLUMNS = `id, sectors, terms, version, deleted_at AS "deletedAt", updated_at AS "updatedAt"`;

export async function findConcept(
  db: Queryable,
  id: string,
  forUpdate = false,
): Promise<ConceptRecord | null> {
  const { rows } = await db.query<ConceptRecord>(
    `SELECT ${CONCEPT_COLUMNS} FROM terminology_concepts WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function countConcepts(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM terminology_concepts');
  return rows[0]?.n ?? 0;
}

/** Live concepts after `afterId`, by id; matching text in any term when `q` is given. */
export async function listConcepts(
  db: Queryable,
  filter: { q?: string | undefined; sector?: string | undefined },
  afterId: string | null,
  limit: number,
): Promise<ConceptRecord[]> {
  const { rows } = await db.query<ConceptRecord>(
    `SELECT ${CONCEPT_COLUMNS} FROM terminology_concepts
     WHERE deleted_at IS NULL
       AND ($1::text IS NULL OR terms::text ILIKE $1 OR id ILIKE $1)
       AND ($2::text IS NULL OR $2 = ANY(sectors) OR EXISTS (SELECT 1 FROM unnest(sectors) s WHERE s LIKE $2 || '.%'))
       AND ($3::text IS NULL OR id > $3)
     ORDER BY id LIMIT $4`,
    [
      filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null,
      filter.sector ?? null,
      afterId,
      limit,
    ],
  );
  return rows;
}

/** Every live concept, for building the docking engine's concept bridge. */
export async function allLiveConcepts(db: Queryable): Promise<ConceptRecord[]> {
  const { rows } = await db.query<ConceptRecord>(
    `SELECT ${CONCEPT_COLUMNS} FROM terminology_concepts WHERE deleted_at IS NULL ORDER BY id`,
  );
  return rows;
}

export async function insertConcept(
  db: Queryable,
  c: { id: string; sectors: string[]; terms: Record<string, string[]>; by: string | null; at: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO terminology_concepts (id, sectors, terms, updated_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)`,
    [c.id, c.sectors, JSON.stringify(c.terms), c.by, c.at],
  );
}

export async function updateConcept(
  db: Queryable,
  c: {
    id: string;
    sectors: string[];
    terms: Record<string, string[]>;
    deleted: boolean;
    by: string | null;
    at: Date;
  },
): Promise<void> {
  await db.query(
    `UPDATE terminology_concepts SET sectors = $2, terms = $3, deleted_at = CASE WHEN $4 THEN $6::timestamptz ELSE NULL END,
       updated_by = $5, updated_at = $6, version = version + 1 WHERE id = $1`,
    [c.id, c.sectors, JSON.stringify(c.terms), c.deleted, c.by, c.at],
  );
}

export async function insertHistory(
  db: Queryable,
  h: {
    conceptId: string;
    action: string;
    before: unknown;
    after: unknown;
    actorId: string | null;
    comment: string;
    at: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO terminology_history (concept_id, action, before, after, actor_id, comment, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      h.conceptId,
      h.action,
      h.before === null ? null : JSON.stringify(h.before),
      h.after === null ? null : JSON.stringify(h.after),
      h.actorId,
      h.comment,
      h.at,
    ],
  );
}

export interface ConceptHistoryRecord {
  id: number;
  action: string;
  before: unknown;
  after: unknown;
  actorId: string | null;
  actorName: string | null;
  comment: string;
  createdAt: Date;
}

export async function listHistory(db: Queryable, conceptId: string): Promise<ConceptHistoryRecord[]> {
  const { rows } = await db.query<ConceptHistoryRecord>(
    `SELECT h.id, h.action, h.before, h.after, h.actor_id AS "actorId", u.display_name AS "actorName", h.comment,
       h.created_at AS "createdAt"
     FROM terminology_history h LEFT JOIN users u ON u.id = h.actor_id WHERE h.concept_id = $1 ORDER BY h.id`,
    [conceptId],
  );
  return rows;
}
