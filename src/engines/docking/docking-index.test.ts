import { describe, expect, it } from 'vitest';
import {
  COOPERATION_TYPES,
  CORRIDOR_COUNTRIES,
  type Language,
  PROFILE_KINDS,
  PROFILE_STATUSES,
} from '../../domain/vocabulary.js';
import { ConceptMatcher } from './concept-matcher.js';
import { DockingError } from './docking.errors.js';
import type { DockingDocument, TermConcept, TranslationSource } from './docking.types.js';
import { analyseDocument, dockingDocumentFromProfile } from './docking-document.js';
import { DockingIndex } from './docking-index.js';

const CONCEPTS: TermConcept[] = [
  {
    id: 'agri.potash_fertiliser',
    sectors: ['agrifood.fertilisers'],
    terms: { en: ['potash fertiliser'], zh: ['钾肥'], lo: ['ຝຸ່ນໂປແທດ'], th: ['ปุ๋ยโพแทช'], vi: ['phân kali'] },
  },
  {
    id: 'agri.compound_fertiliser',
    sectors: ['agrifood.fertilisers'],
    terms: {
      en: ['compound fertiliser', 'NPK fertiliser'],
      zh: ['复合肥'],
      lo: ['ຝຸ່ນປະສົມ'],
      vi: ['phân hỗn hợp'],
    },
  },
  {
    id: 'mining.subsidence',
    sectors: ['mining.minerals_processing'],
    terms: { en: ['ground subsidence'], zh: ['地面沉降'], lo: ['ການຊຸດຕົວຂອງດິນ'] },
  },
];

function doc(overrides: Partial<DockingDocument> & Pick<DockingDocument, 'id' | 'kind'>): DockingDocument {
  return {
    status: 'published',
    originalLanguage: 'en',
    country: 'CN',
    organisationKind: 'enterprise',
    title: {},
    summary: {},
    body: {},
    trl: null,
    cooperationTypes: [],
    sectors: [],
    keywords: [],
    isic: [],
    targetCountries: [],
    ...overrides,
  };
}

/** A Lao request for potash compound fertiliser, the Chinese offer that answers it, and distractors. */
const LAO_REQUEST = doc({
  id: 'lo-potash-request',
  kind: 'technology_request',
  originalLanguage: 'lo',
  country: 'LA',
  title: { lo: 'ຕ້ອງການເຕັກໂນໂລຊີຜະລິດຝຸ່ນໂປແທດ ແລະ ຝຸ່ນປະສົມ' },
  summary: { lo: 'ບໍລິສັດຕ້ອງການສ້າງສາຍການຜະລິດຝຸ່ນປະສົມ ໂດຍນຳໃຊ້ແຮ່ໂປແທດທີ່ຂຸດຄົ້ນໃນລາວ.' },
  body: { lo: 'ພວກເຮົາຕ້ອງການການຝຶກອົບຮົມພະນັກງານ ແລະ ການຊ່ວຍເຫຼືອດ້ານວິຊາການ.' },
  trl: 6,
  cooperationTypes: ['licence', 'technical_cooperation'],
  sectors: ['agrifood.fertilisers'],
  keywords: ['potash', 'granulation'],
  isic: ['C2012'],
  targetCountries: ['CN', 'TH'],
});

const CHINESE_OFFER = doc({
  id: 'zh-potash-offer',
  kind: 'technology_offer',
  originalLanguage: 'zh',
  country: 'CN',
  organisationKind: 'university',
  title: { zh: '钾肥与复合肥造粒生产技术' },
  summary: { zh: '利用老挝钾矿生产钾肥和复合肥，年产五万吨。' },
  body: { zh: '本技术已在云南工厂应用，可提供技术培训。' },
  trl: 7,
  cooperationTypes: ['licence', 'joint_venture'],
  sectors: ['agrifood.fertilisers', 'mining.minerals_processing'],
  keywords: ['potash', 'compound fertiliser'],
  isic: ['C2012'],
  targetCountries: ['LA', 'MM'],
});

const UNRELATED_OFFER = doc({
  id: 'zh-subsidence-offer',
  kind: 'technology_offer',
  originalLanguage: 'zh',
  title: { zh: '矿区地面沉降监测技术' },
  summary: { zh: '利用卫星雷达监测地面沉降。' },
  trl: 8,
  cooperationTypes: ['services'],
  sectors: ['mining.minerals_processing'],
  keywords: ['insar'],
});

const WEAK_OFFER = doc({
  id: 'th-potash-offer',
  kind: 'technology_offer',
  originalLanguage: 'th',
  country: 'TH',
  title: { th: 'ปุ๋ยโพแทชสำหรับนาข้าว' },
  summary: { th: 'การทดลองปุ๋ยโพแทชในห้องปฏิบัติการ' },
  trl: 3,
  cooperationTypes: ['rd_cooperation'],
  sectors: ['agrifood.fertilisers'],
});

const OTHER_REQUEST = doc({
  id: 'vi-potash-request',
  kind: 'technology_request',
  originalLanguage: 'vi',
  country: 'VN',
  title: { vi: 'Cần công nghệ sản xuất phân kali' },
  trl: 5,
  sectors: ['agrifood.fertilisers'],
});

const ALL = [LAO_REQUEST, CHINESE_OFFER, UNRELATED_OFFER, WEAK_OFFER, OTHER_REQUEST];

function buildIndex(lexicon?: TranslationSource): DockingIndex {
  const index = new DockingIndex({ concepts: CONCEPTS, lexicon });
  for (const d of ALL) index.upsert(d);
  return index;
}

describe('DockingIndex matching', () => {
  it('puts the Chinese potash offer first for the Lao potash request', () => {
    const matches = buildIndex().matchesFor(LAO_REQUEST.id);
    expect(matches[0]?.id).toBe(CHINESE_OFFER.id);
    // Requests never match requests, and the request itself is not proposed.
    expect(matches.map((m) => m.id)).not.toContain(OTHER_REQUEST.id);
    expect(matches.map((m) => m.id)).not.toContain(LAO_REQUEST.id);
    expect(matches.every((m) => m.kind === 'technology_offer')).toBe(true);
  });

  it('explains the match with the shared concepts in both languages and the facets', () => {
    const top = buildIndex().matchesFor(LAO_REQUEST.id)[0];
    expect(top?.explanation.sharedConcepts).toContainEqual({
      conceptId: 'agri.potash_fertiliser',
      sourceTerm: 'ຝຸ່ນໂປແທດ',
      sourceLanguage: 'lo',
      targetTerm: '钾肥',
      targetLanguage: 'zh',
    });
    expect(top?.explanation.sharedConcepts.map((c) => c.conceptId)).toContain('agri.compound_fertiliser');
    expect(top?.explanation.trl).toEqual({ offered: 7, sought: 6, satisfied: true });
    expect(top?.explanation.cooperationTypes).toEqual(['licence']);
    expect(top?.explanation.targetCountries.compatible).toBe(true);
    expect(top?.explanation.sharedSectors).toEqual(['agrifood.fertilisers']);
    expect(top?.explanation.sharedKeywords).toEqual(['potash']);
    expect(top?.explanation.sharedIsic).toEqual(['C2012']);
    expect(top?.explanation.compatibility).toBe(1);
    expect(top?.explanation.scoreParts.concepts).toBeGreaterThan(0);
  });

  it('matches the reverse way: the offer finds the requests', () => {
    const ids = buildIndex()
      .matchesFor(CHINESE_OFFER.id)
      .map((m) => m.id);
    expect(ids[0]).toBe(LAO_REQUEST.id);
    expect(ids).toContain(OTHER_REQUEST.id);
  });

  it('lowers, but keeps, an offer whose TRL is below what the request seeks', () => {
    const weak = buildIndex()
      .matchesFor(LAO_REQUEST.id)
      .find((m) => m.id === WEAK_OFFER.id);
    expect(weak?.explanation.trl).toEqual({ offered: 3, sought: 6, satisfied: false });
    expect(weak?.explanation.compatibility).toBeLessThan(0.5);
  });

  it('proposes only published profiles by default', () => {
    const index = buildIndex();
    index.upsert({ ...CHINESE_OFFER, status: 'withdrawn' });
    expect(index.matchesFor(LAO_REQUEST.id).map((m) => m.id)).not.toContain(CHINESE_OFFER.id);
    const withdrawn = index.matchesFor(LAO_REQUEST.id, { filters: { statuses: ['withdrawn'] } });
    expect(withdrawn.map((m) => m.id)).toEqual([CHINESE_OFFER.id]);
  });

  it('sends R&D requests to research organisations only', () => {
    const index = buildIndex();
    index.upsert(doc({ ...LAO_REQUEST, id: 'rd', kind: 'rd_request' }));
    const ids = index.matchesFor('rd').map((m) => m.id);
    expect(ids).toContain(CHINESE_OFFER.id); // a university's offer
    expect(ids).not.toContain(UNRELATED_OFFER.id); // an enterprise's offer
  });

  it('rejects an id that is not indexed', () => {
    expect(() => buildIndex().matchesFor('nope')).toThrow(DockingError);
  });
});

describe('DockingIndex search', () => {
  it('finds the Chinese and Thai offers from a Lao query through the concepts', () => {
    const hits = buildIndex().search({ text: 'ຝຸ່ນໂປແທດ', filters: { kinds: ['technology_offer'] } });
    expect(
      hits
        .map((h) => h.id)
        .slice(0, 2)
        .sort(),
    ).toEqual([CHINESE_OFFER.id, WEAK_OFFER.id].sort());
    expect(hits.find((h) => h.id === CHINESE_OFFER.id)?.sharedConcepts[0]).toMatchObject({
      sourceTerm: 'ຝຸ່ນໂປແທດ',
      targetTerm: '钾肥',
    });
  });

  it('respects facet filters', () => {
    const index = buildIndex();
    const query = { text: '钾肥 复合肥 ຝຸ່ນໂປແທດ' };
    expect(index.search({ ...query, filters: { countries: ['TH'] } }).map((h) => h.id)).toEqual([
      WEAK_OFFER.id,
    ]);
    expect(index.search({ ...query, filters: { trl: { min: 7 } } }).map((h) => h.id)).toEqual([
      CHINESE_OFFER.id,
    ]);
    expect(index.search({ ...query, filters: { sectors: ['mining'] } }).map((h) => h.id)).toEqual([
      CHINESE_OFFER.id,
    ]);
    expect(
      index.search({ ...query, filters: { cooperationTypes: ['rd_cooperation'] } }).map((h) => h.id),
    ).toEqual([WEAK_OFFER.id]);
  });

  it('crosses languages through the lexicon when no concept covers the words', () => {
    // 'granulation' (English) → 造粒 (Chinese), as a trained lexicon would say.
    const table = new Map([['granul', new Map([['造粒', 0.6]])]]);
    const lexicon: TranslationSource = {
      directTable: (from: Language, to: Language) => (from === 'en' && to === 'zh' ? table : null),
    };
    const found = buildIndex(lexicon)
      .search({ text: 'granulation', lang: 'en' })
      .find((h) => h.id === CHINESE_OFFER.id);
    expect(found?.scoreParts.translation).toBeGreaterThan(0);
    expect(found?.scoreParts.text).toBe(0);
    const withoutLexicon = buildIndex().search({ text: 'granulation', lang: 'en' });
    expect(withoutLexicon.map((h) => h.id)).toEqual([LAO_REQUEST.id]); // its English keyword
  });

  it('forgets removed documents and replaces edited ones', () => {
    const index = buildIndex();
    expect(index.remove(CHINESE_OFFER.id)).toBe(true);
    expect(index.remove(CHINESE_OFFER.id)).toBe(false);
    expect(index.size).toBe(ALL.length - 1);
    expect(index.search({ text: '钾肥' }).map((h) => h.id)).not.toContain(CHINESE_OFFER.id);
    index.upsert({ ...UNRELATED_OFFER, title: { zh: '钾肥' } });
    expect(index.size).toBe(ALL.length - 1);
    expect(index.search({ text: '钾肥' }).map((h) => h.id)).toContain(UNRELATED_OFFER.id);
  });
});

describe('DockingIndex renumbering', () => {
  it('ranks the same after thousands of replacements renumber the documents', () => {
    const index = new DockingIndex({ concepts: CONCEPTS });
    const tokens = (i: number) => ({
      title: [{ lang: 'en' as const, tokens: ['potash', `w${i % 7}`] }],
      summary: [{ lang: 'en' as const, tokens: [`w${i % 5}`, 'fertilis'] }],
      body: [],
    });
    /** Each live id's document and the step whose tokens it was last given. */
    const documents = new Map<string, { d: DockingDocument; step: number }>();
    for (let i = 0; i < 6000; i++) {
      const d = doc({
        id: `d${i % 40}`,
        kind: i % 3 === 0 ? 'technology_request' : 'technology_offer',
        trl: 1 + (i % 9),
      });
      index.upsert(d, tokens(i));
      documents.set(d.id, { d, step: i });
      if (i % 500 === 499) {
        index.remove(d.id);
        documents.delete(d.id);
      }
    }
    expect(index.stats().documentNumbers).toBeLessThan(6000);
    const rebuilt = new DockingIndex({ concepts: CONCEPTS });
    for (const { d, step } of documents.values()) rebuilt.upsert(d, tokens(step));
    expect(index.size).toBe(documents.size);
    expect(index.search({ text: 'potash w3', limit: 10 })).toEqual(
      rebuilt.search({ text: 'potash w3', limit: 10 }),
    );
    for (const id of documents.keys())
      expect(index.matchesFor(id, { limit: 5 })).toEqual(rebuilt.matchesFor(id, { limit: 5 }));
  });
});

describe('ConceptMatcher', () => {
  it('prefers the longest term and reports every concept sharing it', () => {
    const matcher = new ConceptMatcher([
      { id: 'fertiliser', sectors: [], terms: { en: ['fertiliser'] } },
      { id: 'npk', sectors: [], terms: { en: ['NPK fertiliser'] } },
      { id: 'npk-alias', sectors: [], terms: { en: ['npk fertilisers'] } },
    ]);
    const found = matcher.find(['npk', 'fertilis', 'and', 'fertilis']);
    expect(found.map((f) => [f.concept, f.start, f.end])).toEqual([
      [1, 0, 2],
      [2, 0, 2],
      [0, 3, 4],
    ]);
  });
});

describe('compaction', () => {
  /** Thousands of small profiles in random order of kind, status and country (seeded). */
  function manyDocuments(count: number): DockingDocument[] {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const words = [
      'potash',
      'fertiliser',
      'solar',
      'drone',
      'rice',
      'mill',
      'tin',
      'rail',
      'tea',
      'silk',
      'salt',
    ];
    const text = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
    return Array.from({ length: count }, (_, i) =>
      doc({
        id: `p${i}`,
        kind: pick(PROFILE_KINDS),
        status: random() < 0.8 ? 'published' : pick(PROFILE_STATUSES),
        country: pick(CORRIDOR_COUNTRIES),
        organisationKind: random() < 0.3 ? 'university' : 'enterprise',
        title: { en: text(2) },
        summary: { en: text(5) },
        body: { en: text(12) },
        trl: random() < 0.7 ? 1 + Math.floor(random() * 9) : null,
        cooperationTypes: [pick(COOPERATION_TYPES)],
        targetCountries: random() < 0.5 ? [] : [pick(CORRIDOR_COUNTRIES)],
      }),
    );
  }

  it('numbers documents by kind, status and country without changing any ranking', () => {
    // Enough documents that the allowed ones of a kind filter or a matching form separate stretches
    // of document numbers once compacted, which rankings then read alone.
    const documents = manyDocuments(12_000);
    const incremental = new DockingIndex({ concepts: CONCEPTS });
    for (const document of documents) incremental.upsert(document);
    const compacted = DockingIndex.build({ concepts: CONCEPTS }, documents);
    const searches = [
      { text: 'potash fertiliser', lang: 'en' as const },
      { text: 'solar drone', lang: 'en' as const, filters: { kinds: ['technology_offer' as const] } },
      { text: 'rice mill tea', lang: 'en' as const, filters: { countries: ['LA' as const] } },
      {
        text: 'tin rail salt',
        lang: 'en' as const,
        filters: {
          kinds: ['business_request' as const],
          statuses: ['published' as const],
          countries: ['VN' as const],
        },
      },
    ];
    for (const query of searches) {
      const expected = incremental.search({ ...query, limit: 15 });
      expect(expected.length).toBe(15);
      expect(compacted.search({ ...query, limit: 15 })).toEqual(expected);
    }
    for (const document of documents.slice(0, 40)) {
      const expected = incremental.matchesFor(document.id, { limit: 10 });
      expect(compacted.matchesFor(document.id, { limit: 10 })).toEqual(expected);
    }
  });
});

describe('dockingDocumentFromProfile', () => {
  it('joins description, advantages and specification per language into the body', () => {
    const document = dockingDocumentFromProfile({
      id: 'p1',
      kind: 'technology_offer',
      status: 'published',
      originalLanguage: 'vi',
      country: 'VN',
      title: { vi: 'Phân kali', en: 'Potash' },
      summary: { vi: 'Tóm tắt' },
      description: { vi: 'Mô tả', en: 'Description' },
      advantages: { vi: 'Ưu điểm' },
      specification: {},
      trl: 5,
      cooperationTypes: ['licence'],
      sectors: ['agrifood.fertilisers'],
      keywords: ['potash'],
      isic: [],
      targetCountries: [],
    });
    expect(document.body).toEqual({ vi: 'Mô tả\n\nƯu điểm', en: 'Description' });
    expect(document.organisationKind).toBeNull();
    const tokens = analyseDocument(document);
    expect(tokens.body.map((run) => run.lang)).toEqual(['en', 'vi', 'vi']);
    expect(tokens.summary.at(-1)).toEqual({ lang: 'en', tokens: ['potash'] });
  });
});
