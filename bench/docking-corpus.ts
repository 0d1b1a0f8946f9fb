/**
 * The docking benchmark's deterministic corpus: synthetic profiles in the seven languages, assembled
 * from the demo profiles and from NTREX-128 lines 1-1000 and TALPCo sentences, and the mixed queries
 * (searches, filtered searches, matches) run against them. Any process regenerates profile i alone.
 */
import { fileURLToPath } from 'node:url';
import { DEMO_PROFILES } from '../src/demo/profiles.js';
import { SECTOR_TAXONOMY } from '../src/domain/sectors.js';
import {
  COOPERATION_TYPES,
  CORRIDOR_COUNTRIES,
  type Country,
  LANGUAGES,
  type Language,
  type MultilingualText,
  ORGANISATION_KINDS,
  PROFILE_KINDS,
  type ProfileKind,
  type ProfileStatus,
} from '../src/domain/vocabulary.js';
import type {
  DockingDocument,
  DockingFilters,
  DocumentTokens,
  TermConcept,
  TokenRun,
} from '../src/engines/docking/index.js';
import { readNtrex, readTalpco } from '../src/engines/lexicon/parallel-corpus.js';
import { analyze } from '../src/engines/text/index.js';

const SEED = 0x5eed_d0c5;
const CORPUS_DIR = fileURLToPath(new URL('../../shared/data/parallel/', import.meta.url));
/** Queries per run. */
export const QUERY_COUNT = 1000;

// ------------------------------------------------------------------ deterministic material

/** mulberry32: a small seeded generator; one per document, so any process can regenerate document i. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function subset<T>(random: () => number, items: readonly T[], max: number): T[] {
  const out = new Set<T>();
  const count = Math.floor(random() * (max + 1));
  for (let i = 0; i < count; i++) out.add(pick(random, items));
  return [...out];
}

/** A paragraph of the material and its tokens. */
interface Paragraph {
  text: string;
  run: TokenRun;
}

function paragraph(text: string, lang: Language): Paragraph {
  return { text, run: { lang, tokens: analyze(text, lang).tokens } };
}

interface Template {
  lang: Language;
  title: Paragraph;
  summary: Paragraph;
  description: Paragraph;
  englishTitle: Paragraph | null;
  englishSummary: Paragraph | null;
  sectors: readonly string[];
  keywords: readonly string[];
  isic: readonly string[];
  trl: number;
}

export interface Material {
  templates: Map<Language, Template[]>;
  sentences: Map<Language, Paragraph[]>;
  sectorLabels: Map<string, Paragraph>;
  keywordRuns: Map<string, TokenRun>;
  concepts: TermConcept[];
  conceptSource: string;
}

function firstText(text: MultilingualText | undefined, lang: Language): string {
  return text?.[lang]?.trim() ?? '';
}

/** Concepts: the terminology base when it exists, else the sector taxonomy's labels. */
async function loadConcepts(): Promise<{ concepts: TermConcept[]; source: string }> {
  const specifier = '../src/domain/terminology/index.js';
  try {
    const module: unknown = await import(specifier);
    const list =
      typeof module === 'object' && module !== null ? Reflect.get(module, 'TERM_CONCEPTS') : undefined;
    if (Array.isArray(list) && list.length > 0) {
      return { concepts: list as TermConcept[], source: `terminology base (${list.length} concepts)` };
    }
  } catch {
    // Not written yet: fall back to the sector labels.
  }
  const concepts: TermConcept[] = SECTOR_TAXONOMY.flatMap((group) =>
    [group, ...group.children].map((node) => ({
      id: `sector.${node.code}`,
      sectors: [node.code],
      terms: Object.fromEntries(LANGUAGES.map((lang) => [lang, [node.labels[lang]]])),
    })),
  );
  return {
    concepts,
    source: `sector labels of the taxonomy (${concepts.length} concepts; no terminology base yet)`,
  };
}

export async function loadMaterial(): Promise<Material> {
  const templates = new Map<Language, Template[]>();
  const keywordRuns = new Map<string, TokenRun>();
  for (const profile of DEMO_PROFILES) {
    const lang = profile.originalLanguage;
    const description = [profile.description, profile.advantages, profile.specification]
      .map((t) => firstText(t, lang))
      .filter((t) => t.length > 0)
      .join(' ');
    const english = (text: MultilingualText) =>
      lang === 'en' ? null : paragraph(firstText(text, 'en'), 'en');
    const list = templates.get(lang) ?? [];
    list.push({
      lang,
      title: paragraph(firstText(profile.title, lang), lang),
      summary: paragraph(firstText(profile.summary, lang), lang),
      description: paragraph(description, lang),
      englishTitle: english(profile.title),
      englishSummary: english(profile.summary),
      sectors: profile.sectors,
      keywords: profile.keywords,
      isic: profile.isic,
      trl: profile.trl,
    });
    templates.set(lang, list);
    for (const keyword of profile.keywords)
      keywordRuns.set(keyword, { lang: 'en', tokens: analyze(keyword, 'en').tokens });
  }
  const sentences = new Map<Language, Paragraph[]>();
  for (const lang of LANGUAGES) {
    const texts = readNtrex(CORPUS_DIR, lang, 1, 1000);
    texts.push(...readTalpco(CORPUS_DIR, lang).values());
    sentences.set(
      lang,
      texts.filter((t) => t.length > 0).map((t) => paragraph(t, lang)),
    );
  }
  const sectorLabels = new Map<string, Paragraph>();
  for (const group of SECTOR_TAXONOMY) {
    for (const node of group.children) {
      for (const lang of LANGUAGES)
        sectorLabels.set(`${node.code}|${lang}`, paragraph(node.labels[lang], lang));
    }
  }
  const { concepts, source } = await loadConcepts();
  return { templates, sentences, sectorLabels, keywordRuns, concepts, conceptSource: source };
}

const LANGUAGE_WEIGHTS: [Language, number][] = [
  ['zh', 0.22],
  ['en', 0.16],
  ['th', 0.14],
  ['vi', 0.16],
  ['lo', 0.12],
  ['km', 0.1],
  ['my', 0.1],
];
const HOME_COUNTRY: Record<Language, Country> = {
  zh: 'CN',
  en: 'OTHER',
  th: 'TH',
  vi: 'VN',
  lo: 'LA',
  km: 'KH',
  my: 'MM',
};
const KIND_WEIGHTS: [ProfileKind, number][] = [
  ['technology_offer', 0.3],
  ['technology_request', 0.25],
  ['business_offer', 0.15],
  ['business_request', 0.15],
  ['rd_request', 0.15],
];
export const ALL_SECTORS = SECTOR_TAXONOMY.flatMap((group) => group.children.map((child) => child.code));

function weighted<T>(random: () => number, items: readonly [T, number][]): T {
  let r = random();
  for (const [item, weight] of items) {
    r -= weight;
    if (r < 0) return item;
  }
  return items[items.length - 1]?.[0] as T;
}

/** A generated profile: the document, its tokens (assembled from analysed paragraphs), and its texts. */
export interface Generated {
  document: DockingDocument;
  tokens: DocumentTokens;
}

export function profileId(i: number): string {
  return `p${i.toString(36).padStart(5, '0')}`;
}

export function generate(material: Material, i: number): Generated {
  const random = rng(SEED ^ Math.imul(i + 1, 0x9e3779b1));
  const lang = weighted(random, LANGUAGE_WEIGHTS);
  const templates = material.templates.get(lang) ?? [];
  const main = pick(random, templates);
  const other = pick(random, templates);
  const sentences = material.sentences.get(lang) ?? [];
  const kind = weighted(random, KIND_WEIGHTS);
  const sectors =
    random() < 0.2 ? [...new Set([...main.sectors, pick(random, ALL_SECTORS)])] : [...main.sectors];
  const keywords = [...new Set([...subset(random, main.keywords, 3), ...subset(random, other.keywords, 1)])];

  const title: Paragraph[] = [main.title];
  if (main.englishTitle !== null && random() < 0.5) title.push(main.englishTitle);
  const summary: Paragraph[] = [other.summary];
  const label = material.sectorLabels.get(`${sectors[0] ?? ''}|${lang}`);
  if (label !== undefined) summary.push(label);
  if (other.englishSummary !== null && random() < 0.4) summary.push(other.englishSummary);
  const body: Paragraph[] = [main.description];
  const extra = 1 + Math.floor(random() * 3);
  for (let s = 0; s < extra; s++) body.push(pick(random, sentences));

  const text = (paragraphs: Paragraph[]): MultilingualText => {
    const out: MultilingualText = {};
    for (const p of paragraphs)
      out[p.run.lang] = out[p.run.lang] === undefined ? p.text : `${out[p.run.lang]}\n\n${p.text}`;
    return out;
  };
  const runsInLanguageOrder = (paragraphs: Paragraph[]) =>
    LANGUAGES.flatMap((l) =>
      paragraphs.filter((p) => p.run.lang === l && p.run.tokens.length > 0).map((p) => p.run),
    );
  const trl = Math.min(9, Math.max(1, main.trl + Math.floor(random() * 5) - 2));
  const statusRoll = random();
  const status: ProfileStatus = statusRoll < 0.92 ? 'published' : statusRoll < 0.96 ? 'expired' : 'withdrawn';
  const document: DockingDocument = {
    id: profileId(i),
    kind,
    status,
    originalLanguage: lang,
    country: random() < 0.8 ? HOME_COUNTRY[lang] : pick(random, CORRIDOR_COUNTRIES),
    organisationKind: pick(random, ORGANISATION_KINDS),
    title: text(title),
    summary: text(summary),
    body: text(body),
    trl: random() < 0.9 ? trl : null,
    cooperationTypes: [pick(random, COOPERATION_TYPES), ...subset(random, COOPERATION_TYPES, 2)].filter(
      (t, k, all) => all.indexOf(t) === k,
    ),
    sectors,
    keywords,
    isic: [...main.isic],
    targetCountries: subset(random, CORRIDOR_COUNTRIES, 3),
  };
  const summaryRuns = runsInLanguageOrder(summary);
  for (const keyword of keywords) {
    const run = material.keywordRuns.get(keyword);
    if (run !== undefined && run.tokens.length > 0) summaryRuns.push(run);
  }
  return {
    document,
    tokens: { title: runsInLanguageOrder(title), summary: summaryRuns, body: runsInLanguageOrder(body) },
  };
}

// ------------------------------------------------------------------ queries

export type BenchQuery =
  | { type: 'search'; text: string; lang: Language; filters: DockingFilters }
  | { type: 'match'; id: string };

/** A short keyword query as someone would type it: one to three words of a demo title. */
function keywordText(random: () => number, template: Template): string {
  const raw = template.title.text;
  if (template.lang === 'en' || template.lang === 'vi') {
    const words = raw.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w));
    const count = template.lang === 'vi' ? 2 + Math.floor(random() * 2) : 1 + Math.floor(random() * 2);
    const start = Math.floor(random() * Math.max(1, words.length - count + 1));
    return words
      .slice(start, start + count)
      .join(' ')
      .replace(/[^\p{L}\p{N}\s-]/gu, '');
  }
  const tokens = template.title.run.tokens.filter((t) => !/^\d+$/.test(t));
  const count = 1 + Math.floor(random() * 2);
  const start = Math.floor(random() * Math.max(1, tokens.length - count + 1));
  return tokens.slice(start, start + count).join(template.lang === 'my' ? '' : ' ');
}

function randomFilters(random: () => number): DockingFilters {
  const filters: DockingFilters = { statuses: ['published'] };
  const count = 1 + Math.floor(random() * 2);
  for (let f = 0; f < count; f++) {
    const which = Math.floor(random() * 5);
    if (which === 0) filters.kinds = [pick(random, PROFILE_KINDS)];
    else if (which === 1) filters.countries = [pick(random, CORRIDOR_COUNTRIES)];
    else if (which === 2) filters.sectors = [pick(random, SECTOR_TAXONOMY).code];
    else if (which === 3) filters.trl = { min: 4 + Math.floor(random() * 4) };
    else filters.cooperationTypes = [pick(random, COOPERATION_TYPES)];
  }
  return filters;
}

export function benchQueries(material: Material, n: number): BenchQuery[] {
  const random = rng(SEED + n);
  const queries: BenchQuery[] = [];
  for (let q = 0; q < QUERY_COUNT; q++) {
    const roll = random();
    if (roll < 0.25) {
      queries.push({ type: 'match', id: profileId(Math.floor(random() * n)) });
      continue;
    }
    const lang = LANGUAGES[q % LANGUAGES.length] ?? 'en';
    const text = keywordText(random, pick(random, material.templates.get(lang) ?? []));
    queries.push({ type: 'search', text, lang, filters: roll < 0.5 ? randomFilters(random) : {} });
  }
  return queries;
}
