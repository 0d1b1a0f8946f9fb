import type { Queryable } from '../../db/database.js';
import type { MultilingualText } from '../../domain/vocabulary.js';

export interface InterestRecord {
  id: string;
  profileId: string;
  profileTitle: MultilingualText;
  ownerOrganisationId: string;
  ownerOrganisationName: MultilingualText;
  fromOrganisationId: string;
  fromOrganisationName: MultilingualText;
  fromUserId: string | null;
  fromUserName: string | null;
  message: string;
  acceptedConfidentiality: boolean;
  status: 'pending' | 'accepted' | 'declined' | 'withdrawn';
  declineReason: string | null;
  answerMessage: string;
  answeredAt: Date | null;
  createdAt: Date;
  conversationId: string | null;
  /** The cooperation its acceptance opened in the pipeline. */
  cooperationId: string | null;
}

const INTEREST_COLUMNS = `e.id, e.profile_id AS "profileId", p.title AS "profileTitle",
    p.organisation_id AS "ownerOrganisationId", po.name AS "ownerOrganisationName",
    e.from_organisation_id AS "fromOrganisationId", fo.name AS "fromOrganisationName",
    e.from_user_id AS "fromUserId", u.display_name AS "fromUserName", e.message,
    e.accepted_confidentiality AS "acceptedConfidentiality", e.status, e.decline_reason AS "declineReason",
    e.answer_message AS "answerMessage", e.answered_at AS "answeredAt", e.created_at AS "createdAt",
    c.id AS "conversationId",
    (SELECT co.id FROM cooperations co WHERE co.origin_ref = e.id::text AND co.origin = 'expression_of_interest'
      ORDER BY co.created_at LIMIT 1) AS "cooperationId"`;

const INTEREST_FROM = `FROM expressions_of_interest e
  JOIN profiles p ON p.id = e.profile_id
  JOIN organisations po ON po.id = p.organisation_id
  JOIN organisations fo ON fo.id = e.from_organisation_id
  LEFT JOIN users u ON u.id = e.from_user_id
  LEFT JOIN conversations c ON c.expression_of_interest_id = e.id`;

const INTEREST_SELECT = `SELECT ${INTEREST_COLUMNS} ${INTEREST_FROM}`;

export async function findInterest(
  db: Queryable,
  id: string,
  forUpdate = false,
): Promise<InterestRecord | null> {
  const { rows } = await db.query<InterestRecord>(
    `${INTEREST_SELECT} WHERE e.id = $1${forUpdate ? ' FOR UPDATE OF e' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function findInterestByConversation(
  db: Queryable,
  conversationId: string,
): Promise<InterestRecord | null> {
  const { rows } = await db.query<InterestRecord>(`${INTEREST_SELECT} WHERE c.id = $1`, [conversationId]);
  return rows[0] ?? null;
}

export async function hasPendingInterest(
  db: Queryable,
  profileId: string,
  fromOrganisationId: string,
): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM expressions_of_interest WHERE profile_id = $1 AND from_organisation_id = $2 AND status = 'pending'`,
    [profileId, fromOrganisationId],
  );
  return rows.length > 0;
}

export async function insertInterest(
  db: Queryable,
  i: {
    profileId: string;
    fromOrganisationId: string;
    fromUserId: string;
    message: string;
    acceptedConfidentiality: boolean;
    at: Date;
  },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO expressions_of_interest (profile_id, from_organisation_id, from_user_id, message, accepted_confidentiality, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [i.profileId, i.fromOrganisationId, i.fromUserId, i.message, i.acceptedConfidentiality, i.at],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into expressions_of_interest returned no row');
  return row.id;
}

export async function setInterestAnswer(
  db: Queryable,
  id: string,
  a: {
    status: 'accepted' | 'declined' | 'withdrawn';
    reason: string | null;
    message: string;
    by: string;
    at: Date;
  },
): Promise<void> {
  await db.query(
    `UPDATE expressions_of_interest SET status = $2, decline_reason = $3, answer_message = $4, answered_by = $5, answered_at = $6
     WHERE id = $1`,
    [id, a.status, a.reason, a.message, a.by, a.at],
  );
}

/** An inbox row: the expression of interest and how many messages its reader has not read yet. */
export interface InboxRecord extends InterestRecord {
  unreadMessages: number;
}

/** Messages in a conversation written by others after the reader last opened it. */
const UNREAD_MESSAGES = `(SELECT count(*)::int FROM conversation_messages m
     LEFT JOIN conversation_reads r ON r.conversation_id = m.conversation_id AND r.user_id = $2
     WHERE m.conversation_id = c.id AND m.author_id IS DISTINCT FROM $2
       AND m.created_at > coalesce(r.read_at, '-infinity'::timestamptz))`;

/**
 * Expressions of interest that touch the given organisations, on either side, newest first; one page
 * after `after` (the creation time and id of the last row seen).
 */
export async function listInterests(
  db: Queryable,
  query: {
    box: 'received' | 'sent';
    organisationIds: readonly string[];
    readerId: string;
    status: string | undefined;
    after: { createdAt: string; id: string } | null;
    limit: number;
  },
): Promise<InboxRecord[]> {
  const side = query.box === 'received' ? 'p.organisation_id' : 'e.from_organisation_id';
  const { rows } = await db.query<InboxRecord>(
    `SELECT ${INTEREST_COLUMNS}, ${UNREAD_MESSAGES} AS "unreadMessages" ${INTEREST_FROM}
     WHERE ${side} = ANY($1::uuid[]) AND ($3::text IS NULL OR e.status = $3)
       AND ($4::timestamptz IS NULL OR (e.created_at, e.id) < ($4::timestamptz, $5::uuid))
     ORDER BY e.created_at DESC, e.id DESC LIMIT $6`,
    [
      query.organisationIds,
      query.readerId,
      query.status ?? null,
      query.after?.createdAt ?? null,
      query.after?.id ?? null,
      query.limit,
    ],
  );
  return rows;
}

/** What waits for a reader: expressions of interest to answer, and conversations with unread messages. */
export async function inboxSummary(
  db: Queryable,
  organisationIds: readonly string[],
  readerId: string,
): Promise<{ pendingReceived: number; unreadConversations: number }> {
  const { rows } = await db.query<{ pendingReceived: number; unreadConversations: number }>(
    `SELECT
       (SELECT count(*)::int FROM expressions_of_interest e JOIN profiles p ON p.id = e.profile_id
         WHERE p.organisation_id = ANY($1::uuid[]) AND e.status = 'pending') AS "pendingReceived",
       (SELECT count(*)::int FROM conversations c
         JOIN expressions_of_interest e ON e.id = c.expression_of_interest_id
         JOIN profiles p ON p.id = e.profile_id
         WHERE (p.organisation_id = ANY($1::uuid[]) OR e.from_organisation_id = ANY($1::uuid[]))
           AND ${UNREAD_MESSAGES} > 0) AS "unreadConversations"`,
    [organisationIds, readerId],
  );
  return rows[0] ?? { pendingReceived: 0, unreadConversations: 0 };
}

export async function insertConversation(db: Queryable, interestId: string, at: Date): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO conversations (expression_of_interest_id, created_at, last_message_at) VALUES ($1, $2, $2) RETURNING id',
    [interestId, at],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into conversations returned no row');
  return row.id;
}

export interface MessageRecord {
  id: string;
  authorId: string | null;
  authorName: string | null;
  organisationId: string;
  body: string;
  attachmentName: string | null;
  attachmentType: string | null;
  attachmentSize: number | null;
  createdAt: Date;
}

export async function listMessages(db: Queryable, conversationId: string): Promise<MessageRecord[]> {
  const { rows } = await db.query<MessageRecord>(
    `SELECT m.id, m.author_id AS "authorId", u.display_name AS "authorName", m.organisation_id AS "organisationId",
       m.body, m.attachment_name AS "attachmentName", m.attachment_type AS "attachmentType",
       m.attachment_size AS "attachmentSize", m.created_at AS "createdAt"
     FROM conversation_messages m LEFT JOIN users u ON u.id = m.author_id
     WHERE m.conversation_id = $1 ORDER BY m.created_at, m.id`,
    [conversationId],
  );
  return rows;
}

export async function insertMessage(
  db: Queryable,
  m: {
    conversationId: string;
    authorId: string;
    organisationId: string;
    body: string;
    attachment: { name: string; type: string; content: Buffer } | null;
    at: Date;
  },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO conversation_messages (conversation_id, author_id, organisation_id, body, attachment_name, attachment_type,
       attachment_size, attachment, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      m.conversationId,
      m.authorId,
      m.organisationId,
      m.body,
      m.attachment?.name ?? null,
      m.attachment?.type ?? null,
      m.attachment?.content.length ?? null,
      m.attachment?.content ?? null,
      m.at,
    ],
  );
  await db.query('UPDATE conversations SET last_message_at = $2 WHERE id = $1', [m.conversationId, m.at]);
  const row = rows[0];
  if (!row) throw new Error('insert into conversation_messages returned no row');
  return row.id;
}

/** When this side of the conversation last wrote, before now; used to batch notification mail. */
export async function lastMessageAtFrom(
  db: Queryable,
  conversationId: string,
  organisationId: string,
): Promise<Date | null> {
  const { rows } = await db.query<{ at: Date | null }>(
    'SELECT max(created_at) AS at FROM conversation_messages WHERE conversation_id = $1 AND organisation_id = $2',
    [conversationId, organisationId],
  );
  return rows[0]?.at ?? null;
}

export async function findMessageAttachment(
  db: Queryable,
  conversationId: string,
  messageId: string,
): Promise<{ name: string; type: string; content: Uint8Array } | null> {
  const { rows } = await db.query<{ name: string | null; type: string | null; content: Uint8Array | null }>(
    `SELECT attachment_name AS name, attachment_type AS type, attachment AS content
     FROM conversation_messages WHERE conversation_id = $1 AND id = $2`,
    [conversationId, messageId],
  );
  const row = rows[0];
  return row?.name && row.type && row.content
    ? { name: row.name, type: row.type, content: row.content }
    : null;
}

export async function markRead(
  db: Queryable,
  conversationId: string,
  userId: string,
  at: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO conversation_reads (conversation_id, user_id, read_at) VALUES ($1, $2, $3)
     ON CONFLICT (conversation_id, user_id) DO UPDATE SET read_at = EXCLUDED.read_at`,
    [conversationId, userId, at],
  );
}

/** Writers (admins, editors) of an organisation with their language, for notifications. */
export async function organisationWriters(
  db: Queryable,
  organisationId: string,
): Promise<Array<{ id: string; email: string; displayName: string; language: string }>> {
  const { rows } = await db.query<{ id: string; email: string; displayName: string; language: string }>(
    `SELECT u.id, u.email, u.display_name AS "displayName", u.preferred_language AS language
     FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.organisation_id = $1 AND m.role IN ('admin', 'editor') ORDER BY u.id`,
    [organisationId],
  );
  return rows;
}
