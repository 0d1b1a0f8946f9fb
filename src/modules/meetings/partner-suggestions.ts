/**
 * Suggested meeting partners at an event. Pure: plain data in, ranked suggestions with their
 * reasons out. The score adds up
 *
 * - 3 per sector both participants work in (their own sectors and those of their linked profiles),
 *   1 per sector group they share without sharing the exact sector;
 * - 2 per keyword both use;
 * - 4 when one offers what the other seeks: an offer profile (technology or business) facing the
 *   matching request profile, or one side's keyword written in the other side's "what I seek" text;
 *   counted in each direction.
 *
 * - when the docking engine (src/engines/docking) matches one of my linked profiles with one of
 *   theirs: 3 to 8 points by the match's strength relative to my best docking match;
 * - when it matches their "what I offer" text with my "what I seek" (or mine with theirs), in any
 *   of the corridor's languages: 3 to 8 points each way by the match's strength relative to my best
 *   text match, replacing the keyword test of that direction.
 *
 * The sector and keyword points are the stop-gap from before docking existed; docking evidence is
 * added on top.
 */

/** What is known about a participant for matching. */
export interface MatchingFacts {
  registrationId: string;
  /** Sector codes, e.g. `agrifood.fertilisers`. */
  sectors: readonly string[];
  /** Lower-case keywords. */
  keywords: readonly string[];
  /** Kinds of the linked opportunity profiles, e.g. `technology_offer`. */
  profileKinds: readonly string[];
  /** "What I offer" in all its languages. */
  offerText: string;
  /** "What I seek" in all its languages. */
  seekText: string;
}

export type SuggestionReason =
  | { kind: 'shared_sector'; sector: string }
  | { kind: 'related_sector'; group: string }
  | { kind: 'shared_keyword'; keyword: string }
  | { kind: 'offers_what_you_seek' }
  | { kind: 'seeks_what_you_offer' }
  | { kind: 'docking_match'; profileId: string; matchedProfileId: string; strength: number }
  | { kind: 'text_match'; direction: TextDirection; terms: string[]; strength: number };

/** Whose text answers whose: their offer my need, or my offer their need. */
export type TextDirection = 'offers_what_you_seek' | 'seeks_what_you_offer';

/** The docking engine's match between one side's "what I offer" and the other's "what I seek". */
export interface TextEvidence {
  direction: TextDirection;
  /** The match's score relative to my best text match, 0..1. */
  strength: number;
  /** Concepts both texts name, in the reader's language. */
  terms: string[];
}

/** The docking engine's best match between one of my profiles and one of a participant's. */
export interface DockingEvidence {
  profileId: string;
  matchedProfileId: string;
  /** The match's score relative to my best docking match, 0..1. */
  strength: number;
}

export interface PartnerSuggestion {
  registrationId: string;
  score: number;
  reasons: SuggestionReason[];
}

/** Which offer kinds answer which request kinds. */
const ANSWERS: Readonly<Record<string, readonly string[]>> = {
  technology_request: ['technology_offer'],
  business_request: ['business_offer'],
  rd_request: ['technology_offer'],
};

function groupOf(sector: string): string {
  return sector.split('.')[0] ?? sector;
}

/** Whether `offering` offers something `seeking` seeks. */
function answers(offering: MatchingFacts, seeking: MatchingFacts): boolean {
  const byProfiles = seeking.profileKinds.some((requestKind) =>
    (ANSWERS[requestKind] ?? []).some((offerKind) => offering.profileKinds.includes(offerKind)),
  );
  if (byProfiles) return true;
  const sought = seeking.seekText.toLowerCase();
  return (
    sought.length > 0 && offering.keywords.some((keyword) => keyword.length >= 3 && sought.includes(keyword))
  );
}

/** How well `other` suits `me`, with the reasons; 0 and no reasons when nothing connects them. */
export function scorePartner(
  me: MatchingFacts,
  other: MatchingFacts,
  docking?: DockingEvidence,
  text: readonly TextEvidence[] = [],
): PartnerSuggestion {
  const reasons: SuggestionReason[] = [];
  let score = 0;
  const mySectors = new Set(me.sectors);
  const sharedGroups = new Set<string>();
  for (const sector of new Set(other.sectors)) {
    if (mySectors.has(sector)) {
      reasons.push({ kind: 'shared_sector', sector });
      score += 3;
      sharedGroups.add(groupOf(sector));
    }
  }
  const myGroups = new Set(me.sectors.map(groupOf));
  for (const group of new Set(other.sectors.map(groupOf))) {
    if (myGroups.has(group) && !sharedGroups.has(group)) {
      reasons.push({ kind: 'related_sector', group });
      score += 1;
    }
  }
  const myKeywords = new Set(me.keywords);
  for (const keyword of new Set(other.keywords)) {
    if (myKeywords.has(keyword)) {
      reasons.push({ kind: 'shared_keyword', keyword });
      score += 2;
    }
  }
  for (const [direction, offering, seeking] of [
    ['offers_what_you_seek', other, me],
    ['seeks_what_you_offer', me, other],
  ] as const) {
    const match = text.find((evidence) => evidence.direction === direction && evidence.strength > 0);
    if (match) {
      const strength = Math.min(1, match.strength);
      reasons.push({
        kind: 'text_match',
        direction,
        terms: match.terms,
        strength: Math.round(strength * 1000) / 1000,
      });
      score += 3 + Math.round(5 * strength);
    } else if (answers(offering, seeking)) {
      reasons.push({ kind: direction });
      score += 4;
    }
  }
  if (docking && docking.strength > 0) {
    const strength = Math.min(1, docking.strength);
    reasons.push({ kind: 'docking_match', ...docking, strength: Math.round(strength * 1000) / 1000 });
    score += 3 + Math.round(5 * strength);
  }
  return { registrationId: other.registrationId, score, reasons };
}

/**
 * The best partners for `me` among `others`, best first; those in `exclude` and unrelated ones left
 * out. `docking` and `text` hold the docking engine's evidence per participant, when there is any.
 */
export function suggestPartners(
  me: MatchingFacts,
  others: readonly MatchingFacts[],
  exclude: ReadonlySet<string>,
  limit: number,
  docking: ReadonlyMap<string, DockingEvidence> = new Map(),
  text: ReadonlyMap<string, readonly TextEvidence[]> = new Map(),
): PartnerSuggestion[] {
  return others
    .filter((other) => other.registrationId !== me.registrationId && !exclude.has(other.registrationId))
    .map((other) =>
      scorePartner(me, other, docking.get(other.registrationId), text.get(other.registrationId)),
    )
    .filter((suggestion) => suggestion.score > 0)
    .sort((a, b) => b.score - a.score || a.registrationId.localeCompare(b.registrationId))
    .slice(0, limit);
}
