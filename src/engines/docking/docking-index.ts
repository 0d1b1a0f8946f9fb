/**
 * The docking index: an in-process inverted index over partnering profiles with BM25F ranking, facet
 * filters, incremental updates and three cross-lingual bridges (language-independent facets,
 * terminology concepts, the bilingual lexicon). Pure: documents in, ranked ids and explanations out.
 *
 * Layout. Every indexed thing is a term with one posting list: the text tokens (all languages share one
 * vocabulary, their scripts keep them apart), `concept:<id>` for each terminology concept found in the
 * text, and `sector:`, `kw:` and `isic:` pseudo-terms for the facets. A posting list is one Int32Array
 * of (document number, packed field frequencies) pairs in increasing document number: numbers are
 * handed out in insertion order and a replaced profile gets a new number, so appending keeps lists
 * sorted. Removal is lazy (the live-document bit array hides a removed number; its list entries are
 * dropped when they outnumber the live ones, and everything is renumbered when dead numbers
 * outnumber live documents). Compaction (after the start-up build, and then) numbers documents by
 * cluster: kind, published or not, country. A ranking reads only the stretches of each list that hold
 * allowed documents, so a matching (complementary kinds, published) reads about a quarter of each
 * list. A forward record per document (its term ids, in chunked arenas) serves removal, matching and
 * explanations. Filters are bit arrays per facet value.
 *
 * Scoring. BM25F (field-weighted, per-field length normalisation) summed over query terms, each with a
 * query weight: 1 for the query's own tokens, `concept` for concepts, `translation * p` for lexicon
 * translations, fixed weights for facet pseudo-terms (which add weight * idf when present). Top-k by
 * term-at-a-time MaxScore: once the k-th best score so far exceeds what the remaining terms could add,
 * no new document can enter and the remaining terms only complete the surviving candidates. What a
 * term can add is bounded by the largest pseudo frequency in its list (kept per term, see
 * `maxFrequency`), not by the saturation limit alone, so pruning starts earlier. Matching
 * multiplies by a compatibility factor (TRL, cooperation types, target countries), at most 1, so the
 * bounds stay safe; it is computed only for candidates whose sum could pass a threshold, from one word
 * of packed facets per document (one memory read). Ties are broken
 * by id, so results do not depend on insertion history.
 */
import {
  COOPERATION_TYPES,
  COUNTRIES,
  type CooperationType,
  type Country,
  LANGUAGES,
  type Language,
  ORGANISATION_KINDS,
  PROFILE_KINDS,
  PROFILE_STATUSES,
  type ProfileKind,
} from '../../domain/vocabulary.js';
import { analyze } from '../text/index.js';
import {
  compatibility,
  compatibilityFactor,
  complementaryKinds,
  cooperationOfWord,
  countryOfWord,
  type FacetWord,
  isRequest,
  packFacetWord,
  RESEARCH_ORGANISATION_KINDS,
  targetsOfWord,
  trlOfWord,
} from './complementary-kinds.js';
import { ConceptMatcher, type ConceptTermRef } from './concept-matcher.js';
import { DockingError } from './docking.errors.js';
import type {
  DockingDocument,
  DockingFilters,
  DockingIndexOptions,
  DockingWeights,
  DocumentTokens,
  MatchHit,
  MatchOptions,
  ScoreParts,
  SearchHit,
  SearchQuery,
  SharedConcept,
  TokenRun,
} from './docking.types.js';
import { analyseDocument } from './docking-document.js';
import {
  bitsetWords,
  clearBit,
  hasBit,
  intersectWithUnion,
  occupiedRanges,
  resized,
  setBit,
} from './document-bitset.js';
import { TokenTranslator } from './token-translation.js';
import { grown, renumbered } from './typed-arrays.js';

export const DEFAULT_DOCKING_WEIGHTS: DockingWeights = {
  titleWeight: 3,
  summaryWeight: 2,
  bodyWeight: 1,
  titleB: 0.5,
  summaryB: 0.6,
  bodyB: 0.75,
  k1: 1.2,
  concept: 2,
  translation: 0.8,
  sector: 0.3,
  keyword: 1,
  isic: 0.3,
  translationsPerLanguage: 2,
  minTranslationProbability: 0.1,
  maxTranslationDocumentShare: 0.02,
  matchTerms: 24,
  matchTranslatedTerms: 12,
};

const DEFAULT_LIMIT = 20;

/** Term classes: text tokens, terminology concepts, facet pseudo-terms. */
const TEXT = 0;
const CONCEPT = 1;
const FACET = 2;

/** Score parts, indexed as in ScoreParts. */
const PART_TEXT = 0;
const PART_TRANSLATION = 1;
const PART_CONCEPT = 2;
const PART_FACET = 3;

const CONCEPT_PREFIX = 'concept:';
const SECTOR_PREFIX = 'sector:';
const KEYWORD_PREFIX = 'kw:';
const ISIC_PREFIX = 'isic:';

/** Field frequencies packed in one int: title 8 bits, summary 8 bits, body 16 bits (saturating). */
function packFrequencies(title: number, summary: number, body: number): number {
  return Math.min(title, 255) | (Math.min(summary, 255) << 8) | (Math.min(body, 0xffff) << 16);
}

const FORWARD_CHUNK = 1 << 22;
/** A term's count in one field of the document being indexed saturates below this. */
const FIELD_COUNTER_LIMIT = 2048;
/** Documents looked at when estimating the k-th best score during a ranking. */
const THRESHOLD_SAMPLE = 4096;
/** In phase 2 the k-th best of all candidates is re-estimated once the remaining bound falls below this share of its last value. */
const THRESHOLD_STEP = 0.8;
const EMPTY_POSTINGS = new Int32Array(0);
/**
 * Completing the candidates with a term, its whole list is read when it has at most this many
 * postings per candidate, else each candidate is looked up in it (sequential reads beat galloping
 * searches until the list is several times longer).
 */
const SCAN_RATIO = 8;
const PUBLISHED_STATUS = PROFILE_STATUSES.indexOf('published');
/** Document clusters at compaction: kind × published or not × country (see `clusterOf`). */
const CLUSTER_COUNT = PROFILE_KINDS.length * 2 * COUNTRIES.length;
/**
 * Empty stretches of the allowed documents shorter than this many words of 32 are read through rather
 * than skipped with a search in each list.
 */
const MIN_SKIP_WORDS = 64;
const NO_ORGANISATION = 255;
/** Float sums may differ in the last bits from the bound they are checked against. */
const BOUND_SLACK = 1 + 1e-9;

/** A term of a query with its weight, as `planSearch` and `planMatch` describe them. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** A term of a planned query. */
interface QueryTerm {
  termId: number;
  weight: number;
  part: number;
}

/** A query term with its statistics for one ranking. */
interface RankedTerm extends QueryTerm {
  idf: number;
  /** Most the term can add to any score. */
  bound: number;
  /** Sort key: the bound without the saturation of the largest frequency. */
  order: number;
  facet: boolean;
  text: string;
}

/** See `lengthNorms`. */
interface LengthNorms {
  title0: number;
  title1: number;
  summary0: number;
  summary1: number;
  body0: number;
  body1: number;
}

interface RankedDocument {
  doc: number;
  score: number;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The languages a token may belong to, from its script and the document's languages. */
function tokenLanguages(token: string, documentLanguages: number): Language[] {
  const cp = token.codePointAt(0) ?? 0;
  if (cp >= 0x0e80 && cp <= 0x0eff) return ['lo'];
  if (cp >= 0x0e00 && cp <= 0x0e7f) return ['th'];
  if (cp >= 0x1780 && cp <= 0x17ff) return ['km'];
  if (cp >= 0x1000 && cp <= 0x109f) return ['my'];
  if ((cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || cp >= 0x20000) return ['zh'];
  const latin: Language[] = [];
  if ((documentLanguages & (1 << LANGUAGES.indexOf('en'))) !== 0) latin.push('en');
  if ((documentLanguages & (1 << LANGUAGES.indexOf('vi'))) !== 0) latin.push('vi');
  return latin;
}

/** An in-process, incrementally updated docking index (see the module comment for its layout). */
export class DockingIndex {
  private readonly weights: DockingWeights;
  private readonly matcher: ConceptMatcher;
  private readonly translator: TokenTranslator;

  // Terms.
  private readonly termIds = new Map<string, number>();
  private termText: string[] = [];
  private termClass: Uint8Array = new Uint8Array(0);
  private postings: Int32Array[] = [];
  /** Ints used in each posting list (two per posting). */
  private postingInts: Int32Array = new Int32Array(0);
  /** Live documents per term. */
  private documentFrequency: Int32Array = new Int32Array(0);
  /** Postings of removed documents still in each list. */
  private deadPostings: Int32Array = new Int32Array(0);

  // Documents, by document number.
  private nextDoc = 0;
  private capacity = 0;
  private liveCount = 0;
  private deadDocs = 0;
  private ids: (string | undefined)[] = [];
  private readonly docById = new Map<string, number>();
  private alive: Uint32Array = new Uint32Array(0);
  private kind: Uint8Array = new Uint8Array(0);
  private status: Uint8Array = new Uint8Array(0);
  private organisation: Uint8Array = new Uint8Array(0);
  private originalLanguage: Uint8Array = new Uint8Array(0);
  private languageMask: Uint8Array = new Uint8Array(0);
  /** Each document's compatibility facets in one word (see FacetWord). */
  private facetWord: Uint32Array = new Uint32Array(0);
  /** Title, summary and body token counts, three per document. */
  private fieldLength: Uint16Array = new Uint16Array(0);
  private readonly fieldLengthSum = new Float64Array(3);
  /**
   * Per term, the largest BM25F pseudo frequency of its postings under reference average field
   * lengths (`referenceNorms`, fixed at the last compaction). Averages drift with updates; the
   * pseudo frequency under the current averages is at most this times the largest growth of an
   * average (see `frequencyDrift`), which gives each term a tight, safe score bound for pruning.
   */
  private maxFrequency: Float64Array = new Float64Array(0);
  private referenceAverages: Float64Array = Float64Array.of(1, 1, 1);
  private referenceNorms: LengthNorms;
  private forwardChunk: Int32Array = new Int32Array(0);
  private forwardOffset: Int32Array = new Int32Array(0);
  private forwardTerms: Uint16Array = new Uint16Array(0);
  private forwardConcepts: Uint16Array = new Uint16Array(0);
  private forwardArenas: Int32Array[] = [];
  private forwardFill = FORWARD_CHUNK;
  private readonly facetBits = new Map<string, Uint32Array>();

  // Scratch space of one upsert, per term: field counts of the document being indexed (valid where
  // termStamp holds the current upsert's stamp), the terms it touched and the concepts it contains.
  private upsertStamp = 0;
  private termStamp: Uint32Array = new Uint32Array(0);
  private termTitle: Uint16Array = new Uint16Array(0);
  private termSummary: Uint16Array = new Uint16Array(0);
  private termBody: Uint16Array = new Uint16Array(0);
  /** 1 where the term is the first token of some terminology term. */
  private conceptStart: Uint8Array = new Uint8Array(0);
  private conceptTermIds: Int32Array;
  private docTerms: Int32Array = new Int32Array(0);
  private docTermCount = 0;
  /** Pairs of (concept term id, surface code), in order of first occurrence. */
  private docConcepts: Int32Array = new Int32Array(0);
  private docConceptCount = 0;
  private runTermIds: Int32Array = new Int32Array(0);

  // Scratch space of one ranking (rankings are synchronous and never nest).
  private accumulator: Float64Array = new Float64Array(0);
  private touched: Int32Array = new Int32Array(0);
  private rankSource: FacetWord | null = null;
  private heap: Float64Array = new Float64Array(0);
  private rangeScratch: Int32Array = new Int32Array(16);
  private filterScratch: Uint32Array = new Uint32Array(0);

  constructor(options: DockingIndexOptions) {
    this.weights = { ...DEFAULT_DOCKING_WEIGHTS, ...options.weights };
    this.matcher = new ConceptMatcher(options.concepts);
    this.conceptTermIds = new Int32Array(options.concepts.length).fill(-1);
    this.referenceNorms = this.normsFor(this.referenceAverages);
    this.translator = new TokenTranslator(
      options.lexicon,
      this.weights.translationsPerLanguage,
      this.weights.minTranslationProbability,
    );
  }

  /** Builds an index from documents at start-up (tokens may be given when they were computed ahead). */
  static build(
    options: DockingIndexOptions,
    documents: Iterable<DockingDocument | { document: DockingDocument; tokens: DocumentTokens }>,
  ): DockingIndex {
    const index = new DockingIndex(options);
    for (const item of documents) {
      if ('document' in item) index.upsert(item.document, item.tokens);
      else index.upsert(item);
    }
    index.compact();
    return index;
  }

  /** Number of documents indexed. */
  get size(): number {
    return this.liveCount;
  }

  has(id: string): boolean {
    return this.docById.has(id);
  }

  /** Counts describing the index, for benchmarks and monitoring. */
  stats(): { documents: number; terms: number; postings: number; documentNumbers: number } {
    let postings = 0;
    for (let t = 0; t < this.termText.length; t++) postings += (this.postingInts[t] ?? 0) >>> 1;
    return {
      documents: this.liveCount,
      terms: this.termText.length,
      postings,
      documentNumbers: this.nextDoc,
    };
  }

  // ---------------------------------------------------------------- updates

  /**
   * Adds a document, or replaces the document with the same id (a profile published or edited).
   * `tokens` are the document's analysed texts when the caller computed them ahead.
   */
  upsert(document: DockingDocument, tokens: DocumentTokens = analyseDocument(document)): void {
    if (
      document.trl !== null &&
      !(Number.isInteger(document.trl) && document.trl >= 1 && document.trl <= 9)
    ) {
      throw new DockingError('InvalidDocument', `TRL of ${document.id} must be an integer from 1 to 9`);
    }
    const previous = this.docById.get(document.id);
    if (previous !== undefined) {
      this.removeDoc(previous);
      this.compactIfSparse();
    }
    const doc = this.nextDoc++;
    this.ensureCapacity(doc + 1);

    // Field frequencies of every term, counted in per-term scratch arrays (no per-token map or
    // allocation), concepts found through their first tokens' flags, and where each concept was first
    // seen.
    this.upsertStamp = (this.upsertStamp + 1) >>> 0;
    if (this.upsertStamp === 0) {
      this.termStamp.fill(0);
      this.upsertStamp = 1;
    }
    const docStamp = this.upsertStamp;
    let languages = 1 << LANGUAGES.indexOf(document.originalLanguage);
    const fields: readonly (readonly TokenRun[])[] = [tokens.title, tokens.summary, tokens.body];
    this.docTermCount = 0;
    this.docConceptCount = 0;
    for (let field = 0; field < 3; field++) {
      let length = 0;
      for (const run of fields[field] ?? []) {
        languages |= 1 << LANGUAGES.indexOf(run.lang);
        const runTokens = run.tokens;
        length += runTokens.length;
        this.runTermIds = grown(this.runTermIds, runTokens.length);
        const runTermIds = this.runTermIds;
        let conceptCandidates = 0;
        for (let at = 0; at < runTokens.length; at++) {
          const termId = this.termIdFor(runTokens[at] ?? '');
          runTermIds[at] = termId;
          this.countTerm(termId, field, docStamp);
          conceptCandidates |= this.conceptStart[termId] ?? 0;
        }
        if (conceptCandidates === 0) continue;
        let at = 0;
        while (at < runTokens.length) {
          const match =
            (this.conceptStart[runTermIds[at] ?? 0] ?? 0) === 0
              ? null
              : this.matcher.longestAt(runTokens, at);
          if (match === null) {
            at++;
            continue;
          }
          for (const ref of match.terms) {
            const termId = this.conceptTermId(ref.concept);
            if (this.termStamp[termId] !== docStamp) {
              this.docConcepts = grown(this.docConcepts, (this.docConceptCount + 1) * 2);
              this.docConcepts[this.docConceptCount * 2] = termId;
              this.docConcepts[this.docConceptCount * 2 + 1] = surfaceCode(ref);
              this.docConceptCount++;
            }
            this.countTerm(termId, field, docStamp);
          }
          at = match.end;
        }
      }
      this.fieldLength[doc * 3 + field] = Math.min(length, 0xffff);
      this.fieldLengthSum[field] = (this.fieldLengthSum[field] ?? 0) + Math.min(length, 0xffff);
    }
    const facetTerm = (term: string) => {
      const termId = this.termIdFor(term);
      if (this.termStamp[termId] !== docStamp) {
        this.countTerm(termId, 2, docStamp);
        return;
      }
      // Facet pseudo-terms count once in the body, whatever else was counted for them.
      this.termTitle[termId] = 0;
      this.termSummary[termId] = 0;
      this.termBody[termId] = 1;
    };
    for (const sector of document.sectors) facetTerm(SECTOR_PREFIX + sector);
    for (const keyword of document.keywords) facetTerm(KEYWORD_PREFIX + keyword.trim().toLowerCase());
    for (const code of document.isic) facetTerm(ISIC_PREFIX + code);

    // Forward record: concept terms first, then the other terms, then each concept's surface code.
    const conceptCount = this.docConceptCount;
    const termCount = Math.min(this.docTermCount, 0xffff);
    const recordLength = termCount + conceptCount;
    const { arena, offset } = this.allocateForward(recordLength);
    let written = 0;
    for (let c = 0; c < conceptCount; c++) arena[offset + written++] = this.docConcepts[c * 2] ?? 0;
    for (let i = 0; i < this.docTermCount && written < termCount; i++) {
      const termId = this.docTerms[i] ?? 0;
      if (this.termClass[termId] !== CONCEPT) arena[offset + written++] = termId;
    }
    for (let i = 0; i < termCount; i++) {
      const termId = arena[offset + i] ?? 0;
      this.appendPosting(
        termId,
        doc,
        packFrequencies(
          this.termTitle[termId] ?? 0,
          this.termSummary[termId] ?? 0,
          this.termBody[termId] ?? 0,
        ),
      );
    }
    for (let c = 0; c < conceptCount; c++) arena[offset + termCount + c] = this.docConcepts[c * 2 + 1] ?? 0;
    this.forwardChunk[doc] = this.forwardArenas.length - 1;
    this.forwardOffset[doc] = offset;
    this.forwardTerms[doc] = termCount;
    this.forwardConcepts[doc] = conceptCount;

    // Facets.
    this.ids[doc] = document.id;
    this.docById.set(document.id, doc);
    setBit(this.alive, doc);
    this.liveCount++;
    this.kind[doc] = PROFILE_KINDS.indexOf(document.kind);
    this.status[doc] = PROFILE_STATUSES.indexOf(document.status);
    this.organisation[doc] =
      document.organisationKind === null
        ? NO_ORGANISATION
        : ORGANISATION_KINDS.indexOf(document.organisationKind);
    this.originalLanguage[doc] = LANGUAGES.indexOf(document.originalLanguage);
    this.languageMask[doc] = languages;
    let cooperation = 0;
    for (const type of document.cooperationTypes) cooperation |= 1 << COOPERATION_TYPES.indexOf(type);
    let target = 0;
    for (const c of document.targetCountries) target |= 1 << COUNTRIES.indexOf(c);
    this.facetWord[doc] = packFacetWord(
      isRequest(document.kind),
      document.trl ?? 0,
      cooperation,
      COUNTRIES.indexOf(document.country),
      target,
    );
    this.setFacet(`kind:${document.kind}`, doc);
    this.setFacet(`status:${document.status}`, doc);
    this.setFacet(`country:${document.country}`, doc);
    if (document.organisationKind !== null) this.setFacet(`org:${document.organisationKind}`, doc);
    if (document.trl !== null) this.setFacet(`trl:${document.trl}`, doc);
    for (const type of new Set(document.cooperationTypes)) this.setFacet(`coop:${type}`, doc);
    for (const sector of new Set(document.sectors)) this.setFacet(`sector:${sector}`, doc);
  }

  /** Removes a document (a profile withdrawn, expired or completed). Unknown ids are ignored. */
  remove(id: string): boolean {
    const doc = this.docById.get(id);
    if (doc === undefined) return false;
    this.removeDoc(doc);
    this.compactIfSparse();
    return true;
  }

  /**
   * The cluster a document is numbered in at compaction: by kind, then published or not, then country,
   * so that a filter on kinds or status (every matching asks for complementary kinds, published) or on
   * countries keeps a few long runs of document numbers and rankings skip the rest of each list.
   */
  private clusterOf(doc: number): number {
    const published = this.status[doc] === PUBLISHED_STATUS ? 0 : 1;
    const country = countryOfWord(this.facetWord[doc] ?? 0);
    return ((this.kind[doc] ?? 0) * 2 + published) * COUNTRIES.length + country;
  }

  /** Renumbers once removed documents outnumber live ones (amortised: each renumbering halves the numbers). */
  private compactIfSparse(): void {
    if (this.deadDocs > Math.max(4096, this.liveCount)) this.compact();
  }

  private removeDoc(doc: number): void {
    clearBit(this.alive, doc);
    const id = this.ids[doc];
    if (id !== undefined) this.docById.delete(id);
    this.ids[doc] = undefined;
    this.liveCount--;
    this.deadDocs++;
    for (let field = 0; field < 3; field++) {
      this.fieldLengthSum[field] =
        (this.fieldLengthSum[field] ?? 0) - (this.fieldLength[doc * 3 + field] ?? 0);
    }
    const arena = this.forwardArenas[this.forwardChunk[doc] ?? 0] ?? new Int32Array(0);
    const offset = this.forwardOffset[doc] ?? 0;
    const terms = this.forwardTerms[doc] ?? 0;
    for (let i = 0; i < terms; i++) {
      const termId = arena[offset + i] ?? 0;
      this.documentFrequency[termId] = (this.documentFrequency[termId] ?? 0) - 1;
      const dead = (this.deadPostings[termId] ?? 0) + 1;
      this.deadPostings[termId] = dead;
      if (dead >= 8 && dead > (this.documentFrequency[termId] ?? 0)) this.dropDeadPostings(termId);
    }
  }

  /**
   * Renumbers the live documents densely, drops removed entries and spare capacity. Runs by itself when
   * removed documents outnumber live ones; call it after a bulk load to give back the growth slack.
   * Rankings are the same before and after.
   */
  compact(): void {
    const live = this.liveCount;
    // Live documents grouped by cluster, in their previous order within a cluster.
    const clusterOf = new Uint8Array(this.nextDoc);
    const clusterStart = new Int32Array(CLUSTER_COUNT + 1);
    for (let doc = 0; doc < this.nextDoc; doc++) {
      if (!hasBit(this.alive, doc)) continue;
      const cluster = this.clusterOf(doc);
      clusterOf[doc] = cluster;
      clusterStart[cluster + 1] = (clusterStart[cluster + 1] ?? 0) + 1;
    }
    for (let c = 0; c < CLUSTER_COUNT; c++)
      clusterStart[c + 1] = (clusterStart[c + 1] ?? 0) + (clusterStart[c] ?? 0);
    const clusterNext = clusterStart.slice(0, CLUSTER_COUNT);
    const renumber = new Int32Array(this.nextDoc).fill(-1);
    for (let doc = 0; doc < this.nextDoc; doc++) {
      if (!hasBit(this.alive, doc)) continue;
      const cluster = clusterOf[doc] ?? 0;
      renumber[doc] = clusterNext[cluster] ?? 0;
      clusterNext[cluster] = (clusterNext[cluster] ?? 0) + 1;
    }

    // Each list's live postings in the new order: a counting sort by cluster, stable within one.
    const perCluster = new Int32Array(CLUSTER_COUNT + 1);
    for (let t = 0; t < this.termText.length; t++) {
      const list = this.postings[t] ?? EMPTY_POSTINGS;
      const used = this.postingInts[t] ?? 0;
      perCluster.fill(0);
      for (let j = 0; j < used; j += 2) {
        const doc = list[j] ?? 0;
        if ((renumber[doc] ?? -1) < 0) continue;
        const slot = (clusterOf[doc] ?? 0) + 1;
        perCluster[slot] = (perCluster[slot] ?? 0) + 1;
      }
      for (let c = 0; c < CLUSTER_COUNT; c++)
        perCluster[c + 1] = (perCluster[c + 1] ?? 0) + (perCluster[c] ?? 0);
      const out = new Int32Array((perCluster[CLUSTER_COUNT] ?? 0) * 2);
      for (let j = 0; j < used; j += 2) {
        const doc = list[j] ?? 0;
        const to = renumber[doc] ?? -1;
        if (to < 0) continue;
        const cluster = clusterOf[doc] ?? 0;
        const at = (perCluster[cluster] ?? 0) * 2;
        perCluster[cluster] = (perCluster[cluster] ?? 0) + 1;
        out[at] = to;
        out[at + 1] = list[j + 1] ?? 0;
      }
      this.postings[t] = out;
      this.postingInts[t] = out.length;
      this.deadPostings[t] = 0;
    }

    this.kind = renumbered(this.kind, 1, renumber, live);
    this.status = renumbered(this.status, 1, renumber, live);
    this.organisation = renumbered(this.organisation, 1, renumber, live);
    this.originalLanguage = renumbered(this.originalLanguage, 1, renumber, live);
    this.languageMask = renumbered(this.languageMask, 1, renumber, live);
    this.facetWord = renumbered(this.facetWord, 1, renumber, live);
    this.fieldLength = renumbered(this.fieldLength, 3, renumber, live);
    const forwardTerms = renumbered(this.forwardTerms, 1, renumber, live);
    const forwardConcepts = renumbered(this.forwardConcepts, 1, renumber, live);

    // Forward records into fresh arenas, in the new order.
    const oldArenas = this.forwardArenas;
    const oldChunk = this.forwardChunk;
    const oldOffset = this.forwardOffset;
    this.forwardArenas = [];
    this.forwardFill = FORWARD_CHUNK;
    this.forwardChunk = new Int32Array(Math.max(live, 1));
    this.forwardOffset = new Int32Array(Math.max(live, 1));
    const ids: (string | undefined)[] = new Array(live);
    for (let doc = 0; doc < this.nextDoc; doc++) {
      const to = renumber[doc] ?? -1;
      if (to < 0) continue;
      const length = (forwardTerms[to] ?? 0) + (forwardConcepts[to] ?? 0);
      const source = oldArenas[oldChunk[doc] ?? 0] ?? new Int32Array(0);
      const from = oldOffset[doc] ?? 0;
      const { arena, offset } = this.allocateForward(length);
      arena.set(source.subarray(from, from + length), offset);
      this.forwardChunk[to] = this.forwardArenas.length - 1;
      this.forwardOffset[to] = offset;
      const id = this.ids[doc];
      ids[to] = id;
      if (id !== undefined) this.docById.set(id, to);
    }
    this.forwardTerms = forwardTerms;
    this.forwardConcepts = forwardConcepts;
    this.ids = ids;

    for (const [key, bits] of this.facetBits) {
      const out = new Uint32Array(bitsetWords(Math.max(live, 1)));
      for (let doc = 0; doc < this.nextDoc; doc++) {
        const to = renumber[doc] ?? -1;
        if (to >= 0 && hasBit(bits, doc)) setBit(out, to);
      }
      this.facetBits.set(key, out);
    }
    this.alive = new Uint32Array(bitsetWords(Math.max(live, 1)));
    for (let doc = 0; doc < live; doc++) setBit(this.alive, doc);
    this.nextDoc = live;
    this.capacity = Math.max(live, 1);
    this.deadDocs = 0;
    this.accumulator = new Float64Array(this.capacity);
    this.touched = new Int32Array(this.capacity);
    this.filterScratch = new Uint32Array(bitsetWords(this.capacity));
    this.resetMaxFrequencies();
  }

  // ---------------------------------------------------------------- queries

  /** The weighted terms a search for the text runs: its tokens, concepts and translations. */
  planSearch(text: string, lang?: Language): WeightedTerm[] {
    return this.describe(this.searchQuery(text, lang).terms);
  }

  /** The weighted terms that stand for a document when matching it. */
  planMatch(id: string): WeightedTerm[] {
    const source = this.docById.get(id);
    if (source === undefined)
      throw new DockingError('DocumentNotIndexed', `profile ${id} is not in the docking index`);
    return this.describe(this.matchQuery(source));
  }

  private describe(terms: readonly QueryTerm[]): WeightedTerm[] {
    return terms.map((t) => ({ term: this.termText[t.termId] ?? '', weight: t.weight }));
  }

  private searchQuery(
    text: string,
    lang: Language | undefined,
  ): { terms: QueryTerm[]; queryConcepts: Map<string, number> } {
    const analysis = analyze(text, lang);
    const planned = new Map<number, QueryTerm>();
    const add = (term: string, weight: number, part: number) => {
      const termId = this.termIds.get(term);
      if (termId === undefined || weight <= 0) return;
      const existing = planned.get(termId);
      if (existing === undefined) planned.set(termId, { termId, weight, part });
      else {
        existing.weight += weight;
        existing.part = Math.min(existing.part, part);
      }
    };
    for (const token of analysis.tokens) add(token, 1, PART_TEXT);
    const queryConcepts = new Map<string, number>();
    for (const found of this.matcher.find(analysis.tokens)) {
      const term = this.conceptTerm(found.concept);
      add(term, this.weights.concept, PART_CONCEPT);
      if (!queryConcepts.has(term)) queryConcepts.set(term, surfaceCode(found));
    }
    if (analysis.lang !== 'und') {
      for (const token of new Set(analysis.tokens)) {
        for (const t of this.translator.translate(token, analysis.lang)) {
          if (this.selectiveEnough(t.token))
            add(t.token, this.weights.translation * t.probability, PART_TRANSLATION);
        }
      }
    }
    return { terms: [...planned.values()], queryConcepts };
  }

  /** Cross-lingual search: query text in any corridor language, ranked documents in all of them. */
  search(query: SearchQuery): SearchHit[] {
    const limit = Math.max(0, Math.floor(query.limit ?? DEFAULT_LIMIT));
    const { terms, queryConcepts } = this.searchQuery(query.text, query.lang);
    const allowed = this.filterBits(query.filters, null);
    const norms = this.lengthNorms();
    return this.rank(terms, allowed, limit, null).map(({ doc, score }) => ({
      id: this.ids[doc] ?? '',
      score,
      kind: PROFILE_KINDS[this.kind[doc] ?? 0] ?? 'technology_offer',
      originalLanguage: LANGUAGES[this.originalLanguage[doc] ?? 0] ?? 'en',
      sharedConcepts: this.sharedConcepts(queryConcepts, doc),
      scoreParts: this.scoreParts(terms, doc, norms),
    }));
  }

  /**
   * The profiles that answer a profile (offers for a request and the reverse), best first, each with
   * the reasons. Only published profiles are proposed unless the filters name statuses.
   */
  matchesFor(id: string, options: MatchOptions = {}): MatchHit[] {
    const source = this.docById.get(id);
    if (source === undefined)
      throw new DockingError('DocumentNotIndexed', `profile ${id} is not in the docking index`);
    const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
    const terms = this.matchQuery(source);
    const filters: DockingFilters = { ...options.filters };
    if (filters.statuses === undefined || filters.statuses.length === 0) filters.statuses = ['published'];
    const allowed = this.filterBits(filters, source);
    clearBit(allowed, source);
    const sourceFacets = this.compatibilityFacets(source);
    const ranked = this.rank(terms, allowed, limit, this.facetWord[source] ?? 0);
    const norms = this.lengthNorms();
    const sourceConcepts = this.conceptSurfaces(source);
    const sourceFacetTerms = this.facetTerms(source);
    return ranked.map(({ doc, score }) => {
      const fit = compatibility(sourceFacets, this.compatibilityFacets(doc));
      const shared = this.facetTerms(doc).filter((term) => sourceFacetTerms.includes(term));
      const strip = (prefix: string) =>
        shared
          .filter((t) => t.startsWith(prefix))
          .map((t) => t.slice(prefix.length))
          .sort(compareText);
      return {
        id: this.ids[doc] ?? '',
        score,
        kind: PROFILE_KINDS[this.kind[doc] ?? 0] ?? 'technology_offer',
        originalLanguage: LANGUAGES[this.originalLanguage[doc] ?? 0] ?? 'en',
        explanation: {
          sharedConcepts: this.sharedConcepts(sourceConcepts, doc),
          trl: fit.trl,
          cooperationTypes: fit.cooperationTypes,
          targetCountries: { compatible: fit.countriesCompatible },
          sharedSectors: strip(SECTOR_PREFIX),
          sharedKeywords: strip(KEYWORD_PREFIX),
          sharedIsic: strip(ISIC_PREFIX),
          scoreParts: this.scoreParts(terms, doc, norms),
          compatibility: fit.factor,
        },
      };
    });
  }

  /** The query that stands for a document: its weightiest tokens and their translations, its concepts and facets. */
  private matchQuery(source: number): QueryTerm[] {
    const w = this.weights;
    const arena = this.forwardArenas[this.forwardChunk[source] ?? 0] ?? new Int32Array(0);
    const offset = this.forwardOffset[source] ?? 0;
    const count = this.forwardTerms[source] ?? 0;
    const norms = this.lengthNorms();
    const textTerms: { termId: number; saturation: number; rank: number }[] = [];
    const planned = new Map<number, QueryTerm>();
    const add = (termId: number, weight: number, part: number) => {
      if (weight <= 0) return;
      const existing = planned.get(termId);
      if (existing === undefined) planned.set(termId, { termId, weight, part });
      else {
        existing.weight += weight;
        existing.part = Math.min(existing.part, part);
      }
    };
    for (let i = 0; i < count; i++) {
      const termId = arena[offset + i] ?? 0;
      const cls = this.termClass[termId] ?? TEXT;
      if (cls === FACET) {
        const text = this.termText[termId] ?? '';
        const weight = text.startsWith(SECTOR_PREFIX)
          ? w.sector
          : text.startsWith(KEYWORD_PREFIX)
            ? w.keyword
            : w.isic;
        add(termId, weight, PART_FACET);
        continue;
      }
      const packed = this.frequencyOf(termId, source);
      const tfn = this.normalisedFrequency(packed, source, norms);
      const saturation = tfn / (w.k1 + tfn);
      if (cls === CONCEPT) add(termId, w.concept * saturation, PART_CONCEPT);
      else textTerms.push({ termId, saturation, rank: saturation * this.idf(termId) });
    }
    textTerms.sort(
      (a, b) => b.rank - a.rank || compareText(this.termText[a.termId] ?? '', this.termText[b.termId] ?? ''),
    );
    const kept = textTerms.slice(0, w.matchTerms);
    for (const t of kept) add(t.termId, t.saturation, PART_TEXT);
    const languages = this.languageMask[source] ?? 0;
    for (const t of kept.slice(0, w.matchTranslatedTerms)) {
      const token = this.termText[t.termId] ?? '';
      for (const lang of tokenLanguages(token, languages)) {
        for (const translation of this.translator.translate(token, lang)) {
          const termId = this.termIds.get(translation.token);
          if (termId !== undefined && this.selectiveEnough(translation.token))
            add(termId, w.translation * translation.probability * t.saturation, PART_TRANSLATION);
        }
      }
    }
    return [...planned.values()];
  }

  /**
   * Top k documents among `allowed` by the sum of the terms' BM25F contributions, times the
   * compatibility factor with `source` (at most 1) when matching, by term-at-a-time MaxScore.
   */
  private rank(
    queryTerms: readonly QueryTerm[],
    allowed: Uint32Array,
    k: number,
    source: FacetWord | null,
  ): RankedDocument[] {
    if (k === 0 || this.liveCount === 0 || queryTerms.length === 0) return [];
    const w = this.weights;
    const norms = this.lengthNorms();
    const drift = this.frequencyDrift() * BOUND_SLACK;
    const terms: RankedTerm[] = queryTerms
      .map((t) => {
        const idf = this.idf(t.termId);
        const facet = this.termClass[t.termId] === FACET;
        const frequency = (this.maxFrequency[t.termId] ?? 0) * drift;
        const bound = facet ? t.weight * idf : (t.weight * idf * (w.k1 + 1) * frequency) / (w.k1 + frequency);
        // Terms are taken in order of their history-independent bound (saturation ignored), so that
        // scores are summed in the same order whatever the updates that led to the index.
        const order = t.weight * idf * (facet ? 1 : w.k1 + 1);
        return { ...t, idf, facet, bound, order, text: this.termText[t.termId] ?? '' };
      })
      .filter((t) => (this.documentFrequency[t.termId] ?? 0) > 0)
      .sort((a, b) => b.order - a.order || compareText(a.text, b.text));
    const remainingBound = new Float64Array(terms.length + 1);
    for (let i = terms.length - 1; i >= 0; i--)
      remainingBound[i] = (remainingBound[i + 1] ?? 0) + (terms[i]?.bound ?? 0);

    // Outside rankings every accumulator is 0 and every factor unknown; a touched document's sum is
    // positive (every contribution is), which is how phase 1 tells new documents from seen ones. A
    // document's compatibility factor is computed when first needed (see `factorOf`).
    const acc = this.accumulator;
    const touched = this.touched;
    const lengths = this.fieldLength;
    this.rankSource = source;
    // Only the stretches of document numbers holding allowed documents are read (see `clusterOf`).
    const occupied = occupiedRanges(allowed, MIN_SKIP_WORDS, this.rangeScratch);
    this.rangeScratch = occupied.ranges;
    const ranges = occupied.ranges;
    const rangeCount = occupied.count;
    const k1 = w.k1;
    const { title0, title1, summary0, summary1, body0, body1 } = norms;
    const titleWeight = w.titleWeight;
    const summaryWeight = w.summaryWeight;
    const bodyWeight = w.bodyWeight;

    let count = 0;
    let maxScore = 0;
    let threshold = 0;
    let restAtThreshold = Number.POSITIVE_INFINITY;
    let i = 0;
    // Phase 1: every posting of the terms that could still bring a new document into the top k.
    for (; i < terms.length; i++) {
      if (count >= k && (remainingBound[i] ?? 0) * BOUND_SLACK < threshold) break;
      const term = terms[i];
      if (term === undefined) break;
      const list = this.postings[term.termId] ?? EMPTY_POSTINGS;
      const used = this.postingInts[term.termId] ?? 0;
      const scale = term.weight * term.idf;
      const scaleK = scale * (k1 + 1);
      let cursor = 0;
      for (let r = 0; r < rangeCount; r++) {
        const from = seekPosting(list, used, cursor, ranges[2 * r] ?? 0);
        const to = seekPosting(list, used, from, ranges[2 * r + 1] ?? 0);
        cursor = to;
        if (term.facet) {
          for (let j = from; j < to; j += 2) {
            const doc = list[j] ?? 0;
            if (((allowed[doc >>> 5] ?? 0) & (1 << (doc & 31))) === 0) continue;
            const before = acc[doc] ?? 0;
            const score = before + scale;
            acc[doc] = score;
            touched[count] = doc;
            count += before === 0 ? 1 : 0;
            if (score > maxScore) maxScore = score;
          }
        } else {
          for (let j = from; j < to; j += 2) {
            const doc = list[j] ?? 0;
            if (((allowed[doc >>> 5] ?? 0) & (1 << (doc & 31))) === 0) continue;
            const packed = list[j + 1] ?? 0;
            const at = doc * 3;
            // Fields the term is absent from add exactly 0 (the sum is the same as skipping them), which
            // spares unpredictable branches.
            const tfn =
              (titleWeight * (packed & 255)) / (title0 + title1 * (lengths[at] ?? 0)) +
              (summaryWeight * ((packed >>> 8) & 255)) / (summary0 + summary1 * (lengths[at + 1] ?? 0)) +
              (bodyWeight * (packed >>> 16)) / (body0 + body1 * (lengths[at + 2] ?? 0));
            const before = acc[doc] ?? 0;
            const score = before + (scaleK * tfn) / (k1 + tfn);
            acc[doc] = score;
            touched[count] = doc;
            count += before === 0 ? 1 : 0;
            if (score > maxScore) maxScore = score;
          }
        }
      }
      // The k-th best of the first documents touched (those of the weightiest terms) is a lower bound
      // of the final k-th best score, and much cheaper than the k-th best of all.
      const rest = remainingBound[i + 1] ?? 0;
      if (count >= k && rest * BOUND_SLACK < maxScore) {
        threshold = Math.max(
          threshold,
          this.kthScore(touched, Math.min(count, Math.max(k, THRESHOLD_SAMPLE)), k),
        );
        restAtThreshold = rest;
      }
    }

    // Phase 2: the remaining terms only complete the candidates that can still reach the top k.
    if (i < terms.length) {
      count = this.prune(count, (remainingBound[i] ?? 0) * BOUND_SLACK, threshold);
      touched.subarray(0, count).sort();
      for (; i < terms.length; i++) {
        const term = terms[i];
        if (term === undefined) break;
        const list = this.postings[term.termId] ?? EMPTY_POSTINGS;
        const used = this.postingInts[term.termId] ?? 0;
        const scale = term.weight * term.idf;
        if (used <= count * SCAN_RATIO) {
          // A list not much longer than the candidates is read whole (in the allowed ranges): a
          // document is a candidate exactly when its sum is not 0.
          let cursor = 0;
          for (let r = 0; r < rangeCount; r++) {
            const from = seekPosting(list, used, cursor, ranges[2 * r] ?? 0);
            const to = seekPosting(list, used, from, ranges[2 * r + 1] ?? 0);
            cursor = to;
            for (let j = from; j < to; j += 2) {
              const doc = list[j] ?? 0;
              const before = acc[doc] ?? 0;
              if (before === 0) continue;
              let contribution = scale;
              if (!term.facet) {
                const tfn = this.normalisedFrequency(list[j + 1] ?? 0, doc, norms);
                contribution = (scale * (k1 + 1) * tfn) / (k1 + tfn);
              }
              acc[doc] = before + contribution;
            }
          }
        } else {
          let cursor = 0;
          for (let c = 0; c < count; c++) {
            const doc = touched[c] ?? 0;
            cursor = seekPosting(list, used, cursor, doc);
            if (cursor >= used) break;
            if (list[cursor] !== doc) continue;
            let contribution = scale;
            if (!term.facet) {
              const tfn = this.normalisedFrequency(list[cursor + 1] ?? 0, doc, norms);
              contribution = (scale * (k1 + 1) * tfn) / (k1 + tfn);
            }
            acc[doc] = (acc[doc] ?? 0) + contribution;
          }
        }
        const rest = remainingBound[i + 1] ?? 0;
        if (rest < restAtThreshold * THRESHOLD_STEP) {
          threshold = Math.max(threshold, this.kthScore(touched, count, k));
          restAtThreshold = rest;
        }
        count = this.prune(count, rest * BOUND_SLACK, threshold);
      }
    }

    // The best k, by score then id, kept in a small sorted array.
    const cut = this.kthScore(touched, count, k);
    const best: RankedDocument[] = [];
    for (let c = 0; c < count; c++) {
      const doc = touched[c] ?? 0;
      // The factor is at most 1: a sum below the cut stays below it.
      const sum = acc[doc] ?? 0;
      if (sum < cut) continue;
      const score = sum * this.factorOf(doc);
      if (score < cut) continue;
      const entry = { doc, score };
      const last = best[best.length - 1];
      if (best.length === k && last !== undefined && this.compareRanked(entry, last) >= 0) continue;
      let at = best.length;
      while (at > 0) {
        const before = best[at - 1];
        if (before === undefined || this.compareRanked(before, entry) <= 0) break;
        at--;
      }
      best.splice(at, 0, entry);
      if (best.length > k) best.pop();
    }
    for (let c = 0; c < count; c++) acc[touched[c] ?? 0] = 0;
    return best;
  }

  private compareRanked(a: RankedDocument, b: RankedDocument): number {
    return b.score - a.score || compareText(this.ids[a.doc] ?? '', this.ids[b.doc] ?? '');
  }

  /** Keeps (at the front of `touched`) the documents whose score plus `rest` may still reach `threshold`. */
  private prune(count: number, rest: number, threshold: number): number {
    const touched = this.touched;
    const acc = this.accumulator;
    let kept = 0;
    for (let c = 0; c < count; c++) {
      const doc = touched[c] ?? 0;
      const sum = (acc[doc] ?? 0) + rest;
      // The factor is at most 1, so a sum below the threshold needs no factor.
      if (sum >= threshold && sum * this.factorOf(doc) >= threshold) touched[kept++] = doc;
      else acc[doc] = 0;
    }
    return kept;
  }

  /** A document's compatibility factor with the matching source (1 when searching). */
  private factorOf(doc: number): number {
    const source = this.rankSource;
    return source === null ? 1 : compatibilityFactor(source, this.facetWord[doc] ?? 0);
  }

  /** The k-th highest current score among the first `count` touched documents (0 when fewer than k). */
  private kthScore(docs: Int32Array, count: number, k: number): number {
    if (count < k) return 0;
    if (this.heap.length < k) this.heap = new Float64Array(k);
    const heap = this.heap;
    let size = 0;
    const acc = this.accumulator;
    for (let c = 0; c < count; c++) {
      const doc = docs[c] ?? 0;
      const sum = acc[doc] ?? 0;
      // The factor is at most 1: a sum not above the heap's least cannot enter it.
      if (size === k && sum <= (heap[0] ?? 0)) continue;
      const score = sum * this.factorOf(doc);
      if (size < k) {
        let i = size++;
        heap[i] = score;
        while (i > 0) {
          const parent = (i - 1) >>> 1;
          if ((heap[parent] ?? 0) <= score) break;
          heap[i] = heap[parent] ?? 0;
          heap[parent] = score;
          i = parent;
        }
      } else if (score > (heap[0] ?? 0)) {
        heap[0] = score;
        let i = 0;
        for (;;) {
          const left = 2 * i + 1;
          const right = left + 1;
          let smallest = i;
          if (left < k && (heap[left] ?? 0) < (heap[smallest] ?? 0)) smallest = left;
          if (right < k && (heap[right] ?? 0) < (heap[smallest] ?? 0)) smallest = right;
          if (smallest === i) break;
          const tmp = heap[i] ?? 0;
          heap[i] = heap[smallest] ?? 0;
          heap[smallest] = tmp;
          i = smallest;
        }
      }
    }
    return heap[0] ?? 0;
  }

  // ---------------------------------------------------------------- filters

  /**
   * The live documents passing the filters (the live set itself when there are none); with a matching
   * source, also restricted to the kinds that dock with it.
   */
  private filterBits(filters: DockingFilters | undefined, source: number | null): Uint32Array {
    const groups: Uint32Array[][] = [];
    const facet = (prefix: string, values: readonly (string | number)[] | undefined) => {
      if (values === undefined || values.length === 0) return;
      groups.push(values.flatMap((v) => this.facetBits.get(`${prefix}:${v}`) ?? []));
    };
    facet('kind', filters?.kinds);
    facet('country', filters?.countries);
    facet('status', filters?.statuses);
    facet('coop', filters?.cooperationTypes);
    facet('org', filters?.organisationKinds);
    const sectors = filters?.sectors;
    if (sectors !== undefined && sectors.length > 0) {
      const bits: Uint32Array[] = [];
      for (const [key, value] of this.facetBits) {
        if (!key.startsWith(SECTOR_PREFIX)) continue;
        const code = key.slice(SECTOR_PREFIX.length);
        if (sectors.some((s) => code === s || code.startsWith(`${s}.`))) bits.push(value);
      }
      groups.push(bits);
    }
    const range = filters?.trl;
    if (range !== undefined && (range.min !== undefined || range.max !== undefined)) {
      const levels: number[] = [];
      for (let level = Math.max(1, range.min ?? 1); level <= Math.min(9, range.max ?? 9); level++)
        levels.push(level);
      groups.push(levels.flatMap((level) => this.facetBits.get(`trl:${level}`) ?? []));
    }
    if (groups.length === 0 && source === null) return this.alive;
    const out = this.filterScratch;
    out.set(this.alive);
    for (const group of groups) intersectWithUnion(out, group);
    if (source !== null) this.restrictToComplementary(out, source);
    return out;
  }

  private restrictToComplementary(out: Uint32Array, source: number): void {
    const organisationIndex = this.organisation[source] ?? NO_ORGANISATION;
    const rules = complementaryKinds(
      PROFILE_KINDS[this.kind[source] ?? 0] ?? 'technology_offer',
      organisationIndex === NO_ORGANISATION ? null : (ORGANISATION_KINDS[organisationIndex] ?? null),
    );
    const bitsOf = (kinds: readonly ProfileKind[]) =>
      kinds.flatMap((kind) => this.facetBits.get(`kind:${kind}`) ?? []);
    const anyone = bitsOf(rules.fromAnyone);
    const research = bitsOf(rules.fromResearchOrganisations);
    const researchOrganisations = RESEARCH_ORGANISATION_KINDS.flatMap(
      (kind) => this.facetBits.get(`org:${kind}`) ?? [],
    );
    for (let word = 0; word < out.length; word++) {
      let anyKind = 0;
      for (const bits of anyone) anyKind |= bits[word] ?? 0;
      let researchKind = 0;
      for (const bits of research) researchKind |= bits[word] ?? 0;
      let byResearch = 0;
      for (const bits of researchOrganisations) byResearch |= bits[word] ?? 0;
      out[word] = (out[word] ?? 0) & (anyKind | (researchKind & byResearch));
    }
  }

  // ---------------------------------------------------------------- explanations

  private compatibilityFacets(doc: number) {
    const word = this.facetWord[doc] ?? 0;
    const cooperation = cooperationOfWord(word);
    const target = targetsOfWord(word);
    const trl = trlOfWord(word);
    return {
      kind: PROFILE_KINDS[this.kind[doc] ?? 0] ?? 'technology_offer',
      trl: trl === 0 ? null : trl,
      cooperationTypes: COOPERATION_TYPES.filter(
        (_, i) => (cooperation & (1 << i)) !== 0,
      ) as CooperationType[],
      country: COUNTRIES[countryOfWord(word)] ?? 'OTHER',
      targetCountries: COUNTRIES.filter((_, i) => (target & (1 << i)) !== 0) as Country[],
    };
  }

  /** Concept term → surface code of the term the document used. */
  private conceptSurfaces(doc: number): Map<string, number> {
    const out = new Map<string, number>();
    const arena = this.forwardArenas[this.forwardChunk[doc] ?? 0] ?? new Int32Array(0);
    const offset = this.forwardOffset[doc] ?? 0;
    const terms = this.forwardTerms[doc] ?? 0;
    const concepts = this.forwardConcepts[doc] ?? 0;
    for (let i = 0; i < concepts; i++) {
      out.set(this.termText[arena[offset + i] ?? 0] ?? '', arena[offset + terms + i] ?? 0);
    }
    return out;
  }

  private facetTerms(doc: number): string[] {
    const out: string[] = [];
    const arena = this.forwardArenas[this.forwardChunk[doc] ?? 0] ?? new Int32Array(0);
    const offset = this.forwardOffset[doc] ?? 0;
    const terms = this.forwardTerms[doc] ?? 0;
    for (let i = 0; i < terms; i++) {
      const termId = arena[offset + i] ?? 0;
      if (this.termClass[termId] === FACET) out.push(this.termText[termId] ?? '');
    }
    return out;
  }

  private sharedConcepts(source: Map<string, number>, doc: number): SharedConcept[] {
    if (source.size === 0) return [];
    const target = this.conceptSurfaces(doc);
    const shared: SharedConcept[] = [];
    for (const [term, sourceCode] of source) {
      const targetCode = target.get(term);
      if (targetCode === undefined) continue;
      const from = decodeSurface(sourceCode);
      const to = decodeSurface(targetCode);
      shared.push({
        conceptId: term.slice(CONCEPT_PREFIX.length),
        sourceTerm: this.matcher.termText(from),
        sourceLanguage: from.lang,
        targetTerm: this.matcher.termText(to),
        targetLanguage: to.lang,
      });
    }
    return shared.sort((a, b) => compareText(a.conceptId, b.conceptId));
  }

  private scoreParts(terms: readonly QueryTerm[], doc: number, norms: LengthNorms): ScoreParts {
    const parts = [0, 0, 0, 0];
    const k1 = this.weights.k1;
    for (const term of terms) {
      const list = this.postings[term.termId] ?? new Int32Array(0);
      const used = this.postingInts[term.termId] ?? 0;
      const at = seekPosting(list, used, 0, doc);
      if (at >= used || list[at] !== doc) continue;
      const scale = term.weight * this.idf(term.termId);
      let contribution = scale;
      if (this.termClass[term.termId] !== FACET) {
        const tfn = this.normalisedFrequency(list[at + 1] ?? 0, doc, norms);
        contribution = (scale * (k1 + 1) * tfn) / (k1 + tfn);
      }
      parts[term.part] = (parts[term.part] ?? 0) + contribution;
    }
    return {
      text: parts[PART_TEXT] ?? 0,
      translation: parts[PART_TRANSLATION] ?? 0,
      concepts: parts[PART_CONCEPT] ?? 0,
      facets: parts[PART_FACET] ?? 0,
    };
  }

  // ---------------------------------------------------------------- internals

  /** Constants of the BM25F length normalisation, from the current average field lengths. */
  private lengthNorms(): LengthNorms {
    return this.normsFor(this.currentAverages());
  }

  private currentAverages(): Float64Array {
    const n = Math.max(this.liveCount, 1);
    return Float64Array.from(this.fieldLengthSum, (sum) => Math.max(sum / n, 1));
  }

  private normsFor(averages: Float64Array): LengthNorms {
    const w = this.weights;
    return {
      title0: 1 - w.titleB,
      title1: w.titleB / (averages[0] ?? 1),
      summary0: 1 - w.summaryB,
      summary1: w.summaryB / (averages[1] ?? 1),
      body0: 1 - w.bodyB,
      body1: w.bodyB / (averages[2] ?? 1),
    };
  }

  /**
   * How much larger a pseudo frequency can be under the current averages than under the reference
   * ones: a field's denominator 1 - b + b·len/avg shrinks at most by avg/reference when the average
   * grows, and never when it shrinks.
   */
  private frequencyDrift(): number {
    const now = this.currentAverages();
    let drift = 1;
    for (let field = 0; field < 3; field++)
      drift = Math.max(drift, (now[field] ?? 1) / (this.referenceAverages[field] ?? 1));
    return drift;
  }

  /** Takes the current averages as the reference and recomputes every term's largest pseudo frequency. */
  private resetMaxFrequencies(): void {
    this.referenceAverages = this.currentAverages();
    this.referenceNorms = this.normsFor(this.referenceAverages);
    const norms = this.referenceNorms;
    for (let t = 0; t < this.termText.length; t++) {
      const list = this.postings[t] ?? EMPTY_POSTINGS;
      const used = this.postingInts[t] ?? 0;
      let max = 0;
      for (let j = 0; j < used; j += 2) {
        const frequency = this.normalisedFrequency(list[j + 1] ?? 0, list[j] ?? 0, norms);
        if (frequency > max) max = frequency;
      }
      this.maxFrequency[t] = max;
    }
  }

  /** Whether a translation is rare enough to be worth its posting list (see maxTranslationDocumentShare). */
  private selectiveEnough(term: string): boolean {
    const termId = this.termIds.get(term);
    if (termId === undefined) return false;
    const limit = Math.max(1000, this.weights.maxTranslationDocumentShare * this.liveCount);
    return (this.documentFrequency[termId] ?? 0) <= limit;
  }

  private idf(termId: number): number {
    const df = this.documentFrequency[termId] ?? 0;
    return Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5));
  }

  /** BM25F's pseudo term frequency: field frequencies weighted and length-normalised (as in `rank`). */
  private normalisedFrequency(packed: number, doc: number, norms: LengthNorms): number {
    const w = this.weights;
    const t = packed & 255;
    const s = (packed >>> 8) & 255;
    const b = packed >>> 16;
    const lengths = this.fieldLength;
    let tfn = 0;
    if (t !== 0) tfn += (w.titleWeight * t) / (norms.title0 + norms.title1 * (lengths[doc * 3] ?? 0));
    if (s !== 0)
      tfn += (w.summaryWeight * s) / (norms.summary0 + norms.summary1 * (lengths[doc * 3 + 1] ?? 0));
    if (b !== 0) tfn += (w.bodyWeight * b) / (norms.body0 + norms.body1 * (lengths[doc * 3 + 2] ?? 0));
    return tfn;
  }

  private frequencyOf(termId: number, doc: number): number {
    const list = this.postings[termId] ?? new Int32Array(0);
    const used = this.postingInts[termId] ?? 0;
    const at = seekPosting(list, used, 0, doc);
    return at < used && list[at] === doc ? (list[at + 1] ?? 0) : 0;
  }

  private conceptTerm(conceptIndex: number): string {
    return CONCEPT_PREFIX + (this.matcher.concepts[conceptIndex]?.id ?? '');
  }

  private termIdFor(term: string): number {
    const existing = this.termIds.get(term);
    if (existing !== undefined) return existing;
    const termId = this.termText.length;
    this.termIds.set(term, termId);
    this.termText.push(term);
    this.postings.push(new Int32Array(2));
    const size = termId + 1;
    this.termClass = grown(this.termClass, size);
    this.postingInts = grown(this.postingInts, size);
    this.documentFrequency = grown(this.documentFrequency, size);
    this.deadPostings = grown(this.deadPostings, size);
    this.termStamp = grown(this.termStamp, size);
    this.maxFrequency = grown(this.maxFrequency, size);
    this.termTitle = grown(this.termTitle, size);
    this.termSummary = grown(this.termSummary, size);
    this.termBody = grown(this.termBody, size);
    this.conceptStart = grown(this.conceptStart, size);
    this.conceptStart[termId] = this.matcher.startsTerm(term) ? 1 : 0;
    this.termClass[termId] = term.startsWith(CONCEPT_PREFIX)
      ? CONCEPT
      : term.startsWith(SECTOR_PREFIX) || term.startsWith(KEYWORD_PREFIX) || term.startsWith(ISIC_PREFIX)
        ? FACET
        : TEXT;
    return termId;
  }

  /** The term id of a concept's pseudo-term. */
  private conceptTermId(conceptIndex: number): number {
    const known = this.conceptTermIds[conceptIndex] ?? -1;
    if (known >= 0) return known;
    const termId = this.termIdFor(this.conceptTerm(conceptIndex));
    this.conceptTermIds[conceptIndex] = termId;
    return termId;
  }

  /** Counts one occurrence of a term in a field of the document being indexed (saturating). */
  private countTerm(termId: number, field: number, stamp: number): void {
    if (this.termStamp[termId] !== stamp) {
      this.termStamp[termId] = stamp;
      this.termTitle[termId] = 0;
      this.termSummary[termId] = 0;
      this.termBody[termId] = 0;
      this.docTerms = grown(this.docTerms, this.docTermCount + 1);
      this.docTerms[this.docTermCount++] = termId;
    }
    const counts = field === 0 ? this.termTitle : field === 1 ? this.termSummary : this.termBody;
    const value = counts[termId] ?? 0;
    if (value < FIELD_COUNTER_LIMIT - 1) counts[termId] = value + 1;
  }

  private appendPosting(termId: number, doc: number, packed: number): void {
    let list = this.postings[termId] ?? new Int32Array(2);
    const used = this.postingInts[termId] ?? 0;
    if (used + 2 > list.length) {
      const grown = new Int32Array(Math.max(4, Math.ceil((list.length * 1.5) / 2) * 2));
      grown.set(list.subarray(0, used));
      list = grown;
      this.postings[termId] = list;
    }
    list[used] = doc;
    list[used + 1] = packed;
    this.postingInts[termId] = used + 2;
    const frequency = this.normalisedFrequency(packed, doc, this.referenceNorms);
    if (frequency > (this.maxFrequency[termId] ?? 0)) this.maxFrequency[termId] = frequency;
    this.documentFrequency[termId] = (this.documentFrequency[termId] ?? 0) + 1;
  }

  private dropDeadPostings(termId: number): void {
    const list = this.postings[termId] ?? new Int32Array(0);
    const used = this.postingInts[termId] ?? 0;
    let k = 0;
    for (let j = 0; j < used; j += 2) {
      const doc = list[j] ?? 0;
      if (!hasBit(this.alive, doc)) continue;
      list[k++] = doc;
      list[k++] = list[j + 1] ?? 0;
    }
    this.postingInts[termId] = k;
    this.deadPostings[termId] = 0;
  }

  private allocateForward(length: number): { arena: Int32Array; offset: number } {
    let arena = this.forwardArenas[this.forwardArenas.length - 1];
    if (arena === undefined || this.forwardFill + length > arena.length) {
      // Arenas grow from small (small indexes stay small) to FORWARD_CHUNK ints.
      const size = Math.min(FORWARD_CHUNK, Math.max(1024, (arena?.length ?? 0) * 2));
      arena = new Int32Array(Math.max(size, length));
      this.forwardArenas.push(arena);
      this.forwardFill = 0;
    }
    const offset = this.forwardFill;
    this.forwardFill += length;
    return { arena, offset };
  }

  private setFacet(key: string, doc: number): void {
    let bits = this.facetBits.get(key);
    if (bits === undefined) {
      bits = new Uint32Array(bitsetWords(this.capacity));
      this.facetBits.set(key, bits);
    }
    setBit(bits, doc);
  }

  private ensureCapacity(size: number): void {
    if (size <= this.capacity) return;
    const capacity = Math.max(size, Math.ceil(this.capacity * 1.5), 64);
    this.capacity = capacity;
    this.kind = grown(this.kind, capacity);
    this.status = grown(this.status, capacity);
    this.organisation = grown(this.organisation, capacity);
    this.originalLanguage = grown(this.originalLanguage, capacity);
    this.languageMask = grown(this.languageMask, capacity);
    this.facetWord = grown(this.facetWord, capacity);
    this.fieldLength = grown(this.fieldLength, capacity * 3);
    this.forwardChunk = grown(this.forwardChunk, capacity);
    this.forwardOffset = grown(this.forwardOffset, capacity);
    this.forwardTerms = grown(this.forwardTerms, capacity);
    this.forwardConcepts = grown(this.forwardConcepts, capacity);
    const words = bitsetWords(capacity);
    this.alive = resized(this.alive, words);
    for (const [key, bits] of this.facetBits) this.facetBits.set(key, resized(bits, words));
    this.filterScratch = new Uint32Array(words);
    const accumulator = new Float64Array(capacity);
    accumulator.set(this.accumulator.subarray(0, Math.min(this.accumulator.length, capacity)));
    this.accumulator = accumulator;
    this.touched = new Int32Array(capacity);
  }
}

/** A concept occurrence's term packed in one int: concept position, term position (< 256), language. */
function surfaceCode(found: ConceptTermRef): number {
  return (found.concept * 256 + Math.min(found.term, 255)) * 8 + LANGUAGES.indexOf(found.lang);
}

function decodeSurface(code: number): { concept: number; lang: Language; term: number } {
  return { concept: Math.floor(code / 2048), lang: LANGUAGES[code & 7] ?? 'en', term: (code >>> 3) & 255 };
}

/** Index (even) of the first posting at or after `from` whose document is at least `doc`. */
function seekPosting(list: Int32Array, used: number, from: number, doc: number): number {
  if (from >= used || (list[from] ?? 0) >= doc) return from;
  // Gallop, then binary search between the last two probes.
  let step = 2;
  let low = from;
  let high = from + step;
  while (high < used && (list[high] ?? 0) < doc) {
    low = high;
    step *= 2;
    high = from + step;
  }
  if (high > used) high = used;
  // list[low] < doc; answer in (low, high].
  let lo = (low >>> 1) + 1;
  let hi = high >>> 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid * 2] ?? 0) < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2;
}
