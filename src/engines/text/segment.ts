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
