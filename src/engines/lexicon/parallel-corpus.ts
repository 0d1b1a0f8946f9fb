/**
 * Reading the shared parallel corpora (NTREX-128 and TALPCo) into aligned sentence lists. The only
 * module of the lexicon that touches the file system; training itself is pure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../domain/vocabulary.js';
import { convertZawgyiIfNeeded } from '../text/index.js';

/** Where the corpora live when Corridor is run from its project root (`../shared` beside it). */
export function defaultCorpusDir(): string {
  return path.resolve(process.cwd(), '../shared/data/parallel');
}

/** NTREX file name of each corridor language. */
export const NTREX_FILES: Record<Language, string> = {
  en: 'newstest2019-src.eng.txt',
  zh: 'newstest2019-ref.zho-CN.txt',
  lo: 'newstest2019-ref.lao.txt',
  th: 'newstest2019-ref.tha.txt',
  km: 'newstest2019-ref.khm.txt',
  my: 'newstest2019-ref.mya.txt',
  vi: 'newstest2019-ref.vie.txt',
};

/** TALPCo file of each language it covers among the corridor's. */
export const TALPCO_FILES: Partial<Record<Language, string>> = {
  en: 'data_eng.txt',
  my: 'data_myn.txt',
  th: 'data_tha.txt',
  vi: 'data_vie.txt',
};

/** NTREX lines (1-based, inclusive) that may be learnt from; 1001-1997 are kept for evaluation. */
export const NTREX_TRAINING_LINES = { from: 1, to: 1000 } as const;
export const NTREX_EVALUATION_LINES = { from: 1001, to: 1997 } as const;

function readLines(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * NTREX lines `from`..`to` (1-based, inclusive) of one language, as Unicode: the Burmese reference is
 * stored in Zawgyi and converted line by line.
 */
export function readNtrex(corpusDir: string, lang: Language, from: number, to: number): string[] {
  const lines = readLines(path.join(corpusDir, 'ntrex', NTREX_FILES[lang]));
  return lines.slice(from - 1, to).map((line) => convertZawgyiIfNeeded(line.trim()));
}

/** TALPCo sentences of one language keyed by sentence id. */
export function readTalpco(corpusDir: string, lang: Language): Map<string, string> {
  const file = TALPCO_FILES[lang];
  const sentences = new Map<string, string>();
  if (file === undefined) return sentences;
  for (const line of readLines(path.join(corpusDir, 'talpco', file))) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    sentences.set(line.slice(0, tab).trim(), convertZawgyiIfNeeded(line.slice(tab + 1).trim()));
  }
  return sentences;
}

/** Raw (untokenised) aligned sentences of a language pair. */
export interface RawParallelText {
  a: string[];
  b: string[];
}

/** Which parts of the corpora to read. */
export interface CorpusSelection {
  /** NTREX lines to read (default: the training lines 1-1000). */
  ntrexLines?: { from: number; to: number };
  /** Keep a TALPCo sentence id? (default: all of them). */
  talpcoFilter?: (id: string) => boolean;
}

/** All sentence pairs of languages a and b in the selected NTREX lines and TALPCo sentences. */
export function readParallelText(
  corpusDir: string,
  a: Language,
  b: Language,
  selection: CorpusSelection = {},
): RawParallelText {
  const lines = selection.ntrexLines ?? NTREX_TRAINING_LINES;
  const out: RawParallelText = {
    a: readNtrex(corpusDir, a, lines.from, lines.to),
    b: readNtrex(corpusDir, b, lines.from, lines.to),
  };
  if (TALPCO_FILES[a] !== undefined && TALPCO_FILES[b] !== undefined) {
    const talpcoA = readTalpco(corpusDir, a);
    const talpcoB = readTalpco(corpusDir, b);
    for (const [id, sentence] of talpcoA) {
      const other = talpcoB.get(id);
      if (other === undefined || (selection.talpcoFilter !== undefined && !selection.talpcoFilter(id)))
        continue;
      out.a.push(sentence);
      out.b.push(other);
    }
  }
  return out;
}
