/**
 * Word alignment on a sentence-aligned corpus: IBM Model 1 (Brown et al. 1993) with the optional
 * diagonal prior of fast_align (Dyer, Chahuneau, Smith 2013), trained by expectation maximisation,
 * and the symmetrisation of two directional alignments (intersection grown along the diagonal, as in
 * Koehn et al. 2003). Pure and deterministic: the same corpus always gives the same numbers.
 */

/** One sentence pair, already tokenised. */
export interface SentencePair {
  source: readonly string[];
  target: readonly string[];
}

/** Stands for "aligned to nothing": absorbs target words that translate no source word. */
export const NULL_TOKEN = '<null>';

export interface AlignmentModelOptions {
  /** EM iterations (default 6). */
  iterations?: number;
  /**
   * fast_align's diagonal tension λ: how strongly alignments prefer the diagonal. 0 is IBM Model 1;
   * 4 is fast_align's default.
   */
  diagonalTension?: number;
  /** Prior probability that a target word aligns to NULL (fast_align's p0; default 0.08). */
  nullProbability?: number;
}

/** p(target | source) for co-occurring words, source NULL_TOKEN included. */
export type TranslationTable = Map<string, Map<string, number>>;

/** A trained directional model: its table, and each sentence's best source position per target word. */
export interface AlignmentModel {
  table: TranslationTable;
  /** viterbi[k][j]: source position (1-based; 0 = NULL) best aligned to target word j of pair k. */
  viterbi: Int32Array[];
}

interface IndexedCorpus {
  sourceVocab: string[];
  targetVocab: string[];
  sources: Int32Array[];
  targets: Int32Array[];
}

function indexCorpus(pairs: readonly SentencePair[]): IndexedCorpus {
  const sourceIds = new Map<string, number>([[NULL_TOKEN, 0]]);
  const targetIds = new Map<string, number>();
  const idOf = (ids: Map<string, number>, word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = ids.size;
      ids.set(word, id);
    }
    return id;
  };
  const sources: Int32Array[] = [];
  const targets: Int32Array[] = [];
  for (const pair of pairs) {
    const source = new Int32Array(pair.source.length + 1);
    pair.source.forEach((w, i) => {
      source[i + 1] = idOf(sourceIds, w);
    });
    sources.push(source);
    targets.push(Int32Array.from(pair.target, (w) => idOf(targetIds, w)));
  }
  return { sourceVocab: [...sourceIds.keys()], targetVocab: [...targetIds.keys()], sources, targets };
}

/** fast_align's alignment prior for source position i (1..m) of target position j (1..n). */
function diagonalWeights(m: number, n: number, tension: number, p0: number): Float64Array[] {
  const rows: Float64Array[] = [];
  for (let j = 1; j <= n; j++) {
    const row = new Float64Array(m + 1);
    row[0] = p0;
    let z = 0;
    for (let i = 1; i <= m; i++) {
      const w = Math.exp(-tension * Math.abs(i / m - j / n));
      row[i] = w;
      z += w;
    }
    for (let i = 1; i <= m; i++) row[i] = ((row[i] ?? 0) / z) * (1 - p0);
    rows.push(row);
  }
  return rows;
}

/** Trains one direction, p(target | source), by EM. */
export function trainAlignmentModel(
  pairs: readonly SentencePair[],
  options: AlignmentModelOptions = {},
): AlignmentModel {
  const iterations = options.iterations ?? 6;
  const tension = options.diagonalTension ?? 0;
  const p0 = options.nullProbability ?? 0.08;
  const corpus = indexCorpus(pairs);
  const nTarget = Math.max(1, corpus.targetVocab.length);

  // Every co-occurring (source, target) word pair gets a slot; cells[k] lists the slots of pair k
  // row by row (target position j, then source position i including NULL).
  const slotOf = new Map<number, number>();
  const slotSource: number[] = [];
  const slotTarget: number[] = [];
  const cells: Int32Array[] = [];
  for (let k = 0; k < corpus.sources.length; k++) {
    const source = corpus.sources[k] ?? new Int32Array(0);
    const target = corpus.targets[k] ?? new Int32Array(0);
    const row = new Int32Array(source.length * target.length);
    for (let j = 0; j < target.length; j++) {
      for (let i = 0; i < source.length; i++) {
        const s = source[i] ?? 0;
        const t = target[j] ?? 0;
        const key = s * nTarget + t;
        let slot = slotOf.get(key);
        if (slot === undefined) {
          slot = slotSource.length;
          slotOf.set(key, slot);
          slotSource.push(s);
          slotTarget.push(t);
        }
        row[j * source.length + i] = slot;
      }
    }
    cells.push(row);
  }

  const probability = new Float64Array(slotSource.length).fill(1 / nTarget);
  const counts = new Float64Array(slotSource.length);
  const totals = new Float64Array(corpus.sourceVocab.length);
  const priorCache = new Map<number, Float64Array[]>();
  const priorFor = (m: number, n: number): Float64Array[] => {
    const key = m * 100_000 + n;
    let rows = priorCache.get(key);
    if (rows === undefined) {
      rows = diagonalWeights(m, n, tension, p0);
      priorCache.set(key, rows);
    }
    return rows;
  };

  for (let iteration = 0; iteration < iterations; iteration++) {
    counts.fill(0);
    totals.fill(0);
    for (let k = 0; k < cells.length; k++) {
      const row = cells[k] ?? new Int32Array(0);
      const width = (corpus.sources[k] ?? new Int32Array(1)).length;
      const n = (corpus.targets[k] ?? new Int32Array(0)).length;
      const prior = priorFor(width - 1, n);
      for (let j = 0; j < n; j++) {
        const weights = prior[j] ?? new Float64Array(width);
        let denominator = 0;
        for (let i = 0; i < width; i++) {
          denominator += (probability[row[j * width + i] ?? 0] ?? 0) * (weights[i] ?? 0);
        }
        if (denominator <= 0) continue;
        for (let i = 0; i < width; i++) {
          const slot = row[j * width + i] ?? 0;
          const posterior = ((probability[slot] ?? 0) * (weights[i] ?? 0)) / denominator;
          counts[slot] = (counts[slot] ?? 0) + posterior;
        }
      }
    }
    for (let slot = 0; slot < counts.length; slot++) {
      const s = slotSource[slot] ?? 0;
      totals[s] = (totals[s] ?? 0) + (counts[slot] ?? 0);
    }
    for (let slot = 0; slot < counts.length; slot++) {
      const total = totals[slotSource[slot] ?? 0] ?? 0;
      probability[slot] = total > 0 ? (counts[slot] ?? 0) / total : 0;
    }
  }

  const table: TranslationTable = new Map();
  for (let slot = 0; slot < probability.length; slot++) {
    const p = probability[slot] ?? 0;
    if (p <= 0) continue;
    const source = corpus.sourceVocab[slotSource[slot] ?? 0] ?? NULL_TOKEN;
    const target = corpus.targetVocab[slotTarget[slot] ?? 0] ?? '';
    let row = table.get(source);
    if (row === undefined) {
      row = new Map();
      table.set(source, row);
    }
    row.set(target, p);
  }

  const viterbi = cells.map((row, k) => {
    const width = (corpus.sources[k] ?? new Int32Array(1)).length;
    const n = (corpus.targets[k] ?? new Int32Array(0)).length;
    const prior = priorFor(width - 1, n);
    const best = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      const weights = prior[j] ?? new Float64Array(width);
      let bestScore = -1;
      for (let i = 0; i < width; i++) {
        const score = (probability[row[j * width + i] ?? 0] ?? 0) * (weights[i] ?? 0);
        if (score > bestScore) {
          bestScore = score;
          best[j] = i;
        }
      }
    }
    return best;
  });
  return { table, viterbi };
}

/**
 * Symmetrises two directional Viterbi alignments of the same corpus (forward: source→target,
 * backward: target→source) into links, "grow-diag": the intersection, grown by union links next to
 * an existing link that join a so far unaligned word. Returns, per pair, [sourceIndex, targetIndex]
 * links (0-based, NULL excluded).
 */
export function symmetrize(
  pairs: readonly SentencePair[],
  forward: readonly Int32Array[],
  backward: readonly Int32Array[],
): [number, number][][] {
  return pairs.map((pair, k) => {
    const m = pair.source.length;
    const n = pair.target.length;
    const fwd = forward[k] ?? new Int32Array(n);
    const bwd = backward[k] ?? new Int32Array(m);
    const union = new Set<number>();
    const links = new Set<number>();
    for (let j = 0; j < n; j++) {
      const i = (fwd[j] ?? 0) - 1;
      if (i >= 0) union.add(i * n + j);
    }
    for (let i = 0; i < m; i++) {
      const j = (bwd[i] ?? 0) - 1;
      if (j < 0) continue;
      const key = i * n + j;
      if (union.has(key)) links.add(key);
      else union.add(key);
    }
    const sourceAligned = new Uint8Array(m);
    const targetAligned = new Uint8Array(n);
    for (const key of links) {
      sourceAligned[Math.floor(key / n)] = 1;
      targetAligned[key % n] = 1;
    }
    let grew = true;
    while (grew) {
      grew = false;
      for (const key of [...links].sort((a, b) => a - b)) {
        const i0 = Math.floor(key / n);
        const j0 = key % n;
        for (let di = -1; di <= 1; di++) {
          for (let dj = -1; dj <= 1; dj++) {
            const i = i0 + di;
            const j = j0 + dj;
            if (i < 0 || j < 0 || i >= m || j >= n) continue;
            const candidate = i * n + j;
            if (links.has(candidate) || !union.has(candidate)) continue;
            if (sourceAligned[i] === 1 && targetAligned[j] === 1) continue;
            links.add(candidate);
            sourceAligned[i] = 1;
            targetAligned[j] = 1;
            grew = true;
          }
        }
      }
    }
    return [...links].sort((a, b) => a - b).map((key) => [Math.floor(key / n), key % n] as [number, number]);
  });
}
