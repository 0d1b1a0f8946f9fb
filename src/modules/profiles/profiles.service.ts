import { createHash } from 'node:crypto';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import { LANGUAGES, type Language, type ProfileStatus } from '../../domain/vocabulary.js';
import { addDays, isoDate } from '../../platform/clock.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import { CorridorError, type FieldIssue, validationFailed } from '../../platform/errors.js';
import { type Actor, deny, isAdministrator, requireUser, type UserActor } from '../auth/actor.js';
import { enqueueMail } from '../mail/mail.service.js';
import { findOrganisation } from '../organisations/organisations.repository.js';
import { readSettings } from '../settings/settings.service.js';
import { coordinatorsOf, findUserById } from '../users/users.repository.js';
import { type LifecycleAction, nextStatus } from './profiles.lifecycle.js';
import { canOnProfile, type ProfileAction, type ProfileFacts } from './profiles.policy.js';
import {
  type AttachmentRecord,
  countProfiles,
  deleteAttachment,
  findAttachmentContent,
  findProfile,
  insertAttachment,
  insertProfile,
  insertTransition,
  listAttachments,
  listProfiles,
  listSubmitted,
  listTransitions,
  lockExpiredProfiles,
  lockProfilesToRemind,
  markReminderSent,
  type ProfileContentRow,
  type ProfileFilter,
  type ProfileRecord,
  setProfileStatus,
  type TransitionRecord,
  updateProfileContent,
} from './profiles.repository.js';
import type { CreateProfileBody, ListProfilesQuery, UpdateProfileBody } from './profiles.schema.js';
import { type ProfileView, profileView } from './profiles.view.js';

const MAX_ATTACHMENTS = 10;
const ALLOWED_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;

function authorize(actor: Actor, action: ProfileAction, profile: ProfileFacts): void {
  if (canOnProfile(actor, action, profile)) return;
  // Someone who may not even read a profile is told it does not exist.
  if (!canOnProfile(actor, 'read', profile)) throw new CorridorError('ProfileNotFound');
  if (actor.kind === 'user' && !actor.emailVerified && ['create', 'update', 'submit'].includes(action)) {
    throw new CorridorError('EmailNotVerified');
  }
  deny(actor);
}

async function loadProfile(db: Queryable, id: string, forUpdate = false): Promise<ProfileRecord> {
  const profile = await findProfile(db, id, forUpdate);
  if (!profile) throw new CorridorError('ProfileNotFound');
  return profile;
}

/** Every language any text field has a version in. */
function languagesOf(
  content: Pick<ProfileContentRow, 'title' | 'summary' | 'description' | 'advantages' | 'specification'>,
): Language[] {
  const present = new Set<string>();
  for (const text of [
    content.title,
    content.summary,
    content.description,
    content.advantages,
    content.specification,
  ]) {
    for (const [lang, value] of Object.entries(text)) if (value) present.add(lang);
  }
  return LANGUAGES.filter((lang) => present.has(lang));
}

function contentFromInput(
  input: CreateProfileBody,
  defaultContact: ProfileContentRow['contact'],
): ProfileContentRow {
  return {
    originalLanguage: input.originalLanguage,
    title: input.title,
    summary: input.summary,
    description: input.description,
    advantages: input.advantages,
    specification: input.specification,
    languages: languagesOf(input),
    stage: input.stage,
    trl: input.trl,
    iprStatus: input.ipr.status,
    patentNumbers: input.ipr.patentNumbers,
    partnerKinds: input.partnerSought.kinds,
    partnerSize: input.partnerSought.size,
    partnerRole: input.partnerSought.role,
    cooperationTypes: input.cooperationTypes,
    sectors: input.sectors,
    keywords: input.keywords,
    isic: input.isic,
    targetCountries: input.targetCountries,
    sdgs: input.sdgs,
    eoiDeadline: input.eoiDeadline,
    validUntil: input.validUntil,
    contact: Object.keys(input.contact).length > 0 ? input.contact : defaultContact,
  };
}

function mergeContent(current: ProfileRecord, changes: UpdateProfileBody): ProfileContentRow {
  const merged: ProfileContentRow = {
    originalLanguage: changes.originalLanguage ?? current.originalLanguage,
    title: changes.title ?? current.title,
    summary: changes.summary ?? current.summary,
    description: changes.description ?? current.description,
    advantages: changes.advantages ?? current.advantages,
    specification: changes.specification ?? current.specification,
    languages: [],
    stage: changes.stage !== undefined ? changes.stage : current.stage,
    trl: changes.trl !== undefined ? changes.trl : current.trl,
    iprStatus: changes.ipr?.status ?? current.iprStatus,
    patentNumbers: changes.ipr?.patentNumbers ?? current.patentNumbers,
    partnerKinds: changes.partnerSought?.kinds ?? current.partnerKinds,
    partnerSize: changes.partnerSought?.size ?? current.partnerSize,
    partnerRole: changes.partnerSought?.role ?? current.partnerRole,
    cooperationTypes: changes.cooperationTypes ?? current.cooperationTypes,
    sectors: changes.sectors ?? current.sectors,
    keywords: changes.keywords ?? current.keywords,
    isic: changes.isic ?? current.isic,
    targetCountries: changes.targetCountries ?? current.targetCountries,
    sdgs: changes.sdgs ?? current.sdgs,
    eoiDeadline: changes.eoiDeadline !== undefined ? changes.eoiDeadline : current.eoiDeadline,
    validUntil: changes.validUntil !== undefined ? changes.validUntil : current.validUntil,
    contact: changes.contact ?? current.contact,
  };
  merged.languages = languagesOf(merged);
  if (!merged.title[merged.originalLanguage]) {
    throw validationFailed([{ field: `title.${merged.originalLanguage}`, code: 'required' }]);
  }
  return merged;
}

/** What a profile still lacks before it can go to review: titles and summaries in the required languages. */
export function publicationIssues(
  profile: ProfileContentRow,
  requiredLanguages: readonly Language[],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const lang of new Set([profile.originalLanguage, ...requiredLanguages])) {
    if (!profile.title[lang]) issues.push({ field: `title.${lang}`, code: 'required' });
    if (!profile.summary[lang]) issues.push({ field: `summary.${lang}`, code: 'required' });
  }
  if (profile.sectors.length === 0) issues.push({ field: 'sectors', code: 'required' });
  return issues;
}

async function recordTransition(
  tx: Queryable,
  profile: ProfileRecord,
  to: ProfileStatus,
  action: string,
  actorId: string | null,
  comment: string,
  at: Date,
): Promise<void> {
  await insertTransition(tx, {
    profileId: profile.id,
    from: profile.status,
    to,
    action,
    actorId,
    comment,
    at,
  });
}

function pick(text: Record<string, string | undefined>, language: Language): string {
  return text[language] ?? text.en ?? Object.values(text).find(Boolean) ?? '';
}

async function mailAuthor(
  ctx: AppContext,
  tx: Queryable,
  profile: ProfileRecord,
  subjectKey: 'mail.reviewed.subject' | 'mail.expiring.subject' | 'mail.expired.subject',
  bodyKey: 'mail.reviewed.approved' | 'mail.reviewed.returned' | 'mail.expiring.body' | 'mail.expired.body',
  params: Record<string, string>,
): Promise<void> {
  if (!profile.authorId) return;
  const author = await findUserById(tx, profile.authorId);
  if (!author) return;
  await enqueueMail(tx, {
    to: author.email,
    language: author.preferredLanguage,
    subjectKey,
    bodyKey,
    params: {
      name: author.displayName,
      title: pick(profile.title, author.preferredLanguage),
      link: `${ctx.config.publicUrl}/opportunities/${profile.id}`,
      ...params,
    },
  });
}

/** Tells other modules (the docking index) that a profile changed, once the change is committed. */
function announce(ctx: AppContext, profileId: string): void {
  ctx.events.emit('profile.changed', { profileId }, (error) =>
    ctx.log.warn({ err: error, profileId }, 'profile listener failed'),
  );
}

/** One profile as the reader may see it. */
export async function getProfile(ctx: AppContext, actor: Actor, id: string): Promise<ProfileView> {
  const profile = await loadProfile(ctx.db, id);
  authorize(actor, 'read', profile);
  return profileView(profile, actor, await listAttachments(ctx.db, id));
}

/** Browse and keyword search: filters, visibility, sort and cursor pagination. */
export async function browseProfiles(ctx: AppContext, actor: Actor, query: ListProfilesQuery) {
  const after = decodeCursor(query.cursor);
  const filter: ProfileFilter = {
    kinds: query.kind,
    countries: query.country,
    sectors: query.sector,
    trlMin: query.trlMin,
    trlMax: query.trlMax,
    cooperationTypes: query.cooperationType,
    languages: query.language,
    statuses: query.status?.length ? query.status : ['published'],
    organisationId: query.organisationId,
    words: query.q ? query.q.split(/\s+/).filter(Boolean).slice(0, 10) : undefined,
    wordsLanguage: query.qLanguage,
    visibility: {
      all: isAdministrator(actor),
      memberOf: actor.kind === 'user' ? [...actor.memberships.keys()] : [],
      coordinatorCountry:
        actor.kind === 'user' && actor.platformRole === 'coordinator' ? actor.coordinatorCountry : null,
    },
  };
  const [rows, total] = await Promise.all([
    listProfiles(ctx.db, filter, query.sort, after, query.limit + 1),
    countProfiles(ctx.db, filter),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ sortKey: _sortKey, ...profile }) => profileView(profile, actor)),
    total,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null,
  };
}

/** Creates a draft in an organisation the author writes for. */
export async function createProfile(
  ctx: AppContext,
  actor: Actor,
  input: CreateProfileBody,
): Promise<ProfileView> {
  const user = requireUser(actor);
  const org = await findOrganisation(ctx.db, input.organisationId);
  if (!org) throw validationFailed([{ field: 'organisationId', code: 'not_allowed_value' }]);
  if (!canOnProfile(actor, 'create', { organisationId: org.id, country: org.country, status: 'draft' })) {
    if (!user.emailVerified) throw new CorridorError('EmailNotVerified');
    deny(actor);
  }
  const now = ctx.clock.now();
  const id = await ctx.db.transaction(async (tx) => {
    const profileId = await insertProfile(tx, {
      ...contentFromInput(input, { name: user.displayName, email: user.email }),
      organisationId: org.id,
      authorId: user.userId,
      kind: input.kind,
      country: org.country,
      status: 'draft',
      createdAt: now,
    });
    await insertTransition(tx, {
      profileId,
      from: null,
      to: 'draft',
      action: 'create',
      actorId: user.userId,
      comment: '',
      at: now,
    });
    return profileId;
  });
  announce(ctx, id);
  return getProfile(ctx, actor, id);
}

/** Saves changes; a published profile goes back to review so the corridor sees only reviewed text. */
export async function updateProfile(
  ctx: AppContext,
  actor: Actor,
  id: string,
  changes: UpdateProfileBody,
): Promise<ProfileView> {
  const user = requireUser(actor);
  await ctx.db.transaction(async (tx) => {
    const profile = await loadProfile(tx, id, true);
    authorize(actor, 'update', profile);
    const status = nextStatus(profile.status, 'edit');
    const content = mergeContent(profile, changes);
    const now = ctx.clock.now();
    if (status !== profile.status) {
      const settings = await readSettings(tx);
      const issues = publicationIssues(content, settings.publicationRequiredLanguages);
      if (issues.length > 0) throw new CorridorError('PublicationRequirementsUnmet', {}, issues);
      await recordTransition(tx, profile, status, 'edit', user.userId, '', now);
    }
    await updateProfileContent(tx, id, content, status, now);
    if (status === 'submitted') await setProfileStatus(tx, id, { status, now, submit: true });
  });
  announce(ctx, id);
  return getProfile(ctx, actor, id);
}

/** Moves a profile through its lifecycle (submit, withdraw, complete) and records who did it and why. */
export async function transitionProfile(
  ctx: AppContext,
  actor: Actor,
  id: string,
  action: Extract<LifecycleAction, 'submit' | 'withdraw' | 'complete'>,
  comment = '',
): Promise<ProfileView> {
  const user = requireUser(actor);
  await ctx.db.transaction(async (tx) => {
    const profile = await loadProfile(tx, id, true);
    authorize(actor, action, profile);
    const to = nextStatus(profile.status, action);
    const now = ctx.clock.now();
    if (action === 'submit') {
      const settings = await readSettings(tx);
      const issues = publicationIssues(profile, settings.publicationRequiredLanguages);
      if (issues.length > 0) throw new CorridorError('PublicationRequirementsUnmet', {}, issues);
      await notifyCoordinators(ctx, tx, profile);
    }
    await setProfileStatus(tx, id, { status: to, now, submit: action === 'submit' });
    await recordTransition(tx, profile, to, action, user.userId, comment, now);
  });
  announce(ctx, id);
  return getProfile(ctx, actor, id);
}

async function notifyCoordinators(ctx: AppContext, tx: Queryable, profile: ProfileRecord): Promise<void> {
  for (const coordinator of await coordinatorsOf(tx, profile.country)) {
    await enqueueMail(tx, {
      to: coordinator.email,
      language: coordinator.preferredLanguage,
      subjectKey: 'mail.submitted.subject',
      bodyKey: 'mail.submitted.body',
      params: {
        name: coordinator.displayName,
        title: pick(profile.title, coordinator.preferredLanguage),
        organisation: pick(profile.organisationName, coordinator.preferredLanguage),
        link: `${ctx.config.publicUrl}/review`,
      },
    });
  }
}

/** A coordinator of the profile's country (or an administrator) approves or returns it with comments. */
export async function reviewProfile(
  ctx: AppContext,
  actor: Actor,
  id: string,
  decision: 'approve' | 'return',
  comment: string,
): Promise<ProfileView> {
  const user: UserActor = requireUser(actor);
  await ctx.db.transaction(async (tx) => {
    const profile = await loadProfile(tx, id, true);
    authorize(actor, 'review', profile);
    const to = nextStatus(profile.status, decision);
    const now = ctx.clock.now();
    if (decision === 'approve') {
      const settings = await readSettings(tx);
      const today = isoDate(now);
      const validUntil =
        profile.validUntil && profile.validUntil > today
          ? profile.validUntil
          : addDays(today, settings.defaultValidityDays);
      await setProfileStatus(tx, id, { status: to, now, validUntil, publish: true });
      await mailAuthor(ctx, tx, profile, 'mail.reviewed.subject', 'mail.reviewed.approved', {});
    } else {
      await setProfileStatus(tx, id, { status: to, now });
      await mailAuthor(ctx, tx, profile, 'mail.reviewed.subject', 'mail.reviewed.returned', { comment });
    }
    await recordTransition(tx, profile, to, decision, user.userId, comment, now);
  });
  announce(ctx, id);
  return getProfile(ctx, actor, id);
}

/** Extends the validity of a published or expired profile; an expired one is shown again. */
export async function renewProfile(
  ctx: AppContext,
  actor: Actor,
  id: string,
  validUntil?: string,
): Promise<ProfileView> {
  const user = requireUser(actor);
  await ctx.db.transaction(async (tx) => {
    const profile = await loadProfile(tx, id, true);
    authorize(actor, 'renew', profile);
    const to = nextStatus(profile.status, 'renew');
    const now = ctx.clock.now();
    const today = isoDate(now);
    const settings = await readSettings(tx);
    const until = validUntil ?? addDays(today, settings.defaultValidityDays);
    if (until <= today || until > addDays(today, 731)) {
      throw validationFailed([{ field: 'validUntil', code: 'invalid_date' }]);
    }
    await setProfileStatus(tx, id, { status: to, now, validUntil: until });
    await recordTransition(tx, profile, to, 'renew', user.userId, `valid until ${until}`, now);
  });
  announce(ctx, id);
  return getProfile(ctx, actor, id);
}

export async function profileHistory(ctx: AppContext, actor: Actor, id: string): Promise<TransitionRecord[]> {
  const profile = await loadProfile(ctx.db, id);
  authorize(actor, 'read_history', profile);
  return listTransitions(ctx.db, id);
}

/** What waits for review: a coordinator sees their country, an administrator every country. */
export async function reviewQueue(ctx: AppContext, actor: Actor, country: string | undefined, limit: number) {
  const user = requireUser(actor);
  let scope: string | null;
  if (user.platformRole === 'administrator') scope = country ?? null;
  else if (user.platformRole === 'coordinator') scope = user.coordinatorCountry;
  else throw new CorridorError('Forbidden');
  const rows = await listSubmitted(ctx.db, scope, limit);
  return rows.filter((p) => canOnProfile(actor, 'review', p)).map((p) => profileView(p, actor));
}

/** Recognises the file type from its first bytes, not from what the client claims. */
export function sniffContentType(content: Buffer): (typeof ALLOWED_TYPES)[number] | null {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'image/jpeg';
  if (
    content.subarray(0, 4).toString('latin1') === 'RIFF' &&
    content.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return 'image/webp';
  }
  return null;
}

/** A file name safe to store and to send back: no path separators, no control characters. */
function safeFileName(name: string): string {
  const cleaned = [...name.normalize('NFC')]
    .map((char) => ((char.codePointAt(0) ?? 0) < 0x20 || char === '/' || char === '\\' ? '_' : char))
    .join('')
    .slice(0, 200);
  return cleaned || 'attachment';
}

export async function addAttachment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  file: { fileName: string; content: Buffer },
): Promise<AttachmentRecord> {
  const user = requireUser(actor);
  const contentType = sniffContentType(file.content);
  if (!contentType) throw new CorridorError('AttachmentTypeNotAllowed');
  if (file.content.length > ctx.config.attachmentLimitBytes) {
    throw new CorridorError('AttachmentTooLarge', { limit: ctx.config.attachmentLimitBytes });
  }
  const fileName = safeFileName(file.fileName);
  return ctx.db.transaction(async (tx) => {
    const profile = await loadProfile(tx, id, true);
    authorize(actor, 'update', profile);
    nextStatus(profile.status, 'edit');
    if ((await listAttachments(tx, id)).length >= MAX_ATTACHMENTS) {
      throw validationFailed([{ field: 'file', code: 'too_big', params: { maximum: MAX_ATTACHMENTS } }]);
    }
    return insertAttachment(tx, {
      profileId: id,
      fileName,
      contentType,
      content: file.content,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      uploadedBy: user.userId,
    });
  });
}

export async function readAttachment(ctx: AppContext, actor: Actor, id: string, attachmentId: string) {
  const profile = await loadProfile(ctx.db, id);
  authorize(actor, 'read', profile);
  const attachment = await findAttachmentContent(ctx.db, id, attachmentId);
  if (!attachment) throw new CorridorError('AttachmentNotFound');
  return attachment;
}

export async function removeAttachment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  attachmentId: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const profile = await loadProfile(tx, id, true);
    authorize(actor, 'update', profile);
    if ((await deleteAttachment(tx, id, attachmentId)) === 0) throw new CorridorError('AttachmentNotFound');
  });
}

/** Job: published profiles past their validity become expired; their authors are told. */
export async function expireDueProfiles(ctx: AppContext): Promise<number> {
  const today = isoDate(ctx.clock.now());
  let expired = 0;
  for (;;) {
    const batch = await ctx.db.transaction(async (tx) => {
      const due = await lockExpiredProfiles(tx, today, 100);
      for (const profile of due) {
        const now = ctx.clock.now();
        await setProfileStatus(tx, profile.id, { status: nextStatus(profile.status, 'expire'), now });
        await recordTransition(
          tx,
          profile,
          'expired',
          'expire',
          null,
          `validity ended ${profile.validUntil}`,
          now,
        );
        await mailAuthor(ctx, tx, profile, 'mail.expired.subject', 'mail.expired.body', {});
      }
      return due;
    });
    for (const profile of batch) announce(ctx, profile.id);
    expired += batch.length;
    if (batch.length < 100) return expired;
  }
}

/** Job: reminds authors once per validity date that their profile is about to expire. */
export async function remindExpiringProfiles(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const today = isoDate(now);
  const settings = await readSettings(ctx.db);
  return ctx.db.transaction(async (tx) => {
    const due = await lockProfilesToRemind(tx, today, addDays(today, settings.expiryReminderDays), 500);
    for (const profile of due) {
      if (!profile.validUntil) continue;
      await mailAuthor(ctx, tx, profile, 'mail.expiring.subject', 'mail.expiring.body', {
        date: profile.validUntil,
      });
      await markReminderSent(tx, profile.id, profile.validUntil);
    }
    return due.length;
  });
}
