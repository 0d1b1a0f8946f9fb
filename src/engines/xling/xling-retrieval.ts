/**
 * Cross-lingual retrieval: for each source sentence in one language, rank candidate sentences in
 * another. Pure: texts, languages and a lexicon in; scores and rankings out.
 */
import type { Language } from '../../domain/vocabulary.js';
import { type Lexicon, lexiconTokens } from '../lexicon/lexicon.js';
import type { TranslationTable } from '../lexicon/word-alignment.js';
import { normalizeText, porterStem, stopWordsOf } from '../text/index.js';
import { latinNameSkeletons, nameCueMatrix, sentenceSkeletons } from './name-cues.js';

/** Weights of the evidence combined into one pair score. */
export interface XlingWeights {
  /** tf-idf cosine of the source translated into the target language against the target. */
  forward: number;
  /** tf-idf cosine of the target translated into the source language against the source. */
  backward: number;
  /** Agreement of the numbers in both texts. */
  numbers: number;
  /** Log-likelihood of the length ratio. */
  length: number;
  /** Mean log-probability of each target word under the translated source (IBM Model 1 style), both ways. */
  likelihood: number;
  /** Transliterated names found on both sides (when one side is written in Latin letters). */
  names: number;
}

export interface XlingOptions {
  weights?: Partial<XlingWeights>;
  /** Neighbourhood size of the CSLS hubness correction; 0 turns it off. */
  cslsNeighbours?: number;
  /**
   * One-to-one matching across the pool (competitive linking): when every source has its own
   * translation among the targets, each target is first given to the source that wants it most,
   * and that pair moves to the top of the source's ranking.
   */
  oneToOne?: boolean;
}

/** Weights chosen on training material only (NTREX lines 1-1000 in two folds, TALPCo included). */
export const DEFAULT_WEIGHTS: XlingWeights = {
  forward: 1,
  backward: 1,
  likelihood: 0.15,
  numbers: 0.3,
  length: 0.8,
  names: 0.02,
};

/** One side of the retrieval task, analysed. */
interface PreparedSide {
  lang: Language;
  tokens: string[][];
  numbers: Set<string>[];
  /** Letters and digits per text (a proxy of content length that ignores spacing conventions). */
  lengths: number[];
  idf: Map<string, number>;
  /**
   * Tokens by identity key, for words both languages write alike (numbers, Latin names): English
   * tokens are stems, so a Vietnamese `wales` must meet English `wale`.
   */
  identity: Map<string, string[]>;
  /** tf-idf vectors, unit length. */
  vectors: Map<string, number>[];
}

function prepareSide(texts: readonly string[], lang: Language): PreparedSide {
  const tokens = texts.map((text) => lexiconTokens(text, lang));
  const df = new Map<string, number>();
  for (const list of tokens) for (const w of new Set(list)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = texts.length;
  const idf = new Map<string, number>();
  for (const [w, d] of df) idf.set(w, Math.log(1 + n / d));
  const vectors = tokens.map((list) => unit(weightedCounts(list, idf)));
  const identity = new Map<string, string[]>();
  for (const w of idf.keys()) {
    const key = identityKey(w);
    const list = identity.get(key);
    if (list === undefined) identity.set(key, [w]);
    else list.push(w);
  }
  const numbers = tokens.map((list) => new Set(list.filter((w) => /^\d+$/.test(w))));
  const lengths = texts.map((text) => Math.max(1, normalizeText(text).replace(/[^\p{L}\p{N}]/gu, '').length));
  return { lang, tokens, numbers, lengths, idf, identity, vectors };
}

/** English tokens are stems, so words written alike in both languages meet on their stems. */
function identityKey(token: string): string {
  return /^[a-z]+$/.test(token) ? porterStem(token) : token;
}

/** Term frequency times idf. */
function weightedCounts(tokens: readonly string[], idf: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of tokens) out.set(w, (out.get(w) ?? 0) + (idf.get(w) ?? 0));
  return out;
}

/** Scales a vector to length 1 (in place). */
function unit(vector: Map<string, number>): Map<string, number> {
  let norm = 0;
  for (const v of vector.values()) norm += v * v;
  norm = Math.sqrt(norm);
  if (norm === 0) return vector;
  for (const [k, v] of vector) vector.set(k, v / norm);
  return vector;
}

/**
 * Weighted words carried into the other language through p(other|word). A word the table knows
 * little about (less than half its probability mass lands in the other side's vocabulary) also maps
 * to the words the other side writes the same way: numbers, Latin names, acronyms.
 */
function translateWeights(
  weights: Iterable<[string, number]>,
  table: TranslationTable | null,
  target: PreparedSide,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [w, weight] of weights) {
    let mass = 0;
    for (const [y, p] of table?.get(w) ?? []) {
      if (!target.idf.has(y)) continue;
      out.set(y, (out.get(y) ?? 0) + weight * p);
      mass += p;
    }
    if (mass < 0.5) {
      for (const y of target.identity.get(identityKey(w)) ?? []) {
        out.set(y, (out.get(y) ?? 0) + weight * (1 - mass));
      }
    }
  }
  return out;
}

/** A tf-idf vector carried into the target language, re-weighted by the target's idf, unit length. */
function translateVector(
  vector: Map<string, number>,
  table: TranslationTable | null,
  target: PreparedSide,
): Map<string, number> {
  const out = translateWeights(vector, table, target);
  for (const [y, v] of out) out.set(y, v * (target.idf.get(y) ?? 0));
  return unit(out);
}

const LIKELIHOOD_FLOOR = 1e-4;

/**
 * Translation likelihood of every document given every query: the mean over the document's
 * tokens of log p(token | query), p(token | query) being the query's words' translation
 * probabilities averaged over the query (IBM Model 1 without the NULL word).
 */
function likelihoodMatrix(
  queries: PreparedSide,
  table: TranslationTable | null,
  documents: PreparedSide,
): Float64Array[] {
  return queries.tokens.map((tokens) => {
    const share = new Map<string, number>();
    for (const w of tokens) share.set(w, (share.get(w) ?? 0) + 1 / tokens.length);
    const bag = translateWeights(share, table, documents);
    return Float64Array.from(documents.tokens, (doc) => {
      if (doc.length === 0) return Math.log(LIKELIHOOD_FLOOR);
      let sum = 0;
      for (const y of doc) sum += Math.log(LIKELIHOOD_FLOOR + (bag.get(y) ?? 0));
      return sum / doc.length;
    });
  });
}

/** Inverted index of one side's vectors: token → (text index, weight). */
function postings(side: PreparedSide): Map<string, { doc: Int32Array; weight: Float64Array }> {
  const lists = new Map<string, { doc: number[]; weight: number[] }>();
  side.vectors.forEach((vector, doc) => {
    for (const [w, v] of vector) {
      let list = lists.get(w);
      if (list === undefined) {
        list = { doc: [], weight: [] };
        lists.set(w, list);
      }
      list.doc.push(doc);
      list.weight.push(v);
    }
  });
  const out = new Map<string, { doc: Int32Array; weight: Float64Array }>();
  for (const [w, list] of lists)
    out.set(w, { doc: Int32Array.from(list.doc), weight: Float64Array.from(list.weight) });
  return out;
}

/** Cosines of every query (translated) against every document of a side: rows = queries. */
function cosineMatrix(queries: readonly Map<string, number>[], documents: PreparedSide): Float64Array[] {
  const index = postings(documents);
  const m = documents.vectors.length;
  return queries.map((query) => {
    const row = new Float64Array(m);
    for (const [w, q] of query) {
      const list = index.get(w);
      if (list === undefined) continue;
      for (let k = 0; k < list.doc.length; k++) {
        const doc = list.doc[k] ?? 0;
        row[doc] = (row[doc] ?? 0) + q * (list.weight[k] ?? 0);
      }
    }
    return row;
  });
}

/** The median (0 for no values). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Mean of the k largest values of a row. */
function meanTopK(values: ArrayLike<number>, k: number): number {
  const top: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    if (top.length < k) {
      top.push(v);
      top.sort((a, b) => a - b);
    } else if (v > (top[0] ?? 0)) {
      top[0] = v;
      top.sort((a, b) => a - b);
    }
  }
  return top.length === 0 ? 0 : top.reduce((s, v) => s + v, 0) / top.length;
}

const LATIN_LANGUAGES: ReadonlySet<Language> = new Set(['en', 'vi']);

/** Name-cue matrix (rows sources) when exactly one side is written in Latin letters, else null. */
function nameCues(
  sources: readonly string[],
  sourceLang: Language,
  targets: readonly string[],
  targetLang: Language,
  lexicon: Lexicon,
): Float64Array[] | null {
  const sourceLatin = LATIN_LANGUAGES.has(sourceLang);
  if (sourceLatin === LATIN_LANGUAGES.has(targetLang)) return null;
  const common = new Set([...stopWordsOf('en'), ...stopWordsOf('vi')]);
  const [latinTexts, otherTexts, otherLang] = sourceLatin
    ? [sources, targets, targetLang]
    : [targets, sources, sourceLang];
  const matrix = nameCueMatrix(
    latinTexts.map((text) => latinNameSkeletons(text, common)),
    otherTexts.map((text) => sentenceSkeletons(text, otherLang, lexicon.hanReadings)),
  );
  if (sourceLatin) return matrix;
  // Transpose so that rows are sources.
  return sources.map((_, i) => Float64Array.from(matrix, (row) => row[i] ?? 0));
}

/** Scores of every (source, target) pair: rows are sources. */
export interface XlingScores {
  scores: Float64Array[];
}

/**
 * Scores every source against every target: lexical evidence both ways (tf-idf cosine and
 * translation likelihood), numbers, names and length, then the CSLS hubness correction (a target
 * close to every source is worth less) and, optionally, one-to-one matching.
 */
export function scoreCandidates(
  sources: readonly string[],
  sourceLang: Language,
  targets: readonly string[],
  targetLang: Language,
  lexicon: Lexicon,
  options: XlingOptions = {},
): XlingScores {
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const src = prepareSide(sources, sourceLang);
  const tgt = prepareSide(targets, targetLang);
  const forwardTable = lexicon.table(sourceLang, targetLang);
  const backwardTable = lexicon.table(targetLang, sourceLang);
  const forward = cosineMatrix(
    src.vectors.map((v) => translateVector(v, forwardTable, tgt)),
    tgt,
  );
  const backward = cosineMatrix(
    tgt.vectors.map((v) => translateVector(v, backwardTable, src)),
    src,
  );
  const forwardLikelihood = weights.likelihood !== 0 ? likelihoodMatrix(src, forwardTable, tgt) : null;
  const backwardLikelihood = weights.likelihood !== 0 ? likelihoodMatrix(tgt, backwardTable, src) : null;
  const names = nameCues(sources, sourceLang, targets, targetLang, lexicon);
  // The typical length ratio of this language pair, estimated from the pools themselves.
  const logRatio = median(tgt.lengths.map(Math.log)) - median(src.lengths.map(Math.log));
  const n = sources.length;
  const m = targets.length;
  const scores: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(m);
    const f = forward[i] ?? new Float64Array(m);
    const sourceNumbers = src.numbers[i] ?? new Set<string>();
    const sourceLength = Math.log(src.lengths[i] ?? 1);
    for (let j = 0; j < m; j++) {
      const b = backward[j]?.[i] ?? 0;
      let score = weights.forward * (f[j] ?? 0) + weights.backward * b;
      if (names !== null) score += weights.names * (names[i]?.[j] ?? 0);
      if (forwardLikelihood !== null && backwardLikelihood !== null) {
        score += weights.likelihood * ((forwardLikelihood[i]?.[j] ?? 0) + (backwardLikelihood[j]?.[i] ?? 0));
      }
      const targetNumbers = tgt.numbers[j] ?? new Set<string>();
      if (sourceNumbers.size > 0 || targetNumbers.size > 0) {
        let shared = 0;
        for (const x of sourceNumbers) if (targetNumbers.has(x)) shared++;
        const union = sourceNumbers.size + targetNumbers.size - shared;
        score += weights.numbers * ((2 * shared) / Math.max(1, union) - 0.5);
      }
      const deviation = Math.log(tgt.lengths[j] ?? 1) - sourceLength - logRatio;
      score -= weights.length * deviation * deviation;
      row[j] = score;
    }
    scores.push(row);
  }
  applyCsls(scores, options.cslsNeighbours ?? 10);
  const result = { scores };
  return options.oneToOne === true ? matchOneToOne(result) : result;
}

/**
 * Cross-domain similarity local scaling (Conneau et al. 2018): 2·s(i,j) minus the mean of the k best
 * scores of source i and of target j, so that "hub" targets close to every source lose their edge.
 * In place.
 */
function applyCsls(scores: Float64Array[], k: number): void {
  const n = scores.length;
  const m = scores[0]?.length ?? 0;
  if (k <= 0 || n <= 1 || m <= 1) return;
  const rowMean = scores.map((row) => meanTopK(row, Math.min(k, m)));
  const column = new Float64Array(n);
  const colMean = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < n; i++) column[i] = scores[i]?.[j] ?? 0;
    colMean[j] = meanTopK(column, Math.min(k, n));
  }
  for (let i = 0; i < n; i++) {
    const row = scores[i];
    if (row === undefined) continue;
    for (let j = 0; j < m; j++) row[j] = 2 * (row[j] ?? 0) - (rowMean[i] ?? 0) - (colMean[j] ?? 0);
  }
}

/**
 * One-to-one matching by competitive linking (Melamed 2000), for pools where each source has its own
 * translation among the targets: take pairs best first, link a pair when neither side is linked
 * yet, and lift each link above everything else in its source's row. Returns new scores.
 */
export function matchOneToOne(input: XlingScores): XlingScores {
  const scores = input.scores.map((row) => Float64Array.from(row));
  promoteCompetitiveLinks(scores);
  return { scores };
}

function promoteCompetitiveLinks(scores: Float64Array[]): void {
  const n = scores.length;
  const m = scores[0]?.length ?? 0;
  if (n === 0 || m === 0) return;
  // Only each row's few best candidates can win a link early; considering the top 50 per row keeps
  // the sort small without changing the result in practice.
  const perRow = Math.min(m, 50);
  const candidates: { i: number; j: number; score: number }[] = [];
  scores.forEach((row, i) => {
    const order = Int32Array.from(row.keys()).sort((a, b) => (row[b] ?? 0) - (row[a] ?? 0) || a - b);
    for (let r = 0; r < perRow; r++) {
      const j = order[r] ?? 0;
      candidates.push({ i, j, score: row[j] ?? 0 });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const sourceLinked = new Uint8Array(n);
  const targetLinked = new Uint8Array(m);
  for (const { i, j } of candidates) {
    if (sourceLinked[i] === 1 || targetLinked[j] === 1) continue;
    sourceLinked[i] = 1;
    targetLinked[j] = 1;
    const row = scores[i];
    if (row === undefined) continue;
    let best = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < m; k++) best = Math.max(best, row[k] ?? 0);
    row[j] = best + 1;
  }
}

/** Target indices of each source, best first (ties broken by index). */
export function rankCandidates(scores: XlingScores): Int32Array[] {
  return scores.scores.map((row) => {
    const order = Int32Array.from(row.keys());
    order.sort((a, b) => (row[b] ?? 0) - (row[a] ?? 0) || a - b);
    return order;
  });
}

/** Retrieval quality when source i's translation is target i. */
export interface XlingMetrics {
  precisionAt1: number;
  mrr: number;
  n: number;
}

/** Precision at 1 and mean reciprocal rank for line-aligned sources and targets. */
export function evaluateAligned(scores: XlingScores): XlingMetrics {
  let hits = 0;
  let reciprocal = 0;
  const n = scores.scores.length;
  scores.scores.forEach((row, i) => {
    const gold = row[i] ?? Number.NEGATIVE_INFINITY;
    let better = 0;
    for (let j = 0; j < row.length; j++) {
      const v = row[j] ?? 0;
      if (v > gold || (v === gold && j < i)) better++;
    }
    if (better === 0) hits++;
    reciprocal += 1 / (better + 1);
  });
  return { precisionAt1: n === 0 ? 0 : hits / n, mrr: n === 0 ? 0 : reciprocal / n, n };
}
