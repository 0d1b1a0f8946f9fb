import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanGloss,
  composeTables,
  defaultLexiconDir,
  formatPairLexicon,
  Lexicon,
  type PairLexicon,
  pairKey,
  parsePairLexicon,
  readLexiconFiles,
  type SentencePair,
  symmetrize,
  trainAlignmentModel,
  trainPairLexicon,
  writeLexiconFiles,
} from './index.js';

/** A toy corpus in which every word has exactly one translation. */
const TOY: SentencePair[] = [
  { source: ['house', 'small'], target: ['haus', 'klein'] },
  { source: ['house', 'big'], target: ['haus', 'gross'] },
  { source: ['book', 'small'], target: ['buch', 'klein'] },
  { source: ['book', 'big'], target: ['buch', 'gross'] },
  { source: ['house', 'book'], target: ['haus', 'buch'] },
  { source: ['garden', 'big'], target: ['garten', 'gross'] },
  { source: ['garden', 'small', 'house'], target: ['garten', 'klein', 'haus'] },
];

function best(row: Map<string, number> | undefined): string | undefined {
  return [...(row ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])[0]?.[0];
}

describe('word alignment', () => {
  it('IBM Model 1 learns the obvious translations of a toy corpus', () => {
    const { table } = trainAlignmentModel(TOY, { iterations: 10 });
    expect(best(table.get('house'))).toBe('haus');
    expect(best(table.get('book'))).toBe('buch');
    expect(best(table.get('small'))).toBe('klein');
    expect(best(table.get('garden'))).toBe('garten');
    expect(table.get('house')?.get('haus')).toBeGreaterThan(0.8);
  });

  it('the diagonal prior still learns them, and Viterbi aligns word to word', () => {
    const model = trainAlignmentModel(TOY, { iterations: 10, diagonalTension: 4 });
    expect(best(model.table.get('big'))).toBe('gross');
    // Pair 0: house→haus (position 1), small→klein (position 2).
    expect([...(model.viterbi[0] ?? [])]).toEqual([1, 2]);
  });

  it('symmetrisation keeps the links both directions agree on', () => {
    const reversed = TOY.map((p) => ({ source: p.target, target: p.source }));
    const forward = trainAlignmentModel(TOY, { iterations: 10 });
    const backward = trainAlignmentModel(reversed, { iterations: 10 });
    const links = symmetrize(TOY, forward.viterbi, backward.viterbi);
    expect(links[6]).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  it('is deterministic', () => {
    const a = trainPairLexicon('en', 'vi', TOY);
    const b = trainPairLexicon('en', 'vi', TOY);
    expect(formatPairLexicon(a)).toBe(formatPairLexicon(b));
  });

  it('probabilities of every word sum to at most 1 and the table is never empty for a seen word', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            source: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 5 }),
            target: fc.array(fc.constantFrom('w', 'x', 'y', 'z'), { minLength: 1, maxLength: 5 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (pairs) => {
          const { table } = trainAlignmentModel(pairs, { iterations: 3 });
          for (const pair of pairs)
            for (const w of pair.source) expect(table.get(w)?.size ?? 0).toBeGreaterThan(0);
          for (const row of table.values()) {
            const total = [...row.values()].reduce((s, p) => s + p, 0);
            expect(total).toBeLessThanOrEqual(1 + 1e-9);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('Lexicon', () => {
  const enTh: PairLexicon = {
    a: 'en',
    b: 'th',
    aToB: new Map([['potash', new Map([['โพแทช', 0.9]])]]),
    bToA: new Map([['โพแทช', new Map([['potash', 0.8]])]]),
  };
  const enZh: PairLexicon = {
    a: 'en',
    b: 'zh',
    aToB: new Map([['potash', new Map([['钾肥', 0.7]])]]),
    bToA: new Map([['钾肥', new Map([['potash', 0.6]])]]),
  };

  it('names pairs English first, otherwise alphabetically', () => {
    expect(pairKey('lo', 'en')).toBe('en-lo');
    expect(pairKey('zh', 'lo')).toBe('lo-zh');
  });

  it('answers both directions of a pair and composes through English', () => {
    const lexicon = new Lexicon([enTh, enZh]);
    expect(lexicon.table('th', 'en')?.get('โพแทช')?.get('potash')).toBe(0.8);
    expect(lexicon.table('th', 'zh')?.get('โพแทช')?.get('钾肥')).toBeCloseTo(0.8 * 0.7);
    expect(lexicon.table('km', 'zh')).toBeNull();
    expect(lexicon.table('th', 'th')).toBeNull();
  });

  it('composes tables by summing over pivot words', () => {
    const first = new Map([
      [
        'a',
        new Map([
          ['x', 0.5],
          ['y', 0.5],
        ]),
      ],
    ]);
    const second = new Map([
      ['x', new Map([['z', 1]])],
      ['y', new Map([['z', 0.5]])],
    ]);
    expect(composeTables(first, second).get('a')?.get('z')).toBeCloseTo(0.75);
  });

  it('round-trips through its TSV files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corridor-lexicon-'));
    try {
      const lexicon = new Lexicon([enTh, enZh], new Map([['钾', 'jia']]));
      const written = writeLexiconFiles(dir, lexicon);
      expect(written.map((w) => w.file)).toEqual(['en-th.tsv', 'en-zh.tsv', 'zh-readings.tsv']);
      const read = readLexiconFiles(dir);
      expect(read.table('en', 'th')?.get('potash')?.get('โพแทช')).toBe(0.9);
      expect(read.table('th', 'en')?.get('โพแทช')?.get('potash')).toBe(0.8);
      expect(read.hanReadings.get('钾')).toBe('jia');
      expect(readFileSync(path.join(dir, 'en-th.tsv'), 'utf8')).toContain('potash\tโพแทช 900 800\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parses what it formats', () => {
    const parsed = parsePairLexicon('en', 'th', formatPairLexicon(enTh));
    expect(parsed.aToB.get('potash')?.get('โพแทช')).toBe(0.9);
  });
});

describe('CC-CEDICT glosses', () => {
  it('drops references, pinyin and notes', () => {
    expect(cleanGloss('potash fertilizer (agriculture)')).toBe('potash fertilizer');
    expect(cleanGloss('see 钾肥[jia3 fei2]')).toBe('see');
  });
});

describe('the committed lexicon', () => {
  const dir = defaultLexiconDir();

  it('has every corridor language paired with English, and lo, th, vi with Chinese', () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      files: { file: string; entries: number }[];
    };
    const files = new Map(manifest.files.map((f) => [f.file, f.entries]));
    for (const key of ['en-lo', 'en-th', 'en-km', 'en-my', 'en-vi', 'en-zh', 'lo-zh', 'th-zh', 'vi-zh']) {
      expect(files.get(`${key}.tsv`) ?? 0).toBeGreaterThan(10_000);
    }
  });

  it('translates everyday Lao words into English', () => {
    const enLo = parsePairLexicon('en', 'lo', readFileSync(path.join(dir, 'en-lo.tsv'), 'utf8'));
    // ລັດຖະບານ: government.
    expect(enLo.bToA.get('ລັດຖະບານ')?.get('govern') ?? 0).toBeGreaterThan(0.5);
    expect(enLo.aToB.get('govern')?.size ?? 0).toBeGreaterThan(0);
  });
});
