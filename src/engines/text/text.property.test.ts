import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/vocabulary.js';
import { analyze, foldZawgyiToUnicode, normalizeText } from './index.js';

/** Strings drawn from the corridor's scripts, digits, punctuation and any other code point. */
const corridorChar = fc.oneof(
  fc.integer({ min: 0x0e00, max: 0x0eff }), // Thai, Lao
  fc.integer({ min: 0x1000, max: 0x109f }), // Myanmar
  fc.integer({ min: 0x1780, max: 0x17ff }), // Khmer
  fc.integer({ min: 0x4e00, max: 0x4fff }), // Han
  fc.integer({ min: 0x20, max: 0x24f }), // ASCII and Latin
  fc.integer({ min: 0x1ea0, max: 0x1ef9 }), // Vietnamese
  fc.integer({ min: 0x2000, max: 0x206f }), // general punctuation, zero-width characters
  fc.integer({ min: 0xff00, max: 0xffef }), // full-width forms
);
const corridorText = fc
  .array(corridorChar, { maxLength: 60 })
  .map((cps) => cps.map((cp) => String.fromCodePoint(cp)).join(''));
const anyText = fc.oneof(
  corridorText,
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary' }),
);

describe('text pipeline properties', () => {
  it('normalisation is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('analysis never throws and never yields an empty token', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, ...LANGUAGES), fc.boolean(), (text, lang, subwords) => {
        const { tokens } = analyze(text, lang, { subwords });
        for (const token of tokens) expect(token.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('analysis is deterministic', () => {
    fc.assert(
      fc.property(corridorText, (text) => {
        expect(analyze(text)).toEqual(analyze(text));
      }),
      { numRuns: 100 },
    );
  });

  it('Zawgyi folding leaves text without Burmese untouched', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(!/[\u1000-\u109f]/u.test(text));
        expect(foldZawgyiToUnicode(text)).toBe(text);
      }),
    );
  });
});
