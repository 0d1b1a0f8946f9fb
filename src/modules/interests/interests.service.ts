import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import { LANGUAGES, type Language, type MultilingualText } from '../../domain/vocabulary.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import { CorridorError, validationFailed } from '../../platform/errors.js';
import { hitRateLimit } from '../../platform/rate-limit.js';
import { type Actor, deny, requireUser } from '../auth/actor.js';
import { openCooperation } from '../cooperations/cooperations.service.js';
import { enqueueMail } from '../mail/mail.service.js';
import { findProfile } from '../profiles/profiles.repository.js';
import { sniffContentType } from '../profiles/profiles.service.js';
import { canOnInterest, type InterestAction } from './interests.policy.js';
import {
  findInterest,
  findInterestByConversation,
  findMessageAttachment,
  hasPendingInterest,
  type InboxRecord,
  type InterestRecord,
  inboxSummary,
  insertConversation,
  insertInterest,
  insertMessage,
  lastMessageAtFrom,
  listInterests,
  listMessages,
  type MessageRecord,
  markRead,
  organisationWriters,
  setInterestAnswer,
} from './interests.repository.js';
import type { AnswerInterestBody, ListInterestsQuery, SendInterestBody } from './interests.schema.js';

/** Expressions of interest a person may send: per hour and per day (against spam). */
const INTEREST_LIMITS = [
  { windowSeconds: 3600, limit: 10 },
  { windowSeconds: 86_400, limit: 30 },
];
/** Messages a person may post in ten minutes. */
const MESSAGE_LIMIT = { windowSeconds: 600, limit: 30 };
/** A side is notified of new messages at most this often per conversation. */
const MESSAGE_MAIL_QUIET_MS = 30 * 60_000;

function authorize(actor: Actor, action: InterestAction, interest: InterestRecord): void {
  if (canOnInterest(actor, action, interest)) return;
  if (!canOnInterest(actor, 'read', interest)) throw new CorridorError('InterestNotFound');
  if (actor.kind === 'user' && !actor.emailVerified) throw new CorridorError('EmailNotVerified');
  deny(actor);
}

async function loadInterest(db: Queryable, id: string, forUpdate = false): Promise<InterestRecord> {
  const interest = await findInterest(db, id, forUpdate);
  if (!interest) throw new CorridorError('InterestNotFound');
  return interest;
}

function pick(text: MultilingualText, language: Language): string {
  return text[language] ?? text.en ?? Object.values(text).find(Boolean) ?? '';
}

function asLanguage(value: string): Language {
  return LANGUAGES.find((lang) => lang === value) ?? 'en';
}

/** Mails every writer of an organisation, each in their own language. */
async function mailWriters(
  ctx: AppContext,
  tx: Queryable,
  organisationId: string,
  template: 'received' | 'accepted' | 'declined' | 'message',
  interest: InterestRecord,
  extra: Record<string, string> = {},
): Promise<void> {
  for (const writer of await organisationWriters(tx, organisationId)) {
    const language = asLanguage(writer.language);
    await enqueueMail(tx, {
      to: writer.email,
      language,
      subjectKey: `mail.interest.${template}.subject`,
      bodyKey: `mail.interest.${template}.body`,
      params: {
        name: writer.displayName,
        title: pick(interest.profileTitle, language),
        from: pick(interest.fromOrganisationName, language),
        owner: pick(interest.ownerOrganisationName, language),
        link: `${ctx.config.publicUrl}/inbox/${interest.id}`,
        ...extra,
      },
    });
  }
}

/** A reader's organisation expresses interest in a published profile; its owners are mailed. */
export async function sendInterest(
  ctx: AppContext,
  actor: Actor,
  profileId: string,
  input: SendInterestBody,
): Promise<InterestRecord> {
  const user = requireUser(actor);
  const profile = await findProfile(ctx.db, profileId);
  if (profile?.status !== 'published') throw new CorridorError('ProfileNotFound');
  const facts = { ownerOrganisationId: profile.organisationId, fromOrganisationId: input.fromOrganisationId };
  if (!canOnInterest(actor, 'send', facts)) {
    if (!user.emailVerified) throw new CorridorError('EmailNotVerified');
    deny(actor);
  }
  const now = ctx.clock.now();
  for (const rule of INTEREST_LIMITS) {
    await hitRateLimit(ctx.db, { bucket: `interest:${user.userId}:${rule.windowSeconds}`, ...rule }, now);
  }
  const id = await ctx.db.transaction(async (tx) => {
    if (await hasPendingInterest(tx, profileId, input.fromOrganisationId))
      throw new CorridorError('InterestAlreadyPending');
    const interestId = await insertInterest(tx, {
      profileId,
      fromOrganisationId: input.fromOrganisationId,
      fromUserId: user.userId,
      message: input.message,
      acceptedConfidentiality: input.acceptConfidentiality,
      at: now,
    });
    const interest = await loadInterest(tx, interestId);
    await mailWriters(ctx, tx, interest.ownerOrganisationId, 'received', interest);
    return interestId;
  });
  return loadInterest(ctx.db, id);
}

export async function getInterest(ctx: AppContext, actor: Actor, id: string): Promise<InterestRecord> {
  const interest = await loadInterest(ctx.db, id);
  authorize(actor, 'read', interest);
  return interest;
}

/** The inbox: one page of what the reader's organisations received or sent, with unread counts. */
export async function interestsOf(
  ctx: AppContext,
  actor: Actor,
  query: ListInterestsQuery,
): Promise<{ items: InboxRecord[]; nextCursor: string | null }> {
  const user = requireUser(actor);
  const after = decodeCursor(query.cursor);
  const afterTime = after ? new Date(after.key) : null;
  if (afterTime && Number.isNaN(afterTime.getTime())) throw new CorridorError('InvalidCursor');
  const rows = await listInterests(ctx.db, {
    box: query.box,
    organisationIds: [...user.memberships.keys()],
    readerId: user.userId,
    status: query.status,
    after: after && afterTime ? { createdAt: afterTime.toISOString(), id: after.id } : null,
    limit: query.limit + 1,
  });
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor({ key: last.createdAt.toISOString(), id: last.id })
      : null;
  return { items, nextCursor };
}

/** What waits for the reader: expressions of interest to answer and conversations with unread messages. */
export async function inboxSummaryOf(
  ctx: AppContext,
  actor: Actor,
): Promise<{ pendingReceived: number; unreadConversations: number }> {
  const user = requireUser(actor);
  return inboxSummary(ctx.db, [...user.memberships.keys()], user.userId);
}

/**
 * The owner accepts or declines with a reason. Acceptance opens the private conversation and, in the
 * same transaction, a record in the cooperation pipeline (stage: contact) for the two organisations.
 */
export async function answerInterest(
  ctx: AppContext,
  actor: Actor,
  id: string,
  answer: AnswerInterestBody,
): Promise<InterestRecord> {
  const user = requireUser(actor);
  await ctx.db.transaction(async (tx) => {
    const interest = await loadInterest(tx, id, true);
    authorize(actor, 'answer', interest);
    if (interest.status !== 'pending') {
      throw new CorridorError('InvalidStateTransition', { from: interest.status, action: answer.decision });
    }
    const now = ctx.clock.now();
    const accepted = answer.decision === 'accept';
    await setInterestAnswer(tx, id, {
      status: accepted ? 'accepted' : 'declined',
      reason: accepted ? null : (answer.reason ?? 'other'),
      message: answer.message,
      by: user.userId,
      at: now,
    });
    if (accepted) {
      const conversationId = await insertConversation(tx, id, now);
      if (answer.message) {
        await insertMessage(tx, {
          conversationId,
          authorId: user.userId,
          organisationId: interest.ownerOrganisationId,
          body: answer.message,
          attachment: null,
          at: now,
        });
      }
      await openCooperation(
        ctx,
        actor,
        {
          title: interest.profileTitle,
          organisationIds: [interest.ownerOrganisationId, interest.fromOrganisationId],
          profileIds: [interest.profileId],
          origin: 'expression_of_interest',
          originRef: interest.id,
        },
        { tx },
      );
    }
    await mailWriters(ctx, tx, interest.fromOrganisationId, accepted ? 'accepted' : 'declined', interest, {
      message: answer.message,
    });
  });
  return loadInterest(ctx.db, id);
}

export async function withdrawInterest(ctx: AppContext, actor: Actor, id: string): Promise<InterestRecord> {
  const user = requireUser(actor);
  await ctx.db.transaction(async (tx) => {
    const interest = await loadInterest(tx, id, true);
    authorize(actor, 'withdraw', interest);
    if (interest.status !== 'pending') {
      throw new CorridorError('InvalidStateTransition', { from: interest.status, action: 'withdraw' });
    }
    await setInterestAnswer(tx, id, {
      status: 'withdrawn',
      reason: null,
      message: '',
      by: user.userId,
      at: ctx.clock.now(),
    });
  });
  return loadInterest(ctx.db, id);
}

async function loadConversation(
  ctx: AppContext,
  actor: Actor,
  conversationId: string,
): Promise<InterestRecord> {
  const interest = await findInterestByConversation(ctx.db, conversationId);
  if (!interest || !canOnInterest(actor, 'read', interest)) throw new CorridorError('ConversationNotFound');
  // Administrators see that a conversation exists, never what is said in it.
  if (!canOnInterest(actor, 'converse', interest)) {
    if (actor.kind === 'user' && !actor.emailVerified) throw new CorridorError('EmailNotVerified');
    deny(actor);
  }
  return interest;
}

/** The messages of a conversation; reading marks it read for the reader. */
export async function conversationMessages(
  ctx: AppContext,
  actor: Actor,
  conversationId: string,
): Promise<{ interest: InterestRecord; messages: MessageRecord[] }> {
  const user = requireUser(actor);
  const interest = await loadConversation(ctx, actor, conversationId);
  const messages = await listMessages(ctx.db, conversationId);
  await markRead(ctx.db, conversationId, user.userId, ctx.clock.now());
  return { interest, messages };
}

/** The side a person writes for in a conversation: their organisation among the two. */
function sideOf(actor: Actor, interest: InterestRecord): string {
  if (actor.kind === 'user' && actor.memberships.has(interest.ownerOrganisationId))
    return interest.ownerOrganisationId;
  return interest.fromOrganisationId;
}

/** Posts a message (optionally with a PDF or image); the other side is mailed, at most every half hour. */
export async function postMessage(
  ctx: AppContext,
  actor: Actor,
  conversationId: string,
  body: string,
  file: { name: string; content: Buffer } | null = null,
): Promise<MessageRecord> {
  const user = requireUser(actor);
  const interest = await loadConversation(ctx, actor, conversationId);
  const now = ctx.clock.now();
  await hitRateLimit(ctx.db, { bucket: `message:${user.userId}`, ...MESSAGE_LIMIT }, now);
  let attachment: { name: string; type: string; content: Buffer } | null = null;
  if (file) {
    const type = sniffContentType(file.content);
    if (!type) throw new CorridorError('AttachmentTypeNotAllowed');
    if (file.content.length > ctx.config.attachmentLimitBytes) {
      throw new CorridorError('AttachmentTooLarge', { limit: ctx.config.attachmentLimitBytes });
    }
    attachment = { name: file.name.slice(0, 200) || 'attachment', type, content: file.content };
  }
  if (!body && !attachment) throw validationFailed([{ field: 'body', code: 'required' }]);
  const side = sideOf(actor, interest);
  const otherSide =
    side === interest.ownerOrganisationId ? interest.fromOrganisationId : interest.ownerOrganisationId;
  const id = await ctx.db.transaction(async (tx) => {
    const previous = await lastMessageAtFrom(tx, conversationId, side);
    const messageId = await insertMessage(tx, {
      conversationId,
      authorId: user.userId,
      organisationId: side,
      body,
      attachment,
      at: now,
    });
    if (!previous || now.getTime() - previous.getTime() > MESSAGE_MAIL_QUIET_MS) {
      await mailWriters(ctx, tx, otherSide, 'message', interest);
    }
    await markRead(tx, conversationId, user.userId, now);
    return messageId;
  });
  const message = (await listMessages(ctx.db, conversationId)).find((m) => m.id === id);
  if (!message) throw new CorridorError('ConversationNotFound');
  return message;
}

export async function messageAttachment(
  ctx: AppContext,
  actor: Actor,
  conversationId: string,
  messageId: string,
) {
  await loadConversation(ctx, actor, conversationId);
  const attachment = await findMessageAttachment(ctx.db, conversationId, messageId);
  if (!attachment) throw new CorridorError('AttachmentNotFound');
  return attachment;
}
