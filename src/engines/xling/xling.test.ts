import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lexicon, type SentencePair, trainPairLexicon } from '../lexicon/index.js';
import { analyze } from '../text/index.js';
import {
  evaluateAligned,
  latinNameSkeletons,
  latinSkeleton,
  matchOneToOne,
  nameCueMatrix,
  pinyinSkeleton,
  rankCandidates,
  scoreCandidates,
  sentenceSkeletons,
} from './index.js';

/** A small Thai-English training corpus about the corridor's themes. */
const TRAINING: [string, string][] = [
  ['ปุ๋ยโพแทชสำหรับข้าว', 'potash fertiliser for rice'],
  ['มหาวิทยาลัยสร้างศูนย์ถ่ายทอดเทคโนโลยี', 'the university builds a technology transfer centre'],
  ['เกษตรกรปลูกข้าวและยางพารา', 'farmers grow rice and rubber'],
  ['ศูนย์ฝึกอบรมบุคลากร', 'a centre trains staff'],
  ['โรงงานผลิตปุ๋ย', 'the factory makes fertiliser'],
  ['มหาวิทยาลัยฝึกอบรมเกษตรกร', 'the university trains farmers'],
  ['เทคโนโลยีสำหรับโรงงาน', 'technology for the factory'],
  ['ยางพาราและปุ๋ยโพแทช', 'rubber and potash fertiliser'],
];

function thaiEnglishLexicon(): Lexicon {
  const pairs: SentencePair[] = TRAINING.map(([th, en]) => ({
    source: analyze(th, 'th').tokens,
    target: analyze(en, 'en').tokens,
  }));
  return new Lexicon([trainPairLexicon('th', 'en', pairs, { iterations: 10 })]);
}

const SOURCES = ['โรงงานปุ๋ยโพแทช', 'มหาวิทยาลัยและศูนย์เทคโนโลยี', 'เกษตรกรปลูกยางพารา', 'ข้าว 2018'];
const TARGETS = [
  'a potash fertiliser factory',
  'the university and the technology centre',
  'farmers grow rubber',
  'rice in 2018',
];

describe('cross-lingual retrieval', () => {
  const lexicon = thaiEnglishLexicon();

  it('ranks the right line first on a small Thai-English example, both ways', () => {
    const forward = scoreCandidates(SOURCES, 'th', TARGETS, 'en', lexicon);
    expect(rankCandidates(forward).map((order) => order[0])).toEqual([0, 1, 2, 3]);
    expect(evaluateAligned(forward)).toEqual({ precisionAt1: 1, mrr: 1, n: 4 });
    const backward = scoreCandidates(TARGETS, 'en', SOURCES, 'th', lexicon);
    expect(evaluateAligned(backward).precisionAt1).toBe(1);
  });

  it('scores the same whatever the order of the candidates', () => {
    const reversed = [...TARGETS].reverse();
    const ranked = rankCandidates(scoreCandidates(SOURCES, 'th', reversed, 'en', lexicon));
    expect(ranked.map((order) => reversed[order[0] ?? 0])).toEqual(TARGETS);
  });

  it('falls back on shared numbers and Latin names without any lexicon', () => {
    const empty = new Lexicon([]);
    const sources = ['ຂ່າວ Mohan 2019', 'ໂຄງການ Boten 45'];
    const targets = ['Boten project 45', 'Mohan news in 2019'];
    const ranked = rankCandidates(
      scoreCandidates(sources, 'lo', targets, 'en', empty, { cslsNeighbours: 0 }),
    );
    expect(ranked.map((order) => order[0])).toEqual([1, 0]);
  });

  it('one-to-one matching gives a contested target to the source that wants it most', () => {
    const scores = {
      scores: [Float64Array.from([0.9, 0.8]), Float64Array.from([0.95, 0.1])],
    };
    expect(evaluateAligned(scores).precisionAt1).toBe(0.5);
    const matched = matchOneToOne(scores);
    expect(rankCandidates(matched).map((order) => order[0])).toEqual([1, 0]);
    // The input is left as it was.
    expect(scores.scores[0]?.[0]).toBe(0.9);
  });

  it('evaluates reciprocal ranks', () => {
    const scores = { scores: [Float64Array.from([0.1, 0.9]), Float64Array.from([0.2, 0.8])] };
    expect(evaluateAligned(scores)).toEqual({ precisionAt1: 0.5, mrr: 0.75, n: 2 });
  });

  it('never throws and ranks every candidate once, for arbitrary texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 5 }),
        (sources, targets) => {
          const ranked = rankCandidates(
            scoreCandidates(sources, 'th', targets, 'en', lexicon, { oneToOne: true }),
          );
          for (const order of ranked)
            expect([...order].sort((a, b) => a - b)).toEqual(targets.map((_, j) => j));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('name cues', () => {
  it('reduces English names to consonant skeletons', () => {
    expect(latinSkeleton('Washington')).toBe('WSNTN');
    expect(latinSkeleton('Thomas')).toBe('TMS');
    expect(latinNameSkeletons("St. Martin's church in Harlem", new Set())).toEqual(['MLTN']);
  });

  it('finds a transliterated name in Lao, Thai and Chinese', () => {
    const readings = new Map([
      ['华', 'hua'],
      ['盛', 'sheng'],
      ['顿', 'dun'],
    ]);
    expect(sentenceSkeletons('ວໍຊິງຕັນ', 'lo', readings)).toEqual(['WSNTN']);
    expect(sentenceSkeletons('วอชิงตัน', 'th', readings)).toEqual(['WSNTN']);
    expect(sentenceSkeletons('华盛顿', 'zh', readings)).toEqual(['SNTN']);
    expect(pinyinSkeleton('er')).toBe('L');
  });

  it('scores a name found in one text of the pool', () => {
    const matrix = nameCueMatrix([['WSNTN']], [['WSNTN'], ['PKTN'], ['MLTN']]);
    expect(matrix[0]?.[0]).toBeGreaterThan(0);
    expect(matrix[0]?.[1]).toBe(0);
  });
});
