/**
 * From tokenised parallel sentences to a bilingual lexicon: alignment models trained in both
 * directions, symmetrised, and their translation probabilities blended and pruned. Pure.
 */
import type { Language } from '../../domain/vocabulary.js';
import {
  type AlignmentModelOptions,
  NULL_TOKEN,
  type SentencePair,
  symmetrize,
  type TranslationTable,
  trainAlignmentModel,
} from './word-alignment.js';

/** A bilingual lexicon between languages a and b, with a translation table in each direction. */
export interface PairLexicon {
  a: Language;
  b: Language;
  /** p(b-word | a-word). */
  aToB: TranslationTable;
  /** p(a-word | b-word). */
  bToA: TranslationTable;
}

export interface LexiconTrainingOptions extends AlignmentModelOptions {
  /**
   * Weight of the symmetrised-alignment estimate against the directional EM estimate (0..1). The
   * EM table knows every co-occurrence; the symmetrised links are sparser but far more precise.
   */
  symmetricWeight?: number;
  /** Entries below this probability are dropped (default 0.003). */
  minProbability?: number;
  /** At most this many translations are kept per word (default 30). */
  maxTranslations?: number;
}

function linkTables(pairs: readonly SentencePair[], links: readonly [number, number][][]) {
  const counts = new Map<string, Map<string, number>>();
  const reverse = new Map<string, Map<string, number>>();
  const add = (table: Map<string, Map<string, number>>, x: string, y: string) => {
    let row = table.get(x);
    if (row === undefined) {
      row = new Map();
      table.set(x, row);
    }
    row.set(y, (row.get(y) ?? 0) + 1);
  };
  pairs.forEach((pair, k) => {
    for (const [i, j] of links[k] ?? []) {
      const source = pair.source[i];
      const target = pair.target[j];
      if (source === undefined || target === undefined) continue;
      add(counts, source, target);
      add(reverse, target, source);
    }
  });
  const normalise = (table: Map<string, Map<string, number>>): TranslationTable => {
    const out: TranslationTable = new Map();
    for (const [x, row] of table) {
      let total = 0;
      for (const c of row.values()) total += c;
      out.set(x, new Map([...row].map(([y, c]) => [y, c / total])));
    }
    return out;
  };
  return { forward: normalise(counts), backward: normalise(reverse) };
}

/** The `max` most probable entries of a row at or above `min`, ties in word order. */
function pruneRow(row: Map<string, number>, min: number, max: number): Map<string, number> {
  return new Map(
    [...row]
      .filter(([, p]) => p >= min)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, max),
  );
}

/** Weighted sum of conditional tables, pruned per word; a missing entry counts as 0. */
function mixTables(
  parts: readonly { table: TranslationTable; weight: number }[],
  min: number,
  max: number,
): TranslationTable {
  const out: TranslationTable = new Map();
  const words = new Set(parts.flatMap(({ table }) => [...table.keys()]));
  words.delete(NULL_TOKEN);
  for (const word of [...words].sort()) {
    const mixed = new Map<string, number>();
    for (const { table, weight } of parts) {
      for (const [y, p] of table.get(word) ?? []) mixed.set(y, (mixed.get(y) ?? 0) + weight * p);
    }
    const kept = pruneRow(mixed, min, max);
    if (kept.size > 0) out.set(word, kept);
  }
  return out;
}

/**
 * Trains the lexicon of a language pair from aligned token lists (`a[k]` translates `b[k]`). Extra
 * pairs (dictionary entries as tiny "sentences") may be mixed in.
 */
export function trainPairLexicon(
  a: Language,
  b: Language,
  pairs: readonly SentencePair[],
  options: LexiconTrainingOptions = {},
): PairLexicon {
  const usable = pairs.filter((p) => p.source.length > 0 && p.target.length > 0);
  const reversed = usable.map((p) => ({ source: p.target, target: p.source }));
  const alignment = { diagonalTension: 2, ...options };
  const forward = trainAlignmentModel(usable, alignment);
  const backward = trainAlignmentModel(reversed, alignment);
  const links = symmetrize(usable, forward.viterbi, backward.viterbi);
  const symmetric = linkTables(usable, links);
  const weight = options.symmetricWeight ?? 0.2;
  const min = options.minProbability ?? 0.003;
  const max = options.maxTranslations ?? 30;
  return {
    a,
    b,
    aToB: mixTables(
      [
        { table: forward.table, weight: 1 - weight },
        { table: symmetric.forward, weight },
      ],
      min,
      max,
    ),
    bToA: mixTables(
      [
        { table: backward.table, weight: 1 - weight },
        { table: symmetric.backward, weight },
      ],
      min,
      max,
    ),
  };
}

/**
 * Composes a→pivot and pivot→c tables into a→c: p(c|a) = Σ_pivot p(c|pivot) p(pivot|a), pruned.
 */
export function composeTables(
  first: TranslationTable,
  second: TranslationTable,
  min = 0.01,
  max = 12,
): TranslationTable {
  const out: TranslationTable = new Map();
  for (const word of [...first.keys()].sort()) {
    const composed = new Map<string, number>();
    for (const [pivot, p] of first.get(word) ?? []) {
      for (const [y, q] of second.get(pivot) ?? []) composed.set(y, (composed.get(y) ?? 0) + p * q);
    }
    const kept = pruneRow(composed, min, max);
    if (kept.size > 0) out.set(word, kept);
  }
  return out;
}

/** The average of two tables, p = (p1 + p2) / 2, pruned; a missing entry counts as 0. */
export function averageTables(
  first: TranslationTable,
  second: TranslationTable,
  min = 0.003,
  max = 30,
): TranslationTable {
  return mixTables(
    [
      { table: first, weight: 0.5 },
      { table: second, weight: 0.5 },
    ],
    min,
    max,
  );
}
