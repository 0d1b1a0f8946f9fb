/**
 * Named-entity transliteration cues. Names of people, places and organisations rarely appear in a
 * lexicon trained on a thousand sentences, but a Thai, Lao, Khmer, Burmese or Chinese rendering of
 * "Kavanaugh" or "Washington" keeps most of its consonants. Both sides are reduced to a coarse
 * consonant skeleton (P T K S M N L W Y) and an English name "occurs" in a sentence when its
 * skeleton is part of the sentence's skeleton.
 */
import type { Language } from '../../domain/vocabulary.js';
import { normalizeText } from '../text/index.js';

/** Consonant class of each Latin letter; vowels and h are silent in the skeleton. */
const LATIN_CLASS: Record<string, string> = {
  b: 'P',
  p: 'P',
  f: 'P',
  v: 'P',
  t: 'T',
  d: 'T',
  k: 'K',
  g: 'K',
  q: 'K',
  c: 'K',
  s: 'S',
  z: 'S',
  j: 'S',
  x: 'KS',
  m: 'M',
  n: 'N',
  l: 'L',
  r: 'L',
  w: 'W',
};

const LATIN_DIGRAPHS: readonly (readonly [RegExp, string])[] = [
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/sh|ch|tch/g, 's'],
  [/ck/g, 'k'],
  [/gh/g, ''],
  [/qu/g, 'kw'],
  [/wh/g, 'w'],
  [/^kn/g, 'n'],
  [/cz/g, 's'],
  [/ng(?![aeiouy])/g, 'n'],
  [/c(?=[eiy])/g, 's'],
  [/g(?=[eiy])/g, 'j'],
];

function collapse(skeleton: string): string {
  let out = '';
  for (const ch of skeleton) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

/** Skeleton of a Latin-script word (`Washington` → `WSNTN`). */
export function latinSkeleton(word: string): string {
  let w = normalizeText(word)
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  for (const [pattern, replacement] of LATIN_DIGRAPHS) w = w.replace(pattern, replacement);
  let out = w.startsWith('y') ? 'Y' : '';
  for (const ch of w) out += LATIN_CLASS[ch] ?? '';
  return collapse(out);
}

/** Builds a code point → class table from a compact `letters:class` listing. */
function classTable(spec: Record<string, string>): Map<string, string> {
  const table = new Map<string, string>();
  for (const [letters, cls] of Object.entries(spec)) for (const ch of letters) table.set(ch, cls);
  return table;
}

const THAI = classTable({
  กขฃคฅฆ: 'K',
  ง: 'N',
  จฉชซฌศษส: 'S',
  ญย: 'Y',
  ฎฏฐฑฒดตถทธ: 'T',
  ณน: 'N',
  บปผพภฝฟ: 'P',
  ม: 'M',
  รลฬฤ: 'L',
  ว: 'W',
});

const LAO = classTable({
  ກຂຄ: 'K',
  ງ: 'N',
  ຈຊສ: 'S',
  ຍຢ: 'Y',
  ດຕຖທ: 'T',
  ນໜ: 'N',
  ບປຜພຝຟ: 'P',
  ມໝ: 'M',
  'ຣລ\u0ebc': 'L',
  ວ: 'W',
});

const KHMER = classTable({
  កខគឃ: 'K',
  ង: 'N',
  ចឆជឈស: 'S',
  ញយ: 'Y',
  ដឋឌឍតថទធ: 'T',
  ណន: 'N',
  បផពភ: 'P',
  ម: 'M',
  រលឡ: 'L',
  វ: 'W',
});

const MYANMAR = classTable({
  ကခဂဃ: 'K',
  င: 'N',
  စဆဇဈ: 'S',
  ညယ: 'Y',
  ဋဌဍဎတထဒဓသ: 'T',
  ဏန: 'N',
  ပဖဗဘ: 'P',
  မ: 'M',
  ရလဠ: 'L',
  ဝ: 'W',
});

const SCRIPT_TABLES: Partial<Record<Language, Map<string, string>>> = {
  th: THAI,
  lo: LAO,
  km: KHMER,
  my: MYANMAR,
};

/** Skeleton of a pinyin syllable without tone (`lang` → `LN`, `shi` → `S`, `er` → `L`). */
export function pinyinSkeleton(syllable: string): string {
  const s = syllable.toLowerCase().replace(/[^a-zü]/g, '');
  if (s === 'er') return 'L';
  const initial = /^(zh|ch|sh|[bpmfdtnlgkhjqxzcsrwy])?/.exec(s)?.[0] ?? '';
  const initialClass: Record<string, string> = {
    zh: 'S',
    ch: 'S',
    sh: 'S',
    z: 'S',
    c: 'S',
    s: 'S',
    j: 'S',
    q: 'S',
    x: 'S',
    b: 'P',
    p: 'P',
    f: 'P',
    d: 'T',
    t: 'T',
    g: 'K',
    k: 'K',
    l: 'L',
    r: 'L',
    m: 'M',
    n: 'N',
    w: 'W',
    y: 'Y',
  };
  const final = s.endsWith('n') || s.endsWith('ng') ? 'N' : '';
  return (initialClass[initial] ?? '') + final;
}

/**
 * Skeleton of a sentence in a non-Latin script, each word-chunk separately (so trigrams never span
 * a space). Chinese needs the reading of each character (`hanReadings`: character → pinyin).
 */
export function sentenceSkeletons(
  text: string,
  lang: Language,
  hanReadings: ReadonlyMap<string, string>,
): string[] {
  const normalized = normalizeText(text);
  const table = SCRIPT_TABLES[lang];
  const chunks: string[] = [];
  for (const chunk of normalized.split(/[\s\p{P}\p{S}\d]+/u)) {
    let out = '';
    for (const ch of chunk) {
      if (lang === 'zh') {
        const reading = hanReadings.get(ch);
        if (reading !== undefined) out += pinyinSkeleton(reading);
      } else {
        out += table?.get(ch) ?? '';
      }
    }
    const skeleton = collapse(out);
    if (skeleton.length >= 3) chunks.push(skeleton);
  }
  return chunks;
}

/** Shorter skeletons (`Bell` → `PL`) occur everywhere by chance. */
const MIN_NAME_SKELETON = 4;
/** A skeleton found in more than this share of the texts says nothing about any of them. */
const MAX_NAME_SHARE = 0.02;

/** Capitalised words of a Latin-script text that look like names, as skeletons of 4+ classes. */
export function latinNameSkeletons(text: string, commonWords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*/gu)) {
    const word = match[0].replace(/['’]s$/u, '');
    // Acronyms are usually kept in Latin letters, which the token match already catches.
    if (word.length <= 5 && word === word.toUpperCase()) continue;
    if (commonWords.has(word.toLowerCase())) continue;
    const skeleton = latinSkeleton(word);
    if (skeleton.length >= MIN_NAME_SKELETON) out.push(skeleton);
  }
  return [...new Set(out)];
}

/** The skeleton and, for long names, its one-deletion variants (silent or unrendered letters). */
function variants(skeleton: string): string[] {
  const out = [skeleton];
  if (skeleton.length >= 5) {
    for (let i = 0; i < skeleton.length; i++) out.push(skeleton.slice(0, i) + skeleton.slice(i + 1));
  }
  return [...new Set(out)];
}

/**
 * Name-cue scores: rows are the Latin-script texts, columns the other-script texts. A name counts
 * when its skeleton (or, for long names, the skeleton less one consonant) occurs as a contiguous
 * part of the other text's skeleton; matched names add their idf, so a skeleton that matches many
 * texts by chance weighs nothing.
 */
export function nameCueMatrix(
  latinNames: readonly string[][],
  otherSkeletons: readonly string[][],
): Float64Array[] {
  const m = otherSkeletons.length;
  const joined = otherSkeletons.map((chunks) => ` ${chunks.join(' ')} `);
  const matchesOf = new Map<string, Int32Array>();
  const matches = (skeleton: string): Int32Array => {
    let found = matchesOf.get(skeleton);
    if (found !== undefined) return found;
    const patterns = variants(skeleton);
    const docs: number[] = [];
    joined.forEach((text, doc) => {
      if (patterns.some((p) => text.includes(p))) docs.push(doc);
    });
    found = Int32Array.from(docs);
    matchesOf.set(skeleton, found);
    return found;
  };
  return latinNames.map((names) => {
    const row = new Float64Array(m);
    for (const name of names) {
      const docs = matches(name);
      if (docs.length === 0 || docs.length > Math.max(1, MAX_NAME_SHARE * m)) continue;
      const idf = Math.log(m / docs.length);
      if (idf <= 0) continue;
      for (const doc of docs) row[doc] = (row[doc] ?? 0) + idf;
    }
    return row;
  });
}
