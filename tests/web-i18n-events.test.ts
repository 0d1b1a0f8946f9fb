import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/domain/vocabulary.js';
import { type EventsCatalogue, en } from '../web/src/i18n/events/en.js';
import { km } from '../web/src/i18n/events/km.js';
import { lo } from '../web/src/i18n/events/lo.js';
import { EVENTS_MENU_LABEL } from '../web/src/i18n/events/menu-label.js';
import { my } from '../web/src/i18n/events/my.js';
import { th } from '../web/src/i18n/events/th.js';
import { vi } from '../web/src/i18n/events/vi.js';
import { zh } from '../web/src/i18n/events/zh.js';

/** The `events` namespace of the web app (web/src/i18n/events): every string in all seven languages. */
const CATALOGUES: Record<string, EventsCatalogue> = { en, zh, lo, th, km, my, vi };

/** Flattens a nested catalogue into `a.b.c` keys; anything that is not a string or an object is kept as is. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
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

/** Strings that are only placeholders and punctuation, the same in every language. */
const SAME_EVERYWHERE = new Set(['time.inZone', 'time.range']);

const reference = flatten(en);

describe('events catalogues', () => {
  it('has a catalogue for each of the seven corridor languages', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGUAGES].sort());
  });

  it('names the menu entry in every language, as the event list is titled', () => {
    for (const language of LANGUAGES) {
      expect(EVENTS_MENU_LABEL[language].trim(), language).not.toBe('');
      expect(EVENTS_MENU_LABEL[language], language).toBe(CATALOGUES[language]?.list.title);
    }
  });

  for (const [language, catalogue] of Object.entries(CATALOGUES)) {
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
        const singular = [...reference.keys()].filter((key) => key.endsWith('_one'));
        for (const key of singular) {
          expect(flat.has(key), key).toBe(true);
          expect(flat.has(key.replace(/_one$/, '_other')), key).toBe(true);
        }
      });

      if (language !== 'en') {
        it('is translated, not copied from English', () => {
          const copied = [...reference]
            .filter(([key, english]) => !SAME_EVERYWHERE.has(key) && flat.get(key) === english)
            .map(([key]) => key);
          expect(copied).toEqual([]);
        });
      }
    });
  }
});
