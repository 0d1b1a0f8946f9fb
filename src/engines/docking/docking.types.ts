/**
 * The docking engine's plain data: what goes in (documents derived from partnering profiles, concepts,
 * a lexicon) and what comes out (search hits, matches and their explanations).
 */
import type {
  CooperationType,
  Country,
  Language,
  MultilingualText,
  OrganisationKind,
  ProfileKind,
  ProfileStatus,
} from '../../domain/vocabulary.js';

/**
 * A partnering profile as the docking engine sees it: its texts and the language-independent facets.
 * Built from a profile by `dockingDocumentFromProfile`.
 */
export interface DockingDocument {
  /** The profile id. */
  id: string;
  kind: ProfileKind;
  status: ProfileStatus;
  originalLanguage: Language;
  /** Country of the publishing organisation. */
  country: Country;
  /** Kind of the publishing organisation; decides who may answer an R&D request. */
  organisationKind: OrganisationKind | null;
  /** Weighted highest. */
  title: MultilingualText;
  /** Weighted above the body. */
  summary: MultilingualText;
  /** Description, advantages and specification, each language's parts in that order. */
  body: MultilingualText;
  /** Offers: the level reached. Requests: the minimum level sought. */
  trl: number | null;
  cooperationTypes: readonly CooperationType[];
  /** Child codes of the sector taxonomy. */
  sectors: readonly string[];
  /** English lower-case technology keywords. */
  keywords: readonly string[];
  /** ISIC Rev.4 classes. */
  isic: readonly string[];
  /** Countries the profile wants partners in; empty means anywhere. */
  targetCountries: readonly Country[];
}

/** Tokens of one language version of a field. */
export interface TokenRun {
  lang: Language;
  tokens: readonly string[];
}

/**
 * A document's text after the text pipeline, per field: what `analyseDocument` returns. The slow part
 * of indexing (ICU and jieba segmentation), so callers may compute it ahead (in a worker, or once at
 * publication) and hand it to `DockingIndex.upsert`.
 */
export interface DocumentTokens {
  title: readonly TokenRun[];
  summary: readonly TokenRun[];
  body: readonly TokenRun[];
}

/** One concept of the terminology base: its terms in each corridor language. */
export interface TermConcept {
  id: string;
  sectors: readonly string[];
  terms: Partial<Record<Language, readonly string[]>>;
}

/**
 * Word translation probabilities between two languages, as the bilingual lexicon (`Lexicon`) gives
 * them: `directTable(from, to).get(word)` maps each translation to p(translation | word).
 */
export interface TranslationSource {
  directTable(from: Language, to: Language): ReadonlyMap<string, ReadonlyMap<string, number>> | null;
}

/**
 * Facet filters. Values within one facet are alternatives (any may match); facets combine with AND.
 * An absent or empty list sets no condition.
 */
export interface DockingFilters {
  kinds?: readonly ProfileKind[];
  /** Country of the publishing organisation. */
  countries?: readonly Country[];
  /** Sector codes; a group code (`agrifood`) matches all its children. */
  sectors?: readonly string[];
  /** Inclusive TRL range; documents without a TRL never pass a TRL filter. */
  trl?: { min?: number; max?: number };
  cooperationTypes?: readonly CooperationType[];
  statuses?: readonly ProfileStatus[];
  organisationKinds?: readonly OrganisationKind[];
}

/** A free-text search from the single search box. */
export interface SearchQuery {
  /** Text in any corridor language. */
  text: string;
  /** The query's language when the caller knows it; detected otherwise. */
  lang?: Language;
  filters?: DockingFilters;
  /** Number of hits wanted (default 20). */
  limit?: number;
}

/** A concept that two texts share, with the term each side used. */
export interface SharedConcept {
  conceptId: string;
  sourceTerm: string;
  sourceLanguage: Language;
  targetTerm: string;
  targetLanguage: Language;
}

/** How much each bridge contributed to a score (before the compatibility factor). */
export interface ScoreParts {
  /** Same tokens on both sides (same language, numbers, names). */
  text: number;
  /** Tokens reached through the bilingual lexicon. */
  translation: number;
  /** Terminology concepts. */
  concepts: number;
  /** Sectors, keywords and ISIC codes. */
  facets: number;
}

export interface SearchHit {
  id: string;
  score: number;
  kind: ProfileKind;
  originalLanguage: Language;
  /** Concepts of the query found in the document. */
  sharedConcepts: SharedConcept[];
  scoreParts: ScoreParts;
}

/** Why two profiles dock: structured data the UI renders in the reader's language. */
export interface MatchExplanation {
  sharedConcepts: SharedConcept[];
  /** The offer's TRL and the TRL the request seeks, when the pair has an offer and a request. */
  trl: { offered: number | null; sought: number | null; satisfied: boolean | null } | null;
  /** Cooperation types both profiles accept. */
  cooperationTypes: CooperationType[];
  /** Each side's organisation is in a country the other side targets (or targets anywhere). */
  targetCountries: { compatible: boolean };
  sharedSectors: string[];
  sharedKeywords: string[];
  sharedIsic: string[];
  scoreParts: ScoreParts;
  /** Product of the TRL, cooperation-type and country factors applied to the score (1 = fully compatible). */
  compatibility: number;
}

export interface MatchHit {
  id: string;
  score: number;
  kind: ProfileKind;
  originalLanguage: Language;
  explanation: MatchExplanation;
}

export interface MatchOptions {
  /** Number of matches wanted (default 20). */
  limit?: number;
  /** Further filters; by default only published profiles are proposed. */
  filters?: DockingFilters;
}

/** Tuning of the ranking; every field has a default. */
export interface DockingWeights {
  /** BM25F field weights. */
  titleWeight: number;
  summaryWeight: number;
  bodyWeight: number;
  /** BM25F length normalisation per field. */
  titleB: number;
  summaryB: number;
  bodyB: number;
  /** BM25 term saturation. */
  k1: number;
  /** Query weight of a concept pseudo-term relative to a token. */
  concept: number;
  /** Query weight of a lexicon translation, multiplied by its probability. */
  translation: number;
  /** Query weights of the facet pseudo-terms in matching. */
  sector: number;
  keyword: number;
  isic: number;
  /** Translations kept per token and target language, and their least probability. */
  translationsPerLanguage: number;
  minTranslationProbability: number;
  /**
   * Translations into tokens found in more than this share of the documents (and in more than 1,000)
   * are dropped: they hardly separate documents, and their long posting lists would cost the most.
   */
  maxTranslationDocumentShare: number;
  /** Matching: the source document's most weighty tokens used as the query, and how many of them are translated. */
  matchTerms: number;
  matchTranslatedTerms: number;
}

export interface DockingIndexOptions {
  /** The terminology base (or any list of concepts). */
  concepts: readonly TermConcept[];
  /** The bilingual lexicon; without it only concepts, facets and shared tokens cross languages. */
  lexicon?: TranslationSource;
  weights?: Partial<DockingWeights>;
}
