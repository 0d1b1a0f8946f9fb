import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import { CorridorError } from '../../platform/errors.js';
import { type Actor, deny } from '../auth/actor.js';
import { canOnTerminology } from './terminology.policy.js';
import {
  type ConceptHistoryRecord,
  type ConceptRecord,
  countConcepts,
  findConcept,
  insertConcept,
  insertHistory,
  listConcepts,
  listHistory,
  updateConcept,
} from './terminology.repository.js';
import type { CreateConceptBody, UpdateConceptBody } from './terminology.schema.js';

/** A concept as the seed files give it. */
export interface SeedConcept {
  id: string;
  sectors: readonly string[];
  terms: Readonly<Record<string, readonly string[]>>;
}

function authorizeEdit(actor: Actor): string {
  if (!canOnTerminology(actor, 'edit')) deny(actor);
  return actor.kind === 'user' ? actor.userId : '';
}

/**
 * Loads the seed concepts into an empty terminology base, in one statement each for concepts and
 * history. Does nothing once any concept exists: from then on the base belongs to its editors.
 */
export async function seedTerminology(
  db: Queryable,
  concepts: readonly SeedConcept[],
  at: Date,
): Promise<number> {
  if ((await countConcepts(db)) > 0 || concepts.length === 0) return 0;
  const rows = JSON.stringify(concepts.map((c) => ({ id: c.id, sectors: c.sectors, terms: c.terms })));
  await db.query(
    `INSERT INTO terminology_concepts (id, sectors, terms, created_at, updated_at)
     SELECT c.id, ARRAY(SELECT jsonb_array_elements_text(c.sectors)), c.terms, $2, $2
     FROM jsonb_to_recordset($1::jsonb) AS c(id text, sectors jsonb, terms jsonb)`,
    [rows, at],
  );
  await db.query(
    `INSERT INTO terminology_history (concept_id, action, after, created_at)
     SELECT c.id, 'seed', jsonb_build_object('sectors', c.sectors, 'terms', c.terms), $2
     FROM jsonb_to_recordset($1::jsonb) AS c(id text, sectors jsonb, terms jsonb)`,
    [rows, at],
  );
  return concepts.length;
}

export async function browseConcepts(
  ctx: AppContext,
  query: { q?: string | undefined; sector?: string | undefined; limit: number; cursor?: string | undefined },
) {
  const rows = await listConcepts(ctx.db, query, query.cursor ?? null, query.limit + 1);
  const page = rows.slice(0, query.limit);
  return { items: page, nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null };
}

export async function getConcept(ctx: AppContext, id: string): Promise<ConceptRecord> {
  const concept = await findConcept(ctx.db, id);
  if (!concept || concept.deletedAt) throw new CorridorError('ConceptNotFound');
  return concept;
}

/** Tells the docking engine's concept bridge to reload, once the change is committed. */
function notify(ctx: AppContext): void {
  ctx.events.emit('terminology.changed', {}, (error) =>
    ctx.log.warn({ err: error }, 'terminology listener failed'),
  );
}

export async function createConcept(
  ctx: AppContext,
  actor: Actor,
  input: CreateConceptBody,
): Promise<ConceptRecord> {
  const by = authorizeEdit(actor);
  await ctx.db.transaction(async (tx) => {
    const existing = await findConcept(tx, input.id, true);
    const now = ctx.clock.now();
    const after = { sectors: input.sectors, terms: input.terms };
    if (existing && !existing.deletedAt) throw new CorridorError('ConceptExists');
    if (existing) {
      await updateConcept(tx, { id: input.id, ...after, deleted: false, by, at: now });
      await insertHistory(tx, {
        conceptId: input.id,
        action: 'restore',
        before: snapshot(existing),
        after,
        actorId: by,
        comment: input.comment,
        at: now,
      });
    } else {
      await insertConcept(tx, { id: input.id, ...after, by, at: now });
      await insertHistory(tx, {
        conceptId: input.id,
        action: 'create',
        before: null,
        after,
        actorId: by,
        comment: input.comment,
        at: now,
      });
    }
  });
  notify(ctx);
  return getConcept(ctx, input.id);
}

function snapshot(concept: ConceptRecord) {
  return { sectors: concept.sectors, terms: concept.terms };
}

export async function editConcept(
  ctx: AppContext,
  actor: Actor,
  id: string,
  changes: UpdateConceptBody,
): Promise<ConceptRecord> {
  const by = authorizeEdit(actor);
  await ctx.db.transaction(async (tx) => {
    const concept = await findConcept(tx, id, true);
    if (!concept || concept.deletedAt) throw new CorridorError('ConceptNotFound');
    if (changes.version !== undefined && changes.version !== concept.version) {
      throw new CorridorError('EditConflict', { version: concept.version });
    }
    const after = { sectors: changes.sectors ?? concept.sectors, terms: changes.terms ?? concept.terms };
    const now = ctx.clock.now();
    await updateConcept(tx, { id, ...after, deleted: false, by, at: now });
    await insertHistory(tx, {
      conceptId: id,
      action: 'update',
      before: snapshot(concept),
      after,
      actorId: by,
      comment: changes.comment,
      at: now,
    });
  });
  notify(ctx);
  return getConcept(ctx, id);
}

export async function deleteConcept(
  ctx: AppContext,
  actor: Actor,
  id: string,
  comment: string,
): Promise<void> {
  const by = authorizeEdit(actor);
  await ctx.db.transaction(async (tx) => {
    const concept = await findConcept(tx, id, true);
    if (!concept || concept.deletedAt) throw new CorridorError('ConceptNotFound');
    const now = ctx.clock.now();
    await updateConcept(tx, {
      id,
      sectors: concept.sectors,
      terms: concept.terms,
      deleted: true,
      by,
      at: now,
    });
    await insertHistory(tx, {
      conceptId: id,
      action: 'delete',
      before: snapshot(concept),
      after: null,
      actorId: by,
      comment,
      at: now,
    });
  });
  notify(ctx);
}

export async function conceptHistory(ctx: AppContext, id: string): Promise<ConceptHistoryRecord[]> {
  if (!(await findConcept(ctx.db, id))) throw new CorridorError('ConceptNotFound');
  return listHistory(ctx.db, id);
}
