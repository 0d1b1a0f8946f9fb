/**
 * Language identification for the corridor's seven languages. Five of them own a script; the two
 * written in Latin letters (English and Vietnamese) are told apart by Vietnamese diacritics and by
 * the most frequent function words of each.
 */
import type { Language } from '../../domain/vocabulary.js';
import { type DetectedScript, detectScript } from './script.js';

/** A corridor language, or `und` when the text gives no clue (no letters, or a foreign script). */
export type DetectedLanguage = Language | 'und';

const LANGUAGE_OF_SCRIPT: Record<Exclude<DetectedScript, 'Latn' | 'Zyyy' | 'Zzzz'>, Language> = {
  Hani: 'zh',
  Laoo: 'lo',
  Thai: 'th',
  Khmr: 'km',
  Mymr: 'my',
};

/** Letters only Vietnamese uses among the corridor's Latin-script languages (after lower-casing). */
const VIETNAMESE_LETTERS = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/gu;

/** Frequent Vietnamese syllables as they look when typed without diacritics. */
const VIETNAMESE_PLAIN = new Set(
  'va cua cac nhung duoc la co trong cho mot voi nay da khong nguoi nam den ve tu khi cung nhu ra se dang thi toi ban nhieu viec nuoc theo tai lam'.split(
    ' ',
  ),
);

const ENGLISH_PLAIN = new Set(
  'the of and to in is that for it with as was on be are by this from at or an have has not we you he she they will which their our can i my'.split(
    ' ',
  ),
);

/** Tells Vietnamese from English in a Latin-script text. */
function latinLanguage(text: string): Language {
  const lower = text.toLowerCase();
  const letters = lower.match(/\p{L}/gu)?.length ?? 0;
  const vietnameseLetters = lower.match(VIETNAMESE_LETTERS)?.length ?? 0;
  // Vietnamese prose has a diacritic on roughly every other syllable; a few accents in English
  // come from names and loanwords ("café", "Nguyễn").
  if (letters > 0 && vietnameseLetters / letters > 0.05) return 'vi';
  let vi = vietnameseLetters > 0 ? 1 : 0;
  let en = 0;
  for (const word of lower.match(/\p{L}+/gu) ?? []) {
    if (VIETNAMESE_PLAIN.has(word)) vi++;
    if (ENGLISH_PLAIN.has(word)) en++;
  }
  return vi > en ? 'vi' : 'en';
}

/**
 * The language of a text: zh, lo, th, km and my by their scripts, vi or en for Latin script, `und`
 * when there are no letters of a corridor script.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const script = detectScript(text);
  if (script === 'Zyyy' || script === 'Zzzz') return 'und';
  if (script === 'Latn') return latinLanguage(text);
  return LANGUAGE_OF_SCRIPT[script];
}
