import type { Queryable } from '../../db/database.js';
import type { DockableProfile } from '../../engines/docking/index.js';

const DOCKABLE_COLUMNS = `p.id, p.kind, p.status, p.original_language AS "originalLanguage", p.country, p.title, p.summary,
  p.description, p.advantages, p.specification, p.trl, p.cooperation_types AS "cooperationTypes", p.sectors,
  p.keywords, p.isic, p.target_countries AS "targetCountries", o.kind AS "organisationKind"`;

export async function listDockableProfiles(db: Queryable): Promise<DockableProfile[]> {
  const { rows } = await db.query<DockableProfile>(
    `SELECT ${DOCKABLE_COLUMNS} FROM profiles p JOIN organisations o ON o.id = p.organisation_id
     WHERE p.status <> 'withdrawn' ORDER BY p.id`,
  );
  return rows;
}

export async function findDockableProfile(db: Queryable, id: string): Promise<DockableProfile | null> {
  const { rows } = await db.query<DockableProfile>(
    `SELECT ${DOCKABLE_COLUMNS} FROM profiles p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export const FEEDBACK_REASONS = [
  'too_early',
  'too_vague',
  'wrong_field',
  'already_known',
  'no_capacity',
  'other',
] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

export async function upsertFeedback(
  db: Queryable,
  f: {
    profileId: string;
    matchedProfileId: string;
    userId: string;
    relevant: boolean;
    reason: FeedbackReason | null;
    comment: string;
    at: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO match_feedback (profile_id, matched_profile_id, user_id, relevant, reason, comment, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
     ON CONFLICT (profile_id, matched_profile_id, user_id)
     DO UPDATE SET relevant = EXCLUDED.relevant, reason = EXCLUDED.reason, comment = EXCLUDED.comment, updated_at = EXCLUDED.updated_at`,
    [f.profileId, f.matchedProfileId, f.userId, f.relevant, f.reason, f.comment, f.at],
  );
}

/** The reader's own feedback on the matches of one profile. */
export async function feedbackOf(
  db: Queryable,
  profileId: string,
  userId: string,
): Promise<
  Array<{ matchedProfileId: string; relevant: boolean; reason: FeedbackReason | null; comment: string }>
> {
  const { rows } = await db.query<{
    matchedProfileId: string;
    relevant: boolean;
    reason: FeedbackReason | null;
    comment: string;
  }>(
    `SELECT matched_profile_id AS "matchedProfileId", relevant, reason, comment FROM match_feedback
     WHERE profile_id = $1 AND user_id = $2`,
    [profileId, userId],
  );
  return rows;
}

/** Every stored judgement, for the docking benchmark. */
export async function allFeedback(
  db: Queryable,
): Promise<Array<{ profileId: string; matchedProfileId: string; relevant: boolean }>> {
  const { rows } = await db.query<{ profileId: string; matchedProfileId: string; relevant: boolean }>(
    `SELECT profile_id AS "profileId", matched_profile_id AS "matchedProfileId", relevant FROM match_feedback`,
  );
  return rows;
}

export interface DigestRecipient {
  userId: string;
  email: string;
  name: string;
  language: string;
  lastSentAt: Date | null;
  sentIds: string[] | null;
  /** Their organisations' published profiles. */
  profileIds: string[];
}

/** Verified, non-demo people of organisations with published profiles, due a digest (none for a week). */
export async function listDigestRecipients(db: Queryable, weekAgo: Date): Promise<DigestRecipient[]> {
  const { rows } = await db.query<DigestRecipient>(
    `SELECT u.id AS "userId", u.email, u.display_name AS name, u.preferred_language AS language,
       d.last_sent_at AS "lastSentAt", d.sent_profile_ids AS "sentIds",
       array_agg(DISTINCT p.id) AS "profileIds"
     FROM users u
     JOIN memberships m ON m.user_id = u.id
     JOIN profiles p ON p.organisation_id = m.organisation_id AND p.status = 'published'
     LEFT JOIN digest_deliveries d ON d.user_id = u.id
     WHERE u.email_verified_at IS NOT NULL AND NOT u.digest_opt_out AND NOT u.is_demo
       AND (d.last_sent_at IS NULL OR d.last_sent_at <= $1)
     GROUP BY u.id, d.last_sent_at, d.sent_profile_ids`,
    [weekAgo],
  );
  return rows;
}

/** Notes a digest as sent, adding its profiles to those never to be sent again. */
export async function recordDigest(
  db: Queryable,
  userId: string,
  at: Date,
  profileIds: readonly string[],
): Promise<void> {
  await db.query(
    `INSERT INTO digest_deliveries (user_id, last_sent_at, sent_profile_ids) VALUES ($1, $2, $3)
     ON CONFLICT (user_id) DO UPDATE SET last_sent_at = EXCLUDED.last_sent_at,
       sent_profile_ids = (SELECT array_agg(DISTINCT x) FROM unnest(digest_deliveries.sent_profile_ids || EXCLUDED.sent_profile_ids) x)`,
    [userId, at, profileIds],
  );
}
