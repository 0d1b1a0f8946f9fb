/**
 * Word segmentation for scripts written without spaces between words. Thai, Lao, Khmer and Burmese
 * go through ICU's dictionary break iterators (`Intl.Segmenter`); Chinese goes through jieba in
 * search mode, which also yields the parts of long compounds.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** ICU's dictionary segmentation slows sharply with input length; pieces stay below this length. */
const MAX_ICU_CHUNK = 120;

const segmenters = new Map<string, Intl.Segmenter>();
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Splits an over-long run at grapheme boundaries so no ICU call sees more than MAX_ICU_CHUNK. */
function icuChunks(run: string): string[] {
  if (run.length <= MAX_ICU_CHUNK) return [run];
  const chunks: string[] = [];
  let current = '';
  for (const { segment } of graphemes.segment(run)) {
    if (current.length + segment.length > MAX_ICU_CHUNK) {
      chunks.push(current);
      current = '';
    }
    current += segment;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Words of a run of Thai, Lao, Khmer or Burmese letters (no spaces or punctuation inside: the caller
 * splits on those first, which also keeps each ICU call short).
 */
export function segmentWithIcu(run: string, locale: 'th' | 'lo' | 'km' | 'my'): string[] {
  const words: string[] = [];
  const segmenter = segmenterFor(locale);
  for (const chunk of icuChunks(run)) {
    for (const part of segmenter.segment(chunk)) {
      if (part.isWordLike === true && part.segment.trim().length > 0) words.push(part.segment);
    }
  }
  return words;
}

let jieba: Jieba | null = null;

/** Words of a run of Chinese characters, jieba search mode: `钾肥料` → `钾肥`, `肥料`, `钾肥料`. */
export function segmentChinese(run: string): string[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.cutForSearch(run, true).filter((w) => w.trim().length > 0);
}

/**
 * Where an orthographic syllable (a cluster of letters read together) may start: before a consonant
 * or independent vowel, unless it is stacked under the previous one (Khmer coeng, Burmese virama),
 * closed by a killer (Burmese asat), or follows a Thai or Lao vowel written before its consonant.
 */
const CLUSTER_START: Record<'th' | 'lo' | 'km' | 'my', RegExp> = {
  th: /(?<![\u0e40-\u0e44])[\u0e01-\u0e2e\u0e40-\u0e44]/gu,
  lo: /(?<![\u0ec0-\u0ec4])[\u0e81-\u0eae\u0ec0-\u0ec4\u0edc-\u0edf]/gu,
  km: /(?<!\u17d2)[\u1780-\u17b3]/gu,
  my: /(?<!\u1039)[\u1000-\u102a\u103f\u104c-\u104f](?![\u103a\u1039])/gu,
};

/**
 * Orthographic syllables of a run of Thai, Lao, Khmer or Burmese letters: `ສະມາຊິກ` → `ສະ`, `ມາ`, `ຊິ`,
 * `ກ`. Unlike dictionary words they never depend on a dictionary, so unknown words and spelling
 * variants still share units with their translations' training sentences.
 */
export function orthographicClusters(run: string, locale: 'th' | 'lo' | 'km' | 'my'): string[] {
  return run
    .replace(CLUSTER_START[locale], ' $&')
    .split(' ')
    .filter((cluster) => cluster.length > 0);
}
