/**
 * The checks every translation catalogue of the web app passes: all seven languages, every English key
 * present and non-empty, no extra keys, the same placeholders, both plural forms, and translated rather
 * than copied from English. Each catalogue's test file adds the checks particular to it.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/domain/vocabulary.js';

export interface CatalogueChecks<C> {
  /** Keys that may read as in English in every language (placeholder orders, abbreviations). */
  sameEverywhere?: readonly string[];
  /** Keys a language writes exactly as English does. */
  sameIn?: Partial<Record<Language, readonly string[]>>;
  /** Further checks of one language's catalogue, declared inside its `describe`. */
  perLanguage?: (language: Language, catalogue: C, flat: Map<string, unknown>) => void;
}

/** Flattens a nested catalogue into `a.b.c` keys; anything that is not a string or an object is kept as is. */
export function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      for (const [k, v] of flatten(inner, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

/** Declares the shared checks for a namespace's catalogues, keyed by language (English the reference). */
export function checkCatalogues<C extends { [key: string]: unknown }>(
  catalogues: Record<Language, C>,
  checks: CatalogueChecks<C> = {},
): void {
  const reference = flatten(catalogues.en);
  const sameEverywhere = new Set(checks.sameEverywhere ?? []);

  it('has a catalogue for each of the seven corridor languages', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const language of LANGUAGES) {
    const catalogue = catalogues[language];
    describe(language, () => {
      const flat = flatten(catalogue);

      it('has every key of the English catalogue, each a non-empty string', () => {
        const problems: string[] = [];
        for (const key of reference.keys()) {
          const value = flat.get(key);
          if (typeof value !== 'string') problems.push(`${key}: missing`);
          else if (value.trim() === '') problems.push(`${key}: empty`);
        }
        expect(problems).toEqual([]);
      });

      it('has no key that English lacks', () => {
        expect([...flat.keys()].filter((key) => !reference.has(key))).toEqual([]);
      });

      it('keeps the placeholders of every English string', () => {
        const problems: string[] = [];
        for (const [key, english] of reference) {
          const value = flat.get(key);
          if (typeof english !== 'string' || typeof value !== 'string') continue;
          if (placeholders(english).join() !== placeholders(value).join()) {
            problems.push(`${key}: ${placeholders(value).join()} instead of ${placeholders(english).join()}`);
          }
        }
        expect(problems).toEqual([]);
      });

      it('has both plural forms wherever English has them', () => {
        const singular = [...reference.keys(), ...flat.keys()].filter((key) => key.endsWith('_one'));
        for (const key of singular) {
          expect(flat.has(key), key).toBe(true);
          expect(flat.has(key.replace(/_one$/, '_other')), key).toBe(true);
        }
      });

      if (language !== 'en') {
        it('is translated, not copied from English', () => {
          const allowed = new Set([...sameEverywhere, ...(checks.sameIn?.[language] ?? [])]);
          const copied = [...reference]
            .filter(([key, english]) => !allowed.has(key) && flat.get(key) === english)
            .map(([key]) => key);
          expect(copied).toEqual([]);
        });
      }

      checks.perLanguage?.(language, catalogue, flat);
    });
  }
}
