import type { AppContext } from '../../app-context.js';
import { SECTOR_TAXONOMY } from '../../domain/sectors.js';
import { type CooperationType, LANGUAGES, type Language, type ProfileKind } from '../../domain/vocabulary.js';
import type { DockingFilters, MatchExplanation, SharedConcept } from '../../engines/docking/index.js';
import { translate } from '../../i18n/server/index.js';
import { CorridorError } from '../../platform/errors.js';
import { type Actor, requireUser } from '../auth/actor.js';
import { enqueueMail } from '../mail/mail.service.js';
import { canOnProfile } from '../profiles/profiles.policy.js';
import { findProfile, type ProfileRecord } from '../profiles/profiles.repository.js';
import { profileView } from '../profiles/profiles.view.js';
import type { DockingIndexHolder } from './docking.index-holder.js';
import {
  type FeedbackReason,
  feedbackOf,
  listDigestRecipients,
  recordDigest,
  upsertFeedback,
} from './docking.repository.js';

const SECTOR_LABELS = new Map(
  SECTOR_TAXONOMY.flatMap((group) => [group, ...group.children]).map((node) => [node.code, node.labels]),
);

function sectorLabel(code: string, language: Language): string {
  return SECTOR_LABELS.get(code)?.[language] ?? code;
}

/** A concept's preferred term in the reader's language, when the terminology base has one. */
export type ReaderTerm = (conceptId: string) => string | undefined;

/**
 * The concepts two profiles share, each as the reader's word with each side's own word beside it:
 * "potash fertiliser (钾肥 / ຝຸ່ນໂປແທດ)"; just "钾肥 / ຝຸ່ນໂປແທດ" when the reader's word is one of them,
 * and each word once when both sides use the same.
 */
function conceptTerms(concepts: readonly SharedConcept[], readerTerm: ReaderTerm): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const concept of concepts) {
    if (seen.has(concept.conceptId)) continue;
    seen.add(concept.conceptId);
    const sides =
      concept.sourceTerm === concept.targetTerm
        ? concept.sourceTerm
        : `${concept.sourceTerm} / ${concept.targetTerm}`;
    const reader = readerTerm(concept.conceptId);
    parts.push(
      reader === undefined || reader === concept.sourceTerm || reader === concept.targetTerm
        ? sides
        : `${reader} (${sides})`,
    );
  }
  return parts.slice(0, 3).join(', ');
}

/** A match's explanation as short sentences in the reader's language. */
export function explainMatch(
  explanation: MatchExplanation,
  language: Language,
  readerTerm: ReaderTerm = () => undefined,
): string[] {
  const reasons: string[] = [];
  if (explanation.sharedConcepts.length > 0) {
    reasons.push(
      translate(language, 'docking.reason.concepts', {
        terms: conceptTerms(explanation.sharedConcepts, readerTerm),
      }),
    );
  }
  const trl = explanation.trl;
  if (trl?.offered != null && trl.sought != null) {
    reasons.push(
      translate(language, trl.satisfied ? 'docking.reason.trl' : 'docking.reason.trlUnmet', {
        offered: trl.offered,
        sought: trl.sought,
      }),
    );
  }
  if (explanation.cooperationTypes.length > 0) {
    const types = explanation.cooperationTypes.map((type: CooperationType) =>
      translate(language, `cooperationType.${type}`),
    );
    reasons.push(translate(language, 'docking.reason.cooperation', { types: types.join(', ') }));
  }
  if (explanation.sharedSectors.length > 0) {
    const sectors = explanation.sharedSectors.map((code) => sectorLabel(code, language));
    reasons.push(translate(language, 'docking.reason.sectors', { sectors: sectors.join(', ') }));
  }
  if (explanation.sharedKeywords.length > 0) {
    reasons.push(
      translate(language, 'docking.reason.keywords', {
        keywords: explanation.sharedKeywords.slice(0, 5).join(', '),
      }),
    );
  }
  return reasons;
}

async function loadReadableProfile(ctx: AppContext, actor: Actor, id: string): Promise<ProfileRecord> {
  const profile = await findProfile(ctx.db, id);
  if (!profile || !canOnProfile(actor, 'read', profile)) throw new CorridorError('ProfileNotFound');
  return profile;
}

/** Loads the profiles behind ranked ids, keeping the ranking and only what the reader may read. */
async function readableInOrder(
  ctx: AppContext,
  actor: Actor,
  ids: readonly string[],
): Promise<Map<string, ProfileRecord>> {
  const found = new Map<string, ProfileRecord>();
  for (const id of ids) {
    const profile = await findProfile(ctx.db, id);
    if (profile && canOnProfile(actor, 'read', profile)) found.set(id, profile);
  }
  return found;
}

/** Ranked complementary profiles for a profile, each with its reasons in the reader's language. */
export async function matchesFor(
  ctx: AppContext,
  holder: DockingIndexHolder,
  actor: Actor,
  id: string,
  limit: number,
) {
  const profile = await loadReadableProfile(ctx, actor, id);
  const index = await holder.get();
  if (!index.has(id)) await holder.refresh(id);
  const hits = index.has(id) ? index.matchesFor(id, { limit }) : [];
  const profiles = await readableInOrder(
    ctx,
    actor,
    hits.map((hit) => hit.id),
  );
  const feedback =
    actor.kind === 'user'
      ? new Map((await feedbackOf(ctx.db, id, actor.userId)).map((f) => [f.matchedProfileId, f]))
      : new Map();
  const items = hits.flatMap((hit) => {
    const matched = profiles.get(hit.id);
    if (!matched) return [];
    return [
      {
        score: Math.round(hit.score * 1000) / 1000,
        profile: profileView(matched, actor),
        reasons: explainMatch(hit.explanation, actor.language, (id) =>
          holder.preferredTerm(id, actor.language),
        ),
        explanation: hit.explanation,
        feedback: feedback.get(hit.id) ?? null,
      },
    ];
  });
  // An R&D request also gets the research organisations behind its best matches.
  const organisations =
    profile.kind === 'rd_request'
      ? [
          ...new Map(
            items
              .filter((item) =>
                ['university', 'research_institute', 'rd_centre'].includes(item.profile.organisation.kind),
              )
              .map((item) => [item.profile.organisation.id, item.profile.organisation]),
          ).values(),
        ]
      : [];
  return { items, organisations };
}

export interface SearchInput {
  q: string;
  lang?: Language | undefined;
  kind?: ProfileKind[] | undefined;
  country?: string[] | undefined;
  sector?: string[] | undefined;
  limit: number;
}

/** One search box across all languages: a query in Lao finds profiles written in Chinese. */
export async function searchProfiles(
  ctx: AppContext,
  holder: DockingIndexHolder,
  actor: Actor,
  input: SearchInput,
) {
  const index = await holder.get();
  const filters: DockingFilters = {
    statuses: ['published'],
    ...(input.kind?.length ? { kinds: input.kind } : {}),
    ...(input.country?.length ? { countries: input.country as DockingFilters['countries'] } : {}),
    ...(input.sector?.length ? { sectors: input.sector } : {}),
  };
  const hits = index.search({
    text: input.q,
    ...(input.lang ? { lang: input.lang } : {}),
    filters,
    limit: input.limit,
  });
  const profiles = await readableInOrder(
    ctx,
    actor,
    hits.map((hit) => hit.id),
  );
  return {
    items: hits.flatMap((hit) => {
      const profile = profiles.get(hit.id);
      if (!profile) return [];
      const reasons =
        hit.sharedConcepts.length > 0
          ? [
              translate(actor.language, 'docking.reason.concepts', {
                terms: conceptTerms(hit.sharedConcepts, (id) => holder.preferredTerm(id, actor.language)),
              }),
            ]
          : [];
      return [
        {
          score: Math.round(hit.score * 1000) / 1000,
          profile: profileView(profile, actor),
          reasons,
          sharedConcepts: hit.sharedConcepts,
        },
      ];
    }),
  };
}

/** Relevant / not relevant, with a reason from the fixed list; one judgement per reader and pair. */
export async function recordFeedback(
  ctx: AppContext,
  actor: Actor,
  profileId: string,
  matchedProfileId: string,
  input: { relevant: boolean; reason?: FeedbackReason | undefined; comment: string },
): Promise<void> {
  const user = requireUser(actor);
  await loadReadableProfile(ctx, actor, profileId);
  await loadReadableProfile(ctx, actor, matchedProfileId);
  await upsertFeedback(ctx.db, {
    profileId,
    matchedProfileId,
    userId: user.userId,
    relevant: input.relevant,
    reason: input.relevant ? null : (input.reason ?? 'other'),
    comment: input.comment,
    at: ctx.clock.now(),
  });
}

function asLanguage(value: string): Language {
  return LANGUAGES.find((lang) => lang === value) ?? 'en';
}

/**
 * The weekly digest: for every person in an organisation with published profiles, the profiles
 * published since their last digest that match their organisation's profiles, best first, each
 * sent once. Runs hourly; a person gets at most one digest a week.
 */
export async function sendWeeklyDigests(ctx: AppContext, holder: DockingIndexHolder): Promise<number> {
  const now = ctx.clock.now();
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const people = await listDigestRecipients(ctx.db, weekAgo);
  if (people.length === 0) return 0;
  const index = await holder.get();
  let sent = 0;
  for (const person of people) {
    const since = person.lastSentAt ?? weekAgo;
    const already = new Set(person.sentIds ?? []);
    const best = new Map<string, number>();
    for (const own of person.profileIds) {
      if (!index.has(own)) continue;
      for (const hit of index.matchesFor(own, { limit: 20 })) {
        if (already.has(hit.id) || person.profileIds.includes(hit.id)) continue;
        best.set(hit.id, Math.max(best.get(hit.id) ?? 0, hit.score));
      }
    }
    const ranked = [...best.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    const fresh: ProfileRecord[] = [];
    for (const id of ranked) {
      const profile = await findProfile(ctx.db, id);
      if (profile?.status === 'published' && profile.publishedAt && profile.publishedAt > since)
        fresh.push(profile);
      if (fresh.length === 10) break;
    }
    if (fresh.length === 0) continue;
    const language = asLanguage(person.language);
    const list = fresh
      .map(
        (p) => `- ${p.title[language] ?? p.title.en ?? ''}\n  ${ctx.config.publicUrl}/opportunities/${p.id}`,
      )
      .join('\n');
    await ctx.db.transaction(async (tx) => {
      await enqueueMail(tx, {
        to: person.email,
        language,
        subjectKey: 'mail.digest.subject',
        bodyKey: 'mail.digest.body',
        params: {
          name: person.name,
          count: fresh.length,
          list,
          link: `${ctx.config.publicUrl}/my/opportunities`,
        },
      });
      await recordDigest(
        tx,
        person.userId,
        now,
        fresh.map((p) => p.id),
      );
    });
    sent += 1;
  }
  return sent;
}
