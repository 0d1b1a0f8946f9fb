/**
 * Pruned top-k retrieval against exhaustive scoring. The index ranks with MaxScore and per-term
 * bounds (the largest pseudo frequency of each posting list, corrected for the drift of the average
 * field lengths since the last compaction); here every document is scored from scratch with the
 * same BM25F formula, and the index's top k must be the reference's top k (up to exact ties).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COOPERATION_TYPES,
  CORRIDOR_COUNTRIES,
  ORGANISATION_KINDS,
  PROFILE_KINDS,
  PROFILE_STATUSES,
} from '../../domain/vocabulary.js';
import { analyze } from '../text/index.js';
import { compatibility, complementaryKinds, isResearchOrganisation } from './complementary-kinds.js';
import { ConceptMatcher } from './concept-matcher.js';
import type { DockingDocument, DocumentTokens, TermConcept } from './docking.types.js';
import { DEFAULT_DOCKING_WEIGHTS, DockingIndex, type WeightedTerm } from './docking-index.js';

/** Few words, so that posting lists are long relative to the index and bounds decide. */
const WORDS = ['potash', 'mine', 'rice', 'solar', 'drone', 'tin', 'rail', 'salt', 'tea', 'silk'];
for (const word of WORDS) if (analyze(word, 'en').tokens.join() !== word) throw new Error(`unstable ${word}`);
const CONCEPTS: TermConcept[] = [
  { id: 'c.potash-mine', sectors: [], terms: { en: ['potash mine'] } },
  { id: 'c.solar', sectors: [], terms: { en: ['solar'] } },
  { id: 'c.rice-tea', sectors: [], terms: { en: ['rice tea', 'tea'] } },
];
const SECTORS = ['agrifood.fertilisers', 'mining.minerals_processing', 'green.clean_energy'];

/** Skewed word frequencies (as in real text): a few words are everywhere, most are rare. */
const wordArb = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('potash', 'mine') },
  { weight: 4, arbitrary: fc.constantFrom('rice', 'solar', 'drone') },
  { weight: 1, arbitrary: fc.constantFrom('tin', 'rail', 'salt', 'tea', 'silk') },
);
const fieldArb = (max: number) => fc.array(wordArb, { maxLength: max });
const documentArb = fc.record({
  kind: fc.constantFrom(...PROFILE_KINDS),
  status: fc.constantFrom(...PROFILE_STATUSES),
  country: fc.constantFrom(...CORRIDOR_COUNTRIES),
  organisationKind: fc.option(fc.constantFrom(...ORGANISATION_KINDS), { nil: null }),
  trl: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  cooperationTypes: fc.subarray([...COOPERATION_TYPES], { maxLength: 3 }),
  sectors: fc.subarray(SECTORS, { maxLength: 2 }),
  keywords: fc.subarray(['potash', 'solar power', 'rail'], { maxLength: 2 }),
  targetCountries: fc.subarray([...CORRIDOR_COUNTRIES], { maxLength: 2 }),
  title: fieldArb(4),
  summary: fieldArb(8),
  body: fieldArb(40),
});
type GeneratedDocument = typeof documentArb extends fc.Arbitrary<infer T> ? T : never;

interface Item {
  document: DockingDocument;
  tokens: DocumentTokens;
}

function toItem(g: GeneratedDocument, id: string): Item {
  const run = (tokens: string[]) => (tokens.length === 0 ? [] : [{ lang: 'en' as const, tokens }]);
  return {
    document: {
      id,
      kind: g.kind,
      status: g.status,
      originalLanguage: 'en',
      country: g.country,
      organisationKind: g.organisationKind,
      title: { en: g.title.join(' ') },
      summary: { en: g.summary.join(' ') },
      body: { en: g.body.join(' ') },
      trl: g.trl,
      cooperationTypes: g.cooperationTypes,
      sectors: g.sectors,
      keywords: g.keywords,
      isic: [],
      targetCountries: g.targetCountries,
    },
    tokens: { title: run(g.title), summary: run(g.summary), body: run(g.body) },
  };
}

const matcher = new ConceptMatcher(CONCEPTS);

/** Per term, the document's frequency in title, summary and body; facets count once in the body. */
function termFrequencies(item: Item): Map<string, [number, number, number]> {
  const out = new Map<string, [number, number, number]>();
  const count = (term: string, field: number) => {
    const f = out.get(term) ?? [0, 0, 0];
    f[field] = (f[field] ?? 0) + 1;
    out.set(term, f);
  };
  [item.tokens.title, item.tokens.summary, item.tokens.body].forEach((runs, field) => {
    for (const run of runs) {
      for (const token of run.tokens) count(token, field);
      for (const found of matcher.find(run.tokens))
        count(`concept:${CONCEPTS[found.concept]?.id ?? ''}`, field);
    }
  });
  const d = item.document;
  for (const s of d.sectors) out.set(`sector:${s}`, [0, 0, 1]);
  for (const k of d.keywords) out.set(`kw:${k.trim().toLowerCase()}`, [0, 0, 1]);
  return out;
}

/** Every live document's BM25F score for the weighted terms, computed from scratch. */
function exhaustiveScores(live: readonly Item[], terms: readonly WeightedTerm[]): Map<string, number> {
  const w = DEFAULT_DOCKING_WEIGHTS;
  const n = live.length;
  const frequencies = live.map(termFrequencies);
  const lengths = live.map((item) =>
    [item.tokens.title, item.tokens.summary, item.tokens.body].map((runs) =>
      runs.reduce((sum, run) => sum + run.tokens.length, 0),
    ),
  );
  const average = [0, 1, 2].map((f) => Math.max(lengths.reduce((s, l) => s + (l[f] ?? 0), 0) / n, 1));
  const fieldWeight = [w.titleWeight, w.summaryWeight, w.bodyWeight];
  const fieldB = [w.titleB, w.summaryB, w.bodyB];
  const scores = new Map<string, number>();
  live.forEach((item, d) => {
    let score = 0;
    for (const { term, weight } of terms) {
      const f = frequencies[d]?.get(term);
      if (f === undefined) continue;
      const df = frequencies.filter((m) => m.has(term)).length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      if (/^(sector|kw|isic):/.test(term)) {
        score += weight * idf;
        continue;
      }
      let tfn = 0;
      for (let field = 0; field < 3; field++) {
        const b = fieldB[field] ?? 0;
        const length = lengths[d]?.[field] ?? 0;
        tfn += ((fieldWeight[field] ?? 0) * (f[field] ?? 0)) / (1 - b + (b * length) / (average[field] ?? 1));
      }
      score += (weight * idf * (w.k1 + 1) * tfn) / (w.k1 + tfn);
    }
    if (score > 0) scores.set(item.document.id, score);
  });
  return scores;
}

/** The returned hits are the best k of `reference` (restricted to `eligible`), scores within rounding. */
function expectTopK(
  hits: readonly { id: string; score: number }[],
  reference: Map<string, number>,
  eligible: (id: string) => boolean,
  k: number,
): void {
  const candidates = [...reference].filter(([id]) => eligible(id));
  expect(hits.length).toBe(Math.min(k, candidates.length));
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12);
  for (const hit of hits) expect(close(hit.score, reference.get(hit.id) ?? Number.NaN)).toBe(true);
  const lowest = hits[hits.length - 1]?.score ?? 0;
  const returned = new Set(hits.map((h) => h.id));
  for (const [id, score] of candidates) {
    if (!returned.has(id)) expect(score <= lowest || close(score, lowest)).toBe(true);
  }
}

describe('pruned retrieval equals exhaustive scoring', () => {
  it('returns the top k of an exhaustive BM25F ranking for searches and matches', () => {
    fc.assert(
      fc.property(
        fc.array(documentArb, { minLength: 1, maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('incremental', 'rebuilt', 'updated after a rebuild'),
        (generated, removals, words, k, history) => {
          const items = generated.map((g, i) => toItem(g, `d${String(i).padStart(2, '0')}`));
          const removed = new Set(removals.map((r) => items[r % items.length]?.document.id ?? ''));
          const live = items.filter((item) => !removed.has(item.document.id));
          // Bounds under averages drifting from the initial reference (incremental), reset by
          // compaction (rebuilt), or drifting from a compaction's reference (updated after a rebuild:
          // the first half compacted, the second half and the removals applied after).
          let ranked: DockingIndex;
          if (history === 'rebuilt') ranked = DockingIndex.build({ concepts: CONCEPTS }, live);
          else {
            const half = history === 'incremental' ? 0 : Math.floor(items.length / 2);
            ranked = DockingIndex.build({ concepts: CONCEPTS }, items.slice(0, half));
            for (const item of items.slice(half)) ranked.upsert(item.document, item.tokens);
            for (const id of removed) ranked.remove(id);
          }
          if (live.length === 0) return;

          const text = words.join(' ');
          const searchReference = exhaustiveScores(live, ranked.planSearch(text, 'en'));
          expectTopK(ranked.search({ text, lang: 'en', limit: k }), searchReference, () => true, k);

          const byId = new Map(live.map((item) => [item.document.id, item.document]));
          for (const source of live.slice(0, 6)) {
            const s = source.document;
            const rules = complementaryKinds(s.kind, s.organisationKind);
            const docks = (d: DockingDocument) =>
              rules.fromAnyone.includes(d.kind) ||
              (rules.fromResearchOrganisations.includes(d.kind) &&
                isResearchOrganisation(d.organisationKind));
            const reference = new Map<string, number>();
            for (const [id, score] of exhaustiveScores(live, ranked.planMatch(s.id))) {
              const d = byId.get(id);
              if (d !== undefined) reference.set(id, score * compatibility(s, d).factor);
            }
            const eligible = (id: string) => {
              const d = byId.get(id);
              return d !== undefined && id !== s.id && d.status === 'published' && docks(d);
            };
            expectTopK(ranked.matchesFor(s.id, { limit: k }), reference, eligible, k);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
