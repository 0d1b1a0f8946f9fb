/**
 * Text normalisation shared by indexing, querying and the lexicon: the same text must always give
 * the same characters, whatever keyboard, font encoding or digit set it was typed with.
 */

/** First code points of the native decimal digit blocks folded to ASCII. */
const DIGIT_BLOCKS = [
  0x0e50, // Thai ๐..๙
  0x0ed0, // Lao ໐..໙
  0x17e0, // Khmer ០..៩
  0x1040, // Myanmar ၀..၉
  0x1090, // Myanmar Shan ႐..႙
] as const;

const MYANMAR_DIGIT_ZERO = 0x1040;

function nativeDigitValue(cp: number): number {
  for (const start of DIGIT_BLOCKS) {
    if (cp >= start && cp <= start + 9) return cp - start;
  }
  return -1;
}

function isMyanmarLetterOrSign(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= 0x1000 && cp <= 0x109f && !(cp >= 0x1040 && cp <= 0x1049) && cp !== 0x104a && cp !== 0x104b;
}

/**
 * Burmese text (especially text once typed in Zawgyi) writes the letters ဝ, ၎ and ရ with the look-alike
 * digits ၀, ၄ and ၇. A lone such digit touching Burmese letters is a letter, not a number.
 */
function myanmarDigitAsLetter(chars: readonly string[], index: number): string | null {
  const ch = chars[index];
  const prev = chars[index - 1];
  const next = chars[index + 1];
  const prevIsDigit = prev !== undefined && nativeDigitValue(prev.codePointAt(0) ?? 0) >= 0;
  const nextIsDigit = next !== undefined && nativeDigitValue(next.codePointAt(0) ?? 0) >= 0;
  if (prevIsDigit || nextIsDigit) return null;
  if (!isMyanmarLetterOrSign(prev) && !isMyanmarLetterOrSign(next)) return null;
  if (ch === '\u1040') return '\u101d'; // ၀ → ဝ
  if (ch === '\u1044' && next === '\u1004') return '\u104e'; // ၄င်း → ၎င်း
  if (ch === '\u1047') return '\u101b'; // ၇ → ရ
  return null;
}

/** Replaces Thai, Lao, Khmer and Myanmar digits with ASCII digits (Burmese look-alike letters kept). */
export function foldNativeDigits(text: string): string {
  if (!/[\u0e50-\u0e59\u0ed0-\u0ed9\u17e0-\u17e9\u1040-\u1049\u1090-\u1099]/u.test(text)) return text;
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const cp = ch.codePointAt(0) ?? 0;
    const value = nativeDigitValue(cp);
    if (value < 0) {
      out += ch;
      continue;
    }
    if (cp >= MYANMAR_DIGIT_ZERO && cp <= MYANMAR_DIGIT_ZERO + 9) {
      const letter = myanmarDigitAsLetter(chars, i);
      if (letter !== null) {
        out += letter;
        continue;
      }
    }
    out += String(value);
  }
  return out;
}

/** Full case folding for the letters where it differs from lower-casing. */
function caseFold(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
}

/** Invisible characters that carry no meaning for search. */
const INVISIBLES = /\u00ad|\u200c|\u200d|\u2060|\ufeff/g;
/**
 * Zero-width spaces: Lao, Thai, Khmer and Burmese typists put them between syllables as often as
 * between words, so there they are dropped and the segmenter decides; elsewhere they break words.
 */
const ZERO_WIDTH_SPACE_AFTER_SEA_SCRIPT = /(?<=[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff])\u200b+/g;
const ZERO_WIDTH_SPACE = /\u200b/g;

function normalizeOnce(text: string): string {
  return foldNativeDigits(caseFold(text.normalize('NFKC')).normalize('NFKC'))
    .replace(INVISIBLES, '')
    .replace(ZERO_WIDTH_SPACE_AFTER_SEA_SCRIPT, '')
    .replace(ZERO_WIDTH_SPACE, ' ');
}

/**
 * Unicode NFKC, case folding and native digits to ASCII. Idempotent: normalising a normalised text
 * changes nothing (a few characters need a second pass, e.g. when case folding yields a
 * compatibility character).
 */
export function normalizeText(text: string): string {
  let current = normalizeOnce(text);
  for (let pass = 0; pass < 3; pass++) {
    const next = normalizeOnce(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}
