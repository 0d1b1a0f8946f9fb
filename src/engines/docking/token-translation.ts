/**
 * The lexicon bridge: a token of one language expanded into the likely tokens of the six others,
 * with their probabilities. Pairs without English go through English word by word (and are averaged
 * with the direct table where the lexicon has one), so no whole table is ever composed: composing
 * the thirty non-English directions up front would cost more memory than the index itself.
 */
import { LANGUAGES, type Language } from '../../domain/vocabulary.js';
import type { TranslationSource } from './docking.types.js';

/** One translation of a token. */
export interface TokenTranslation {
  lang: Language;
  token: string;
  probability: number;
}

const PIVOT: Language = 'en';
const MAX_PIVOT_WORDS = 4;
/** Bounds the memo of expansions (a few hundred bytes each). */
const MAX_CACHED_TOKENS = 200_000;

function topTranslations(
  scores: ReadonlyMap<string, number>,
  lang: Language,
  keep: number,
  min: number,
): TokenTranslation[] {
  return [...scores]
    .filter(([, p]) => p >= min)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, keep)
    .map(([token, probability]) => ({ lang, token, probability }));
}

/** Expands tokens into the other corridor languages through a lexicon, memoising per token. */
export class TokenTranslator {
  private readonly cache = new Map<string, TokenTranslation[]>();

  constructor(
    private readonly lexicon: TranslationSource | undefined,
    private readonly perLanguage: number,
    private readonly minProbability: number,
  ) {}

  private probabilities(token: string, from: Language, to: Language): ReadonlyMap<string, number> {
    const lexicon = this.lexicon;
    if (lexicon === undefined) return new Map();
    const direct = lexicon.directTable(from, to)?.get(token);
    if (from === PIVOT || to === PIVOT) return direct ?? new Map();
    const viaPivot = new Map<string, number>();
    const second = lexicon.directTable(PIVOT, to);
    // Only the likeliest English words are carried on: the others cannot lift a translation above
    // the probability floor, and long rows would make a query's first expansion slow.
    const pivots = [...(lexicon.directTable(from, PIVOT)?.get(token) ?? [])]
      .filter(([, p]) => p >= this.minProbability)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, MAX_PIVOT_WORDS);
    for (const [pivotWord, p] of pivots) {
      for (const [word, q] of second?.get(pivotWord) ?? [])
        viaPivot.set(word, (viaPivot.get(word) ?? 0) + p * q);
    }
    if (direct === undefined) return viaPivot;
    const merged = new Map<string, number>();
    for (const table of [direct, viaPivot]) {
      for (const [word, p] of table) merged.set(word, (merged.get(word) ?? 0) + p / 2);
    }
    return merged;
  }

  /** The token's best translations in every other corridor language (numbers are not translated). */
  translate(token: string, from: Language): TokenTranslation[] {
    if (this.lexicon === undefined || /^\d+$/.test(token)) return [];
    const key = `${from}\u0000${token}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const out: TokenTranslation[] = [];
    for (const to of LANGUAGES) {
      if (to === from) continue;
      out.push(
        ...topTranslations(this.probabilities(token, from, to), to, this.perLanguage, this.minProbability),
      );
    }
    if (this.cache.size >= MAX_CACHED_TOKENS) this.cache.clear();
    this.cache.set(key, out);
    return out;
  }
}
