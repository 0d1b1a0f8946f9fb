/**
 * The corridor lexicon: bilingual tables between pairs of the seven languages, with translation
 * between languages that have no direct table composed through English.
 */
import type { Language } from '../../domain/vocabulary.js';
import { analyze } from '../text/index.js';
import { averageTables, composeTables, type PairLexicon } from './lexicon-training.js';
import type { TranslationTable } from './word-alignment.js';

/**
 * How the lexicon tokenises text: the text pipeline with sub-word units for Thai, Lao, Khmer and
 * Burmese. Training and every use of the tables must tokenise the same way.
 */
export function lexiconTokens(text: string, lang: Language): string[] {
  return analyze(text, lang, { subwords: true }).tokens;
}

/** The pivot language for pairs without a direct table. */
export const PIVOT_LANGUAGE: Language = 'en';

/** Canonical name of a pair: English first, otherwise alphabetical (`en-lo`, `lo-zh`). */
export function pairKey(x: Language, y: Language): string {
  if (x === PIVOT_LANGUAGE) return `${x}-${y}`;
  if (y === PIVOT_LANGUAGE) return `${y}-${x}`;
  return x < y ? `${x}-${y}` : `${y}-${x}`;
}

/** A set of pair lexicons that answers p(word in `to` | word in `from`) for any two languages. */
export class Lexicon {
  private readonly pairs = new Map<string, PairLexicon>();
  private readonly composed = new Map<string, TranslationTable | null>();

  /**
   * @param pairs the trained pair lexicons
   * @param hanReadings the usual pinyin (no tone) of each Chinese character, for name cues
   */
  constructor(
    pairs: Iterable<PairLexicon>,
    readonly hanReadings: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const pair of pairs) this.pairs.set(pairKey(pair.a, pair.b), pair);
  }

  /** The stored pair lexicons, in a stable order. */
  list(): PairLexicon[] {
    return [...this.pairs.keys()].sort().flatMap((key) => {
      const pair = this.pairs.get(key);
      return pair === undefined ? [] : [pair];
    });
  }

  /** The direct table from one language to another, if one was trained. */
  directTable(from: Language, to: Language): TranslationTable | null {
    const pair = this.pairs.get(pairKey(from, to));
    if (pair === undefined) return null;
    return pair.a === from ? pair.aToB : pair.bToA;
  }

  /**
   * p(to-word | from-word). Pairs with English use their own table. Other pairs average their direct
   * table (when one was trained) with the composition through English, which brings in what only
   * the larger English-paired material (TALPCo, CC-CEDICT) knows. Null when there is nothing to go
   * on, or from = to.
   */
  table(from: Language, to: Language): TranslationTable | null {
    if (from === to) return null;
    const direct = this.directTable(from, to);
    if (from === PIVOT_LANGUAGE || to === PIVOT_LANGUAGE) return direct;
    const key = `${from}>${to}`;
    if (this.composed.has(key)) return this.composed.get(key) ?? null;
    const first = this.directTable(from, PIVOT_LANGUAGE);
    const second = this.directTable(PIVOT_LANGUAGE, to);
    const pivot = first !== null && second !== null ? composeTables(first, second) : null;
    const table = direct !== null && pivot !== null ? averageTables(direct, pivot) : (direct ?? pivot);
    this.composed.set(key, table);
    return table;
  }
}
