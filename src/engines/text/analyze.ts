/**
 * The text pipeline: one function from a raw text field to the search tokens every engine uses.
 * Zawgyi → Unicode, normalisation, language and script identification, segmentation, stop words and
 * (English) stemming. Pure: no I/O, the same text always gives the same tokens.
 */
import type { Language } from '../../domain/vocabulary.js';
import { type DetectedLanguage, detectLanguage } from './language.js';
import { normalizeText } from './normalize.js';
import { porterStem } from './porter-stemmer.js';
import { type DetectedScript, detectScript, scriptOfCodePoint } from './script.js';
import { orthographicClusters, segmentChinese, segmentWithIcu } from './segment.js';
import { stopWordsOf } from './stop-words.js';
import { convertZawgyiIfNeeded } from './zawgyi.js';

/** How to analyse. */
export interface AnalyzeOptions {
  /**
   * Also emit, for Thai, Lao, Khmer and Burmese, the orthographic syllables and pairs of
   * neighbouring syllables (`a_b`) besides the dictionary words. The lexicon and cross-lingual
   * retrieval use these: with little training text they match unknown words and segmentation
   * differences far better than dictionary words alone.
   */
  subwords?: boolean;
}

/** The result of analysing one text field. */
export interface TextAnalysis {
  /** The language given by the caller, else the detected one. */
  lang: DetectedLanguage;
  /** The dominant script of the text. */
  script: DetectedScript;
  /** Search tokens in text order: never empty strings. Vietnamese adds `a_b` syllable bigrams. */
  tokens: string[];
}

type RunKind = DetectedScript | 'Nd';

/** Thousands separators (`1,000,000`, Vietnamese `1.000.000`) are dropped so numbers compare equal. */
const THOUSANDS_SEPARATOR = /(\d)[.,](?=\d{3}(?!\d))/g;
/** Anything that is neither a letter, a mark nor a digit ends a phrase; whitespace ends a word. */
// Burmese ၌ ၍ ၎ ၏ are words (particles, a pronoun) although Unicode files them as punctuation.
const PHRASE_BREAK = /[^\p{L}\p{M}\p{Nd}\s\u104c-\u104f]+/u;

function kindOf(ch: string): RunKind | 'mark' {
  if (/\p{Nd}/u.test(ch)) return 'Nd';
  if (/\p{M}/u.test(ch)) return 'mark';
  return scriptOfCodePoint(ch.codePointAt(0) ?? 0);
}

/**
 * Splits a word (no spaces or punctuation) into runs of one script; combining marks stay with
 * their base letter and digits stay inside a Latin word (`g20`, `covid19`).
 */
function scriptRuns(word: string): { kind: RunKind; text: string }[] {
  const runs: { kind: RunKind; text: string }[] = [];
  for (const ch of word) {
    const kind = kindOf(ch);
    const last = runs[runs.length - 1];
    if (last !== undefined) {
      if (kind === 'mark' || kind === last.kind || (kind === 'Nd' && last.kind === 'Latn')) {
        last.text += ch;
        continue;
      }
      if (kind === 'Latn' && last.kind === 'Nd') {
        // A number followed by letters (`4s`, `5g`): one Latin word.
        last.kind = 'Latn';
        last.text += ch;
        continue;
      }
    }
    runs.push({ kind: kind === 'mark' ? 'Zyyy' : kind, text: ch });
  }
  return runs;
}

/** `007` and `7` are the same number. */
function numberToken(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

interface Piece {
  token: string;
  /** A Vietnamese syllable (forms bigrams with its neighbours in the phrase). */
  syllable: boolean;
}

function icuLocale(kind: RunKind): 'th' | 'lo' | 'km' | 'my' | null {
  switch (kind) {
    case 'Thai':
      return 'th';
    case 'Laoo':
      return 'lo';
    case 'Khmr':
      return 'km';
    case 'Mymr':
      return 'my';
    default:
      return null;
  }
}

const STOP_LANGUAGE: Partial<Record<RunKind, Language>> = {
  Hani: 'zh',
  Thai: 'th',
  Laoo: 'lo',
  Khmr: 'km',
  Mymr: 'my',
};

/** Tokens of one script run, stop words removed (Vietnamese syllables are filtered later). */
function runPieces(kind: RunKind, text: string, lang: DetectedLanguage, subwords: boolean): Piece[] {
  if (kind === 'Nd') return [{ token: numberToken(text), syllable: false }];
  if (kind === 'Latn') {
    if (lang === 'vi') return [{ token: text, syllable: true }];
    if (text.length < 2 || stopWordsOf('en').has(text)) return [];
    return [{ token: /\d/.test(text) ? text : porterStem(text), syllable: false }];
  }
  const stopLang = STOP_LANGUAGE[kind];
  const stop = stopLang === undefined ? null : stopWordsOf(stopLang);
  if (kind === 'Hani') {
    return segmentChinese(text)
      .filter((w) => !(stop?.has(w) ?? false))
      .map((w) => ({ token: w, syllable: false }));
  }
  const locale = icuLocale(kind);
  if (locale === null) return [{ token: text, syllable: false }];
  // ၎င်း ("the said", "it") is a pronoun ICU splits in two; it carries no content.
  const run = kind === 'Mymr' ? text.replace(/\u104e\u1004\u103a\u1038/g, ' ') : text;
  const out: Piece[] = [];
  for (const w of segmentWithIcu(run, locale))
    if (!(stop?.has(w) ?? false)) out.push({ token: w, syllable: false });
  if (subwords) {
    for (const part of run.split(' ')) {
      const clusters = orthographicClusters(part, locale);
      clusters.forEach((cluster, i) => {
        out.push({ token: cluster, syllable: false });
        const next = clusters[i + 1];
        if (next !== undefined) out.push({ token: `${cluster}_${next}`, syllable: false });
      });
    }
  }
  return out;
}

/** Vietnamese: unigrams (minus stop words) and bigrams of neighbouring syllables in a phrase. */
function vietnameseTokens(pieces: Piece[], out: string[]): void {
  const stop = stopWordsOf('vi');
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece === undefined) continue;
    if (!piece.syllable || !stop.has(piece.token)) out.push(piece.token);
    const next = pieces[i + 1];
    if (piece.syllable && next?.syllable === true && !(stop.has(piece.token) && stop.has(next.token))) {
      out.push(`${piece.token}_${next.token}`);
    }
  }
}

/** Tokens of an already normalised text in a known language. */
export function tokenizeNormalized(
  normalized: string,
  lang: DetectedLanguage,
  options: AnalyzeOptions = {},
): string[] {
  const subwords = options.subwords ?? false;
  const tokens: string[] = [];
  const text = normalized.replace(THOUSANDS_SEPARATOR, '$1');
  for (const phrase of text.split(PHRASE_BREAK)) {
    const pieces: Piece[] = [];
    for (const word of phrase.split(/\s+/u)) {
      if (word.length === 0) continue;
      for (const run of scriptRuns(word)) {
        if (run.kind === 'Zyyy') continue;
        pieces.push(...runPieces(run.kind, run.text, lang, subwords));
      }
    }
    if (lang === 'vi') vietnameseTokens(pieces, tokens);
    else for (const piece of pieces) tokens.push(piece.token);
  }
  return tokens.filter((t) => t.length > 0);
}

/**
 * Analyses one text field: converts Zawgyi, normalises, identifies the script and (unless given)
 * the language, then segments into search tokens.
 */
export function analyze(text: string, lang?: Language, options: AnalyzeOptions = {}): TextAnalysis {
  const normalized = normalizeText(convertZawgyiIfNeeded(text));
  const script = detectScript(normalized);
  const language: DetectedLanguage = lang ?? detectLanguage(normalized);
  return { lang: language, script, tokens: tokenizeNormalized(normalized, language, options) };
}
