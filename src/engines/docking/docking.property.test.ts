import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COOPERATION_TYPES,
  CORRIDOR_COUNTRIES,
  COUNTRIES,
  type CooperationType,
  ORGANISATION_KINDS,
  PROFILE_KINDS,
  type ProfileKind,
} from '../../domain/vocabulary.js';
import { analyze } from '../text/index.js';
import {
  compatibility,
  compatibilityFactor,
  complementaryKinds,
  cooperationOfWord,
  countryOfWord,
  isRequestWord,
  isResearchOrganisation,
  packCompatibilityFacets,
  targetsOfWord,
  trlOfWord,
} from './complementary-kinds.js';
import type { DockingDocument, DockingFilters, DocumentTokens, TermConcept } from './docking.types.js';
import { DockingIndex } from './docking-index.js';

/** Words that the text pipeline keeps as they are, so documents can be given as tokens. */
const WORDS = [
  'potash',
  'mine',
  'rice',
  'solar',
  'drone',
  'tin',
  'rail',
  'salt',
  'tea',
  'silk',
  'cloud',
  'port',
];
for (const word of WORDS) if (analyze(word, 'en').tokens.join() !== word) throw new Error(`unstable ${word}`);
const CONCEPTS: TermConcept[] = [
  { id: 'c.potash-mine', sectors: [], terms: { en: ['potash mine'] } },
  { id: 'c.solar', sectors: [], terms: { en: ['solar'] } },
];
const SECTORS = ['agrifood.fertilisers', 'mining.minerals_processing', 'green.clean_energy'];
const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

const tokensArb = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 });
const documentArb = fc.record({
  id: fc.constantFrom(...IDS),
  kind: fc.constantFrom(...PROFILE_KINDS),
  status: fc.constantFrom('published' as const, 'withdrawn' as const),
  country: fc.constantFrom(...CORRIDOR_COUNTRIES),
  organisationKind: fc.option(fc.constantFrom(...ORGANISATION_KINDS), { nil: null }),
  trl: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  cooperationTypes: fc.subarray([...COOPERATION_TYPES], { maxLength: 3 }),
  sectors: fc.subarray(SECTORS, { maxLength: 2 }),
  keywords: fc.subarray(['potash', 'solar power', 'rail'], { maxLength: 2 }),
  targetCountries: fc.subarray([...CORRIDOR_COUNTRIES], { maxLength: 2 }),
  title: tokensArb,
  summary: tokensArb,
  body: tokensArb,
});
type GeneratedDocument = typeof documentArb extends fc.Arbitrary<infer T> ? T : never;

function toDocument(g: GeneratedDocument): { document: DockingDocument; tokens: DocumentTokens } {
  const document: DockingDocument = {
    id: g.id,
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
  };
  const run = (tokens: string[]) => (tokens.length === 0 ? [] : [{ lang: 'en' as const, tokens }]);
  return { document, tokens: { title: run(g.title), summary: run(g.summary), body: run(g.body) } };
}

const operationArb = fc.oneof(
  { weight: 3, arbitrary: documentArb.map((d) => ({ op: 'upsert' as const, d })) },
  { weight: 1, arbitrary: fc.constantFrom(...IDS).map((id) => ({ op: 'remove' as const, id })) },
);
const queryArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const filtersArb: fc.Arbitrary<DockingFilters> = fc.record(
  {
    kinds: fc.subarray([...PROFILE_KINDS], { minLength: 1, maxLength: 2 }),
    countries: fc.subarray([...CORRIDOR_COUNTRIES], { minLength: 1, maxLength: 3 }),
    sectors: fc.subarray(['agrifood', 'mining.minerals_processing', 'green.clean_energy'], { minLength: 1 }),
    trl: fc.record({ min: fc.integer({ min: 1, max: 9 }) }),
    cooperationTypes: fc.subarray([...COOPERATION_TYPES], { minLength: 1, maxLength: 3 }),
    statuses: fc.constant(['published' as const]),
  },
  { requiredKeys: [] },
);

function passes(d: DockingDocument, f: DockingFilters): boolean {
  const any = <T>(wanted: readonly T[] | undefined, has: readonly T[]) =>
    wanted === undefined || wanted.length === 0 || wanted.some((w) => has.includes(w));
  return (
    any(f.kinds, [d.kind]) &&
    any(f.countries, [d.country]) &&
    any(f.statuses, [d.status]) &&
    any(f.cooperationTypes, d.cooperationTypes) &&
    (f.sectors === undefined ||
      d.sectors.some((s) => f.sectors?.some((w) => s === w || s.startsWith(`${w}.`)))) &&
    (f.trl?.min === undefined || (d.trl !== null && d.trl >= f.trl.min))
  );
}

/** Applies the operations; returns the index and the documents that should be in it. */
function replay(operations: { op: 'upsert' | 'remove'; d?: GeneratedDocument; id?: string }[]) {
  const index = new DockingIndex({ concepts: CONCEPTS });
  const live = new Map<string, { document: DockingDocument; tokens: DocumentTokens }>();
  for (const operation of operations) {
    if (operation.op === 'upsert' && operation.d !== undefined) {
      const item = toDocument(operation.d);
      index.upsert(item.document, item.tokens);
      live.set(item.document.id, item);
    } else if (operation.id !== undefined) {
      index.remove(operation.id);
      live.delete(operation.id);
    }
  }
  return { index, live };
}

describe('DockingIndex properties', () => {
  it('gives the same rankings after incremental updates as after a rebuild from the final documents', () => {
    fc.assert(
      fc.property(fc.array(operationArb, { maxLength: 25 }), queryArb, (operations, text) => {
        const { index, live } = replay(operations);
        const rebuilt = DockingIndex.build({ concepts: CONCEPTS }, [...live.values()]);
        expect(index.size).toBe(live.size);
        expect(index.search({ text, limit: 5 })).toEqual(rebuilt.search({ text, limit: 5 }));
        for (const id of live.keys()) {
          expect(index.matchesFor(id, { limit: 3 })).toEqual(rebuilt.matchesFor(id, { limit: 3 }));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never returns a removed document', () => {
    fc.assert(
      fc.property(fc.array(operationArb, { maxLength: 25 }), queryArb, (operations, text) => {
        const { index, live } = replay(operations);
        const removed = IDS.filter((id) => !live.has(id));
        const found = index.search({ text, limit: 100 }).map((h) => h.id);
        for (const id of live.keys()) found.push(...index.matchesFor(id, { limit: 100 }).map((m) => m.id));
        expect(found.filter((id) => removed.includes(id))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('returns exactly the documents that pass the filters and share a query word', () => {
    fc.assert(
      fc.property(
        fc.array(documentArb, { maxLength: 12 }),
        queryArb,
        filtersArb,
        (generated, text, filters) => {
          const index = new DockingIndex({ concepts: CONCEPTS });
          const live = new Map<string, { document: DockingDocument; tokens: DocumentTokens }>();
          for (const g of generated) {
            const item = toDocument(g);
            index.upsert(item.document, item.tokens);
            live.set(g.id, item);
          }
          const words = text.split(' ');
          const expected = [...live.values()]
            .filter(({ document, tokens }) => {
              const all = [...tokens.title, ...tokens.summary, ...tokens.body].flatMap((r) => r.tokens);
              return passes(document, filters) && words.some((w) => all.includes(w));
            })
            .map(({ document }) => document.id)
            .sort();
          const hits = index.search({ text, filters, limit: 100 });
          expect(hits.map((h) => h.id).sort()).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the best k of the full ranking (pruning loses nothing)', () => {
    fc.assert(
      fc.property(
        fc.array(documentArb, { maxLength: 12 }),
        queryArb,
        fc.integer({ min: 1, max: 4 }),
        (generated, text, k) => {
          const index = DockingIndex.build({ concepts: CONCEPTS }, generated.map(toDocument));
          expect(index.search({ text, limit: k })).toEqual(index.search({ text, limit: 100 }).slice(0, k));
          for (const g of generated) {
            expect(index.matchesFor(g.id, { limit: k })).toEqual(
              index.matchesFor(g.id, { limit: 100 }).slice(0, k),
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('docks symmetrically: b complements a exactly when a complements b', () => {
    const side = fc.record({
      kind: fc.constantFrom(...PROFILE_KINDS),
      org: fc.constantFrom(...ORGANISATION_KINDS),
    });
    const docks = (a: { kind: ProfileKind; org: (typeof ORGANISATION_KINDS)[number] }, b: typeof a) => {
      const rules = complementaryKinds(a.kind, a.org);
      return (
        rules.fromAnyone.includes(b.kind) ||
        (rules.fromResearchOrganisations.includes(b.kind) && isResearchOrganisation(b.org))
      );
    };
    fc.assert(fc.property(side, side, (a, b) => docks(a, b) === docks(b, a)));
  });

  it('packs facets into one word losslessly and scores pairs by the docking rules, at most 1', () => {
    const facets = fc.record({
      kind: fc.constantFrom(...PROFILE_KINDS),
      trl: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
      cooperationTypes: fc.subarray<CooperationType>([...COOPERATION_TYPES]),
      country: fc.constantFrom(...COUNTRIES),
      targetCountries: fc.subarray([...COUNTRIES]),
    });
    const requestKinds: readonly string[] = ['technology_request', 'business_request', 'rd_request'];
    fc.assert(
      fc.property(facets, facets, (a, b) => {
        const word = packCompatibilityFacets(a);
        expect(isRequestWord(word)).toBe(requestKinds.includes(a.kind));
        expect(trlOfWord(word)).toBe(a.trl ?? 0);
        expect(COUNTRIES[countryOfWord(word)]).toBe(a.country);
        expect(COUNTRIES.filter((_, i) => (targetsOfWord(word) & (1 << i)) !== 0)).toEqual(
          COUNTRIES.filter((c) => a.targetCountries.includes(c)),
        );
        expect(COOPERATION_TYPES.filter((_, i) => (cooperationOfWord(word) & (1 << i)) !== 0)).toEqual(
          COOPERATION_TYPES.filter((t) => a.cooperationTypes.includes(t)),
        );

        // The rules, written out on the unpacked facets.
        let expected = 1;
        const aRequests = requestKinds.includes(a.kind);
        if (aRequests !== requestKinds.includes(b.kind)) {
          const [request, offer] = aRequests ? [a, b] : [b, a];
          if (request.trl !== null && offer.trl !== null && offer.trl < request.trl)
            expected *= 0.75 ** (request.trl - offer.trl);
        }
        const shared = a.cooperationTypes.some((t) => b.cooperationTypes.includes(t));
        if (a.cooperationTypes.length > 0 && b.cooperationTypes.length > 0 && !shared) expected *= 0.7;
        const targets = (x: typeof a, y: typeof a) =>
          x.targetCountries.length === 0 || x.targetCountries.includes(y.country);
        if (!targets(a, b) || !targets(b, a)) expected *= 0.85;

        const fit = compatibility(a, b);
        expect(fit.factor).toBeCloseTo(expected, 12);
        expect(compatibilityFactor(word, packCompatibilityFacets(b))).toBe(fit.factor);
        expect(fit.factor).toBe(compatibility(b, a).factor);
        expect(fit.factor).toBeLessThanOrEqual(1);
      }),
    );
  });
});
