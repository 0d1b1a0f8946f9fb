import { createHash, randomUUID } from 'node:crypto';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import type { Country, Language, MultilingualText } from '../../domain/vocabulary.js';
import { addDays, isoDate } from '../../platform/clock.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import { CorridorError, validationFailed } from '../../platform/errors.js';
import { parseOrThrow } from '../../platform/validation.js';
import { type Actor, canWriteFor, deny, isAdministrator, requireUser } from '../auth/actor.js';
import { maintainingIndicators } from '../indicators/indicators.maintenance.js';
import { enqueueMail } from '../mail/mail.service.js';
import { sniffContentType } from '../profiles/profiles.service.js';
import {
  assertStageAllows,
  assertStageMove,
  CLOSED_STAGES,
  stageAfterOutcome,
} from './cooperations.lifecycle.js';
import { type CooperationAction, type CooperationFacts, canOnCooperation } from './cooperations.policy.js';
import {
  type CooperationRecord,
  countDocuments,
  type DocumentRecord,
  deleteDocument,
  deleteNextStep,
  deleteOutcome,
  findCooperation,
  findDocumentContent,
  findNextStep,
  findOrganisationsByIds,
  findProfilesByIds,
  insertAgreement,
  insertCooperation,
  insertDocument,
  insertNextStep,
  insertOutcome,
  insertStageEvent,
  isMemberOfAny,
  type LinkedProfileRecord,
  lastStageDate,
  listAgreements,
  listCooperations as listCooperationRows,
  listDocuments,
  listLinkedProfiles,
  listNextSteps,
  listOrganisationMembers,
  listOutcomes,
  listStageEvents,
  lockCooperationsPricedIn,
  lockNextStepsToRemind,
  markNextStepReminded,
  type PossibleOwnerRecord,
  replaceParties,
  replaceProfiles,
  repriceAgreementsFrom,
  type StageEventRecord,
  setStage,
  touchCooperation,
  unassignStepsOfFormerParties,
  updateCooperationFields,
  updateNextStep as updateNextStepRow,
} from './cooperations.repository.js';
import {
  type AgreementBody,
  type DocumentKind,
  type ListCooperationsQuery,
  type MoveStageBody,
  type NextStepBody,
  type OpenCooperationInput,
  type OutcomeBody,
  openCooperationInput,
  type UpdateCooperationBody,
  type UpdateNextStepBody,
} from './cooperations.schema.js';
import { type CooperationView, cooperationSummary, cooperationView } from './cooperations.view.js';

const MAX_DOCUMENTS = 30;
/** Owners are reminded of an open step from this many days before it is due. */
export const NEXT_STEP_REMINDER_DAYS = 3;
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Actions that change the record: an unverified writer is told to confirm their email first. */
const WRITE_ACTIONS: readonly CooperationAction[] = [
  'create',
  'update',
  'move_stage',
  'record_results',
  'manage_next_steps',
  'manage_documents',
];

function authorize(actor: Actor, action: CooperationAction, cooperation: CooperationFacts): void {
  if (canOnCooperation(actor, action, cooperation)) return;
  // Someone who may not read the cooperation is told it does not exist (creation has nothing to hide).
  if (action !== 'create' && !canOnCooperation(actor, 'read', cooperation)) {
    throw new CorridorError('CooperationNotFound');
  }
  if (actor.kind === 'user' && !actor.emailVerified && WRITE_ACTIONS.includes(action)) {
    if (cooperation.parties.some((p) => canWriteFor(actor, p.organisationId))) {
      throw new CorridorError('EmailNotVerified');
    }
  }
  deny(actor);
}

async function loadCooperation(db: Queryable, id: string, forUpdate = false): Promise<CooperationRecord> {
  const cooperation = await findCooperation(db, id, forUpdate);
  if (!cooperation) throw new CorridorError('CooperationNotFound');
  return cooperation;
}

function today(ctx: AppContext): string {
  return isoDate(ctx.clock.now());
}

/** A date that must not lie in the future (things that happened are recorded, not planned). */
function assertNotFuture(ctx: AppContext, date: string, field: string): void {
  if (date > today(ctx)) throw validationFailed([{ field, code: 'invalid_date' }]);
}

async function resolveParties(
  db: Queryable,
  organisationIds: readonly string[],
): Promise<Array<{ id: string; country: Country }>> {
  const found = new Map((await findOrganisationsByIds(db, organisationIds)).map((o) => [o.id, o]));
  const issues = organisationIds.flatMap((id, index) =>
    found.has(id) ? [] : [{ field: `organisationIds[${index}]`, code: 'not_allowed_value' as const }],
  );
  if (issues.length > 0) throw validationFailed(issues);
  return organisationIds.flatMap((id) => {
    const org = found.get(id);
    return org ? [org] : [];
  });
}

/** The profiles involved; each must belong to one of the parties. */
async function resolveProfiles(
  db: Queryable,
  profileIds: readonly string[],
  partyIds: readonly string[],
): Promise<LinkedProfileRecord[]> {
  if (profileIds.length === 0) return [];
  const found = new Map((await findProfilesByIds(db, profileIds)).map((p) => [p.id, p]));
  const issues = profileIds.flatMap((id, index) => {
    const profile = found.get(id);
    return profile && partyIds.includes(profile.organisationId)
      ? []
      : [{ field: `profileIds[${index}]`, code: 'not_allowed_value' as const }];
  });
  if (issues.length > 0) throw validationFailed(issues);
  return profileIds.flatMap((id) => {
    const profile = found.get(id);
    return profile ? [profile] : [];
  });
}

function asFacts(parties: ReadonlyArray<{ id: string; country: Country }>): CooperationFacts {
  return { parties: parties.map((p) => ({ organisationId: p.id, country: p.country })) };
}

async function details(
  db: Queryable,
  actor: Actor,
  cooperation: CooperationRecord,
): Promise<CooperationView> {
  const showDocuments = canOnCooperation(actor, 'read_documents', cooperation);
  const [profiles, nextSteps, agreements, outcomes, documents] = await Promise.all([
    listLinkedProfiles(db, cooperation.id),
    listNextSteps(db, cooperation.id),
    listAgreements(db, cooperation.id),
    listOutcomes(db, cooperation.id),
    showDocuments ? listDocuments(db, cooperation.id) : Promise.resolve(null),
  ]);
  return cooperationView(cooperation, actor, { profiles, nextSteps, agreements, outcomes, documents });
}

/** One cooperation in full, for its parties, the coordinators of their countries and administrators. */
export async function getCooperation(ctx: AppContext, actor: Actor, id: string): Promise<CooperationView> {
  const cooperation = await loadCooperation(ctx.db, id);
  authorize(actor, 'read', cooperation);
  return details(ctx.db, actor, cooperation);
}

/**
 * Opens a cooperation between two or more organisations. The HTTP API opens them by hand; the
 * expressions-of-interest and events modules call this with `origin` and `originRef` when an
 * expression of interest is accepted or a meeting is followed up. Pass `tx` to open it inside the
 * caller's transaction (it then commits or rolls back with the caller's change).
 */
export async function openCooperation(
  ctx: AppContext,
  actor: Actor,
  rawInput: OpenCooperationInput,
  options: { tx?: Queryable } = {},
): Promise<CooperationView> {
  const user = requireUser(actor);
  const input = parseOrThrow(openCooperationInput, rawInput);
  const openedOn = input.openedOn ?? today(ctx);
  assertNotFuture(ctx, openedOn, 'openedOn');
  const now = ctx.clock.now();
  const open = async (tx: Queryable): Promise<string> => {
    const parties = await resolveParties(tx, input.organisationIds);
    authorize(actor, 'create', asFacts(parties));
    const profiles = await resolveProfiles(
      tx,
      input.profileIds,
      parties.map((p) => p.id),
    );
    const sector = input.sector !== undefined ? input.sector : (profiles[0]?.sectors[0] ?? null);
    // The id is chosen here so the indicators can read the cooperation's (empty) contribution before it exists.
    const id = randomUUID();
    await maintainingIndicators(tx, [id], async () => {
      await insertCooperation(tx, {
        id,
        title: input.title,
        origin: input.origin,
        originRef: input.originRef,
        sector,
        openedOn,
        createdBy: user.userId,
        at: now,
      });
      await replaceParties(tx, id, parties);
      await replaceProfiles(tx, id, input.profileIds);
      await insertStageEvent(tx, {
        cooperationId: id,
        from: null,
        to: 'contact',
        occurredOn: openedOn,
        actorId: user.userId,
        comment: '',
        at: now,
      });
    });
    return id;
  };
  const db = options.tx ?? ctx.db;
  const id = options.tx ? await open(options.tx) : await ctx.db.transaction(open);
  return details(db, actor, await loadCooperation(db, id));
}

/** The cooperations the reader may see, newest first, one page at a time. */
export async function listCooperations(ctx: AppContext, actor: Actor, query: ListCooperationsQuery) {
  const user = requireUser(actor);
  const after = decodeCursor(query.cursor);
  const rows = await listCooperationRows(
    ctx.db,
    {
      stages: query.stage,
      organisationId: query.organisationId,
      country: query.country,
      visibility: {
        all: isAdministrator(user),
        memberOf: [...user.memberships.keys()],
        coordinatorCountry: user.platformRole === 'coordinator' ? user.coordinatorCountry : null,
      },
    },
    after,
    query.limit + 1,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(cooperationSummary),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null,
  };
}

/** Changes the title, the sector, the parties or the profiles involved. */
export async function updateCooperation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  changes: UpdateCooperationBody,
): Promise<CooperationView> {
  requireUser(actor);
  await ctx.db.transaction(async (tx) => {
    const cooperation = await loadCooperation(tx, id, true);
    authorize(actor, 'update', cooperation);
    const parties = changes.organisationIds
      ? await resolveParties(tx, changes.organisationIds)
      : cooperation.parties.map((p) => ({ id: p.organisationId, country: p.country }));
    // A writer may not hand the cooperation over to organisations they do not write for.
    if (changes.organisationIds && !canOnCooperation(actor, 'update', asFacts(parties))) deny(actor);
    const profileIds = changes.profileIds ?? (await listLinkedProfiles(tx, id)).map((p) => p.id);
    await resolveProfiles(
      tx,
      profileIds,
      parties.map((p) => p.id),
    );
    await maintainingIndicators(tx, [id], async () => {
      await updateCooperationFields(
        tx,
        id,
        { title: changes.title, sector: changes.sector },
        ctx.clock.now(),
      );
      if (changes.organisationIds) await replaceParties(tx, id, parties);
      await replaceProfiles(tx, id, profileIds);
    });
    if (changes.organisationIds) await unassignStepsOfFormerParties(tx, id);
  });
  return getCooperation(ctx, actor, id);
}

/** Moves the cooperation along its pipeline (or closes it without agreement) and records who did it and when. */
export async function moveStage(
  ctx: AppContext,
  actor: Actor,
  id: string,
  move: MoveStageBody,
): Promise<CooperationView> {
  const user = requireUser(actor);
  await ctx.db.transaction(async (tx) => {
    const cooperation = await loadCooperation(tx, id, true);
    authorize(actor, 'move_stage', cooperation);
    assertStageMove(cooperation.stage, move.to);
    const occurredOn = move.occurredOn ?? move.agreement?.signedOn ?? today(ctx);
    assertNotFuture(ctx, occurredOn, 'occurredOn');
    const previous = await lastStageDate(tx, id);
    if (previous && occurredOn < previous)
      throw validationFailed([{ field: 'occurredOn', code: 'invalid_date' }]);
    if (move.agreement) assertNotFuture(ctx, move.agreement.signedOn, 'agreement.signedOn');
    const now = ctx.clock.now();
    await maintainingIndicators(tx, [id], async () => {
      await setStage(tx, id, move.to, move.closedReason ?? null, now);
      await insertStageEvent(tx, {
        cooperationId: id,
        from: cooperation.stage,
        to: move.to,
        occurredOn,
        actorId: user.userId,
        comment: move.comment,
        at: now,
      });
      if (move.agreement) await addAgreement(tx, id, move.agreement, user.userId, now);
    });
  });
  return getCooperation(ctx, actor, id);
}

async function addAgreement(
  tx: Queryable,
  cooperationId: string,
  agreement: AgreementBody,
  userId: string,
  at: Date,
): Promise<void> {
  await insertAgreement(tx, {
    cooperationId,
    type: agreement.type,
    signedOn: agreement.signedOn,
    currency: agreement.value?.currency ?? null,
    value: agreement.value?.amount ?? null,
    ipTerms: agreement.ipTerms,
    recordedBy: userId,
    at,
  });
}

export async function cooperationHistory(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<StageEventRecord[]> {
  const cooperation = await loadCooperation(ctx.db, id);
  authorize(actor, 'read', cooperation);
  return listStageEvents(ctx.db, id);
}

/** Records a further agreement of a cooperation whose first agreement is signed (an amendment, a second licence). */
export async function recordAgreement(
  ctx: AppContext,
  actor: Actor,
  id: string,
  agreement: AgreementBody,
): Promise<CooperationView> {
  const user = requireUser(actor);
  assertNotFuture(ctx, agreement.signedOn, 'signedOn');
  await ctx.db.transaction(async (tx) => {
    const cooperation = await loadCooperation(tx, id, true);
    authorize(actor, 'record_results', cooperation);
    assertStageAllows(cooperation.stage, 'record_agreement');
    const now = ctx.clock.now();
    await maintainingIndicators(tx, [id], async () => {
      await addAgreement(tx, id, agreement, user.userId, now);
      await touchCooperation(tx, id, now);
    });
  });
  return getCooperation(ctx, actor, id);
}

/** Reports an outcome; the first one moves an implementation to `outcome_reported`. */
export async function recordOutcome(
  ctx: AppContext,
  actor: Actor,
  id: string,
  outcome: OutcomeBody,
): Promise<CooperationView> {
  const user = requireUser(actor);
  assertNotFuture(ctx, outcome.reportedOn, 'reportedOn');
  await ctx.db.transaction(async (tx) => {
    const cooperation = await loadCooperation(tx, id, true);
    authorize(actor, 'record_results', cooperation);
    assertStageAllows(cooperation.stage, 'record_outcome');
    const now = ctx.clock.now();
    const stage = stageAfterOutcome(cooperation.stage);
    await maintainingIndicators(tx, [id], async () => {
      await insertOutcome(tx, { cooperationId: id, ...outcome, recordedBy: user.userId, at: now });
      if (stage === cooperation.stage) {
        await touchCooperation(tx, id, now);
        return;
      }
      await setStage(tx, id, stage, null, now);
      await insertStageEvent(tx, {
        cooperationId: id,
        from: cooperation.stage,
        to: stage,
        occurredOn: today(ctx),
        actorId: user.userId,
        comment: '',
        at: now,
      });
    });
  });
  return getCooperation(ctx, actor, id);
}

/** Removes an outcome reported by mistake; the stage stays where it is. */
export async function removeOutcome(
  ctx: AppContext,
  actor: Actor,
  id: string,
  outcomeId: string,
): Promise<void> {
  requireUser(actor);
  await ctx.db.transaction(async (tx) => {
    const cooperation = await loadCooperation(tx, id, true);
    authorize(actor, 'record_results', cooperation);
    await maintainingIndicators(tx, [id], async () => {
      if ((await deleteOutcome(tx, id, outcomeId)) === 0) throw new CorridorError('OutcomeNotFound');
      await touchCooperation(tx, id, ctx.clock.now());
    });
  });
}

async function assertOwnerIsParty(
  tx: Queryable,
  cooperation: CooperationRecord,
  ownerId: string,
): Promise<void> {
  const partyIds = cooperation.parties.map((p) => p.organisationId);
  if (!(await isMemberOfAny(tx, ownerId, partyIds))) {
    throw validationFailed([{ field: 'ownerId', code: 'not_allowed_value' }]);
  }
}

function assertOpen(cooperation: CooperationRecord, action: string): void {
  if (CLOSED_STAGES.includes(cooperation.stage)) {
    throw new CorridorError('InvalidStateTransition', { from: cooperation.stage, action });
  }
}

/** Someone who may own a next step, with the participating organisations they belong to. */
export interface PossibleOwner {
  userId: string;
  displayName: string;
  organisations: Array<PossibleOwnerRecord['organisation']>;
}

/**
 * The people a next step may be given to: every member of every participating organisation, each
 * once. For those who may manage next steps.
 */
export async function possibleOwners(ctx: AppContext, actor: Actor, id: string): Promise<PossibleOwner[]> {
  requireUser(actor);
  const cooperation = await loadCooperation(ctx.db, id);
  authorize(actor, 'list_possible_owners', cooperation);
  const rows = await listOrganisationMembers(
    ctx.db,
    cooperation.parties.map((p) => p.organisationId),
  );
  const people = new Map<string, PossibleOwner>();
  for (const row of rows) {
    const person = people.get(row.userId) ?? {
      userId: row.userId,
      displayName: row.displayName,
      organisations: [],
    };
    person.organisations.push(row.organisation);
    people.set(row.userId, person);
  }
  return [...people.values()];
}

export async function addNextStep(
  ctx: AppContext,
  actor: Actor,
  id: string,
  step: NextStepBody,
): Promise<CooperationView> {
  const user = requireUser(actor);
  await ctx.db.transaction(async (tx) => {
    const cooperation = await loadCooperation(tx, id, true);
    authorize(actor, 'manage_next_steps', cooperation);
    assertOpen(cooperation, 'add_next_step');
    await assertOwnerIsParty(tx, cooperation, step.ownerId);
    await insertNextStep(tx, { cooperationId: id, ...step, createdBy: user.userId });
    await touchCooperation(tx, id, ctx.clock.now());
  });
  return getCooperation(ctx, actor, id);
}

/** Edits a next step or marks it done; a new due date gets its own reminder. */
export async function updateNextStep(
  ctx: AppContext,
  actor: Actor,
  id: string,
  stepId: string,
  changes: UpdateNextStepBody,
): Promise<CooperationView> {
  requireUser(actor);
  await ctx.db.transaction(async (tx) => {
    const cooperation = await loadCooperation(tx, id, true);
    authorize(actor, 'manage_next_steps', cooperation);
    if (!(await findNextStep(tx, id, stepId))) throw new CorridorError('NextStepNotFound');
    if (changes.ownerId) await assertOwnerIsParty(tx, cooperation, changes.ownerId);
    const now = ctx.clock.now();
    await updateNextStepRow(tx, stepId, changes, now);
    await touchCooperation(tx, id, now);
  });
  return getCooperation(ctx, actor, id);
}

export async function removeNextStep(
  ctx: AppContext,
  actor: Actor,
  id: string,
  stepId: string,
): Promise<void> {
  requireUser(actor);
  await ctx.db.transaction(async (tx) => {
    const cooperation = await loadCooperation(tx, id, true);
    authorize(actor, 'manage_next_steps', cooperation);
    if ((await deleteNextStep(tx, id, stepId)) === 0) throw new CorridorError('NextStepNotFound');
    await touchCooperation(tx, id, ctx.clock.now());
  });
}

/**
 * Recognises a private document's type from its bytes: PDF and images as for profile attachments,
 * and Word documents (a ZIP package with word/document.xml; macro-enabled ones are refused).
 */
export function sniffDocumentType(content: Buffer): string | null {
  const basic = sniffContentType(content);
  if (basic) return basic;
  if (!content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return null;
  // Entry names are stored uncompressed in a ZIP's headers, so they can be looked for directly.
  const names = content.toString('latin1');
  if (
    names.includes('[Content_Types].xml') &&
    names.includes('word/document.xml') &&
    !names.includes('vbaProject.bin')
  ) {
    return DOCX_TYPE;
  }
  return null;
}

/** A file name safe to store and to send back: no path separators, no control characters. */
function safeFileName(name: string): string {
  const cleaned = [...name.normalize('NFC')]
    .map((char) => ((char.codePointAt(0) ?? 0) < 0x20 || char === '/' || char === '\\' ? '_' : char))
    .join('')
    .slice(0, 200);
  return cleaned || 'document';
}

/** Stores a private document (confidentiality agreement, term sheet, agreement) for the parties. */
export async function addDocument(
  ctx: AppContext,
  actor: Actor,
  id: string,
  kind: DocumentKind,
  file: { fileName: string; content: Buffer },
): Promise<DocumentRecord> {
  const user = requireUser(actor);
  const contentType = sniffDocumentType(file.content);
  if (!contentType) throw new CorridorError('DocumentTypeNotAllowed');
  if (file.content.length > ctx.config.attachmentLimitBytes) {
    throw new CorridorError('AttachmentTooLarge', { limit: ctx.config.attachmentLimitBytes });
  }
  return ctx.db.transaction(async (tx) => {
    const cooperation = await loadCooperation(tx, id, true);
    authorize(actor, 'manage_documents', cooperation);
    if ((await countDocuments(tx, id)) >= MAX_DOCUMENTS) {
      throw validationFailed([{ field: 'file', code: 'too_big', params: { maximum: MAX_DOCUMENTS } }]);
    }
    const document = await insertDocument(tx, {
      cooperationId: id,
      kind,
      fileName: safeFileName(file.fileName),
      contentType,
      content: file.content,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      uploadedBy: user.userId,
    });
    await touchCooperation(tx, id, ctx.clock.now());
    return document;
  });
}

export async function readDocument(ctx: AppContext, actor: Actor, id: string, documentId: string) {
  const cooperation = await loadCooperation(ctx.db, id);
  authorize(actor, 'read_documents', cooperation);
  const document = await findDocumentContent(ctx.db, id, documentId);
  if (!document) throw new CorridorError('DocumentNotFound');
  return document;
}

export async function removeDocument(
  ctx: AppContext,
  actor: Actor,
  id: string,
  documentId: string,
): Promise<void> {
  requireUser(actor);
  await ctx.db.transaction(async (tx) => {
    const cooperation = await loadCooperation(tx, id, true);
    authorize(actor, 'manage_documents', cooperation);
    if ((await deleteDocument(tx, id, documentId)) === 0) throw new CorridorError('DocumentNotFound');
    await touchCooperation(tx, id, ctx.clock.now());
  });
}

/**
 * After an administrator adds, corrects or removes the rate of `currency` for `rateDate`, picks the
 * rate again for the agreements it can affect (those signed on or after that day) and keeps the
 * indicators in step, inside the administrator's transaction.
 */
export async function repriceAgreements(tx: Queryable, currency: string, rateDate: string): Promise<number> {
  const ids = await lockCooperationsPricedIn(tx, currency, rateDate);
  if (ids.length === 0) return 0;
  return maintainingIndicators(tx, ids, () => repriceAgreementsFrom(tx, currency, rateDate));
}

function pick(text: MultilingualText, language: Language): string {
  return text[language] ?? text.en ?? Object.values(text).find(Boolean) ?? '';
}

/**
 * Job: mails the owner of each open next step that is due within NEXT_STEP_REMINDER_DAYS or overdue,
 * once per step and due date (moving the due date earns a new reminder).
 */
export async function remindDueNextSteps(ctx: AppContext): Promise<number> {
  const day = today(ctx);
  const until = addDays(day, NEXT_STEP_REMINDER_DAYS);
  let reminded = 0;
  for (;;) {
    const batch = await ctx.db.transaction(async (tx) => {
      const due = await lockNextStepsToRemind(tx, until, CLOSED_STAGES, 200);
      for (const step of due) {
        const overdue = step.dueOn < day;
        const language = step.ownerLanguage;
        await enqueueMail(tx, {
          to: step.ownerEmail,
          language,
          subjectKey: overdue ? 'mail.nextStepOverdue.subject' : 'mail.nextStepDue.subject',
          bodyKey: overdue ? 'mail.nextStepOverdue.body' : 'mail.nextStepDue.body',
          params: {
            name: step.ownerName,
            step: step.description,
            title: pick(step.title, language),
            date: step.dueOn,
            link: `${ctx.config.publicUrl}/cooperations/${step.cooperationId}`,
          },
        });
        await markNextStepReminded(tx, step.id, step.dueOn);
      }
      return due.length;
    });
    reminded += batch;
    if (batch < 200) return reminded;
  }
}
