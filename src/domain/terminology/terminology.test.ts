import myanmarTools from 'myanmar-tools';
import { describe, expect, it } from 'vitest';
import { isSectorCode, SECTOR_TAXONOMY, sectorGroupOf } from '../sectors.js';
import { LANGUAGES, type Language } from '../vocabulary.js';
import { TERM_CONCEPTS } from './index.js';

/** A letter of the language's own script (Vietnamese and English are recognised by Latin letters). */
const SCRIPT: Record<Language, RegExp> = {
  en: /[a-z]/iu,
  zh: /[\u3400-\u9fff]/u,
  lo: /[\u0e80-\u0eff]/u,
  th: /[\u0e00-\u0e7f]/u,
  km: /[\u1780-\u17ff]/u,
  my: /[\u1000-\u109f]/u,
  vi: /[a-zà-ỹđ]/iu,
};

/** Scripts that must not appear in a term of the given language (the usual mix-ups). */
const FOREIGN_SCRIPT: Record<Language, RegExp> = {
  en: /[^\u0020-\u007e]/u,
  zh: /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/u,
  lo: /[\u0e00-\u0e7f]/u,
  th: /[\u0e80-\u0eff]/u,
  km: /[\u0e00-\u0eff\u1000-\u109f\u3400-\u9fff]/u,
  my: /[\u0e00-\u0eff\u1780-\u17ff\u3400-\u9fff]/u,
  vi: /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3400-\u9fff]/u,
};

/** A combining vowel or tone mark of Thai, Lao, Burmese or Khmer at the start of a word: a typing slip. */
const LEADING_COMBINING_MARK =
  /(^|\s)[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u102b-\u103e\u17b6-\u17d3]/u;

/** Capitalised English words allowed in terms: proper names and symbols written with one capital. */
const PROPER_NAMES: ReadonlySet<string> = new Set([
  'African',
  'Arabica',
  'Asia',
  'Asian',
  'Bt',
  'Burmese',
  'Cambodia',
  'China',
  'Chinese',
  'Dai',
  'Japanese',
  'English',
  'Fi',
  'Khmer',
  'Kunming',
  'Lancang',
  'Lao',
  'Laos',
  'Li',
  'Luban',
  'Mekong',
  'Myanmar',
  'Robusta',
  'Thai',
  'Thailand',
  'Tibetan',
  'Vientiane',
  'Vietnam',
  'Vietnamese',
  'Wi',
  'Yunnan',
  'pH',
]);

/**
 * Whether an English word is written as the base expects: lower case, or an acronym or symbol
 * (`PV`, `5G`, `PM2.5`, `mRNA`, `eKYC`, `hepatitis B`), or a proper name.
 */
function isAcceptableEnglishWord(word: string): boolean {
  const capitals = word.match(/[A-Z]/g)?.length ?? 0;
  if (capitals === 0) return true;
  const digits = word.match(/[0-9]/g)?.length ?? 0;
  return (
    capitals + digits >= 2 || /^[A-Z]$/.test(word) || /^[a-z]+[A-Z]/.test(word) || PROPER_NAMES.has(word)
  );
}

/** The form under which two terms count as the same: case and runs of white space ignored. */
function normalise(term: string): string {
  return term.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The group a concept id belongs to: the part before the dot. */
function idGroup(id: string): string {
  return id.slice(0, id.indexOf('.'));
}

const GROUP_CODES: readonly string[] = SECTOR_TAXONOMY.map((group) => group.code);
const zawgyiDetector = new myanmarTools.ZawgyiDetector();

describe('corridor terminology base', () => {
  it('holds at least 1,500 concepts', () => {
    expect(TERM_CONCEPTS.length).toBeGreaterThanOrEqual(1500);
  });

  it('gives every concept a unique id of the form <group>.<slug>', () => {
    const seen = new Set<string>();
    for (const concept of TERM_CONCEPTS) {
      expect(concept.id).toMatch(/^[a-z]+\.[a-z0-9_]+$/);
      expect([...GROUP_CODES, 'general'], concept.id).toContain(idGroup(concept.id));
      expect(seen.has(concept.id), `duplicate id ${concept.id}`).toBe(false);
      seen.add(concept.id);
    }
  });

  it('tags concepts with sector codes of the taxonomy, at least one of them in their own group', () => {
    for (const concept of TERM_CONCEPTS) {
      for (const code of concept.sectors) expect(isSectorCode(code), `${concept.id}: ${code}`).toBe(true);
      expect(new Set(concept.sectors).size, concept.id).toBe(concept.sectors.length);
      const group = idGroup(concept.id);
      if (group === 'general') continue;
      const groups = concept.sectors.map((code) => sectorGroupOf(code)?.code);
      expect(groups, concept.id).toContain(group);
    }
  });

  it('covers every sector group with at least 40 concepts', () => {
    for (const group of SECTOR_TAXONOMY) {
      const count = TERM_CONCEPTS.filter((concept) =>
        concept.sectors.some((code) => sectorGroupOf(code)?.code === group.code),
      ).length;
      expect(count, group.code).toBeGreaterThanOrEqual(40);
    }
  });

  it('names every concept in every language, without repeating a term', () => {
    for (const concept of TERM_CONCEPTS) {
      for (const language of LANGUAGES) {
        const terms = concept.terms[language];
        expect(terms.length, `${concept.id} ${language}`).toBeGreaterThan(0);
        for (const term of terms) {
          expect(term, `${concept.id} ${language}`).toBe(term.trim());
          expect(term.length, `${concept.id} ${language}`).toBeGreaterThan(0);
        }
        expect(new Set(terms.map(normalise)).size, `${concept.id} ${language}`).toBe(terms.length);
      }
    }
  });

  it('writes each language in its own script', () => {
    for (const concept of TERM_CONCEPTS) {
      for (const language of LANGUAGES) {
        for (const term of concept.terms[language]) {
          const where = `${concept.id} ${language}: ${term}`;
          expect(SCRIPT[language].test(term), where).toBe(true);
          expect(FOREIGN_SCRIPT[language].test(term), where).toBe(false);
          expect(LEADING_COMBINING_MARK.test(term), where).toBe(false);
        }
      }
    }
  });

  it('writes Khmer subscript consonants as a coeng followed by a consonant', () => {
    for (const concept of TERM_CONCEPTS) {
      for (const term of concept.terms.km) {
        expect(/\u17d2(?![\u1780-\u17a2])/u.test(term), `${concept.id}: ${term}`).toBe(false);
      }
    }
  });

  it('keeps Burmese terms in Unicode, never Zawgyi', () => {
    // The detector misjudges very short strings (a lone stacked consonant looks like Zawgyi's killer),
    // so it judges the Burmese terms of each group together.
    const byGroup = new Map<string, string[]>();
    for (const concept of TERM_CONCEPTS) {
      const group = idGroup(concept.id);
      byGroup.set(group, [...(byGroup.get(group) ?? []), ...concept.terms.my]);
    }
    for (const [group, terms] of byGroup) {
      expect(zawgyiDetector.getZawgyiProbability(terms.join('\n')), group).toBeLessThan(0.05);
    }
  });

  it('writes English terms in lower case, except acronyms, symbols and proper names', () => {
    for (const concept of TERM_CONCEPTS) {
      for (const term of concept.terms.en) {
        for (const word of term.split(/[\s\-/]+/u)) {
          expect(isAcceptableEnglishWord(word), `${concept.id}: ${term}`).toBe(true);
        }
      }
    }
  });

  it('gives each term of a language to a single concept, so that text maps to concepts unambiguously', () => {
    for (const language of LANGUAGES) {
      const owner = new Map<string, string>();
      for (const concept of TERM_CONCEPTS) {
        for (const term of concept.terms[language]) {
          const key = normalise(term);
          const previous = owner.get(key);
          expect(
            previous === undefined || previous === concept.id,
            `${language} "${term}": ${previous} and ${concept.id}`,
          ).toBe(true);
          owner.set(key, concept.id);
        }
      }
    }
  });
});
