// The server schemas below reach the Zawgyi folding, typed by this declaration; the web tsconfig,
// which type-checks this file, does not include the server's sources otherwise.
/// <reference path="../src/engines/text/myanmar-tools.d.ts" />
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/domain/vocabulary.js';
import {
  AGREEMENT_STAGES,
  OUTCOME_STAGES,
  STAGE_MOVES,
} from '../src/modules/cooperations/cooperations.lifecycle.js';
import {
  AGREEMENT_TYPES,
  CLOSED_REASONS,
  COOPERATION_ORIGINS,
  COOPERATION_STAGES,
  CURRENCIES,
  DOCUMENT_KINDS,
  OUTCOME_METRICS,
} from '../src/modules/cooperations/cooperations.schema.js';
import { INDICATOR_TABLES, VALUE_INTERVALS } from '../src/modules/indicators/indicators.schema.js';
import { RATED_CURRENCIES } from '../src/modules/rates/rates.schema.js';
import * as web from '../web/src/api/pipeline.js';
import { en, type PipelineCatalogue } from '../web/src/i18n/pipeline/en.js';
import { km } from '../web/src/i18n/pipeline/km.js';
import { lo } from '../web/src/i18n/pipeline/lo.js';
import { my } from '../web/src/i18n/pipeline/my.js';
import { PIPELINE_NAV } from '../web/src/i18n/pipeline/nav.js';
import { th } from '../web/src/i18n/pipeline/th.js';
import { vi } from '../web/src/i18n/pipeline/vi.js';
import { zh } from '../web/src/i18n/pipeline/zh.js';

/** The `pipeline` namespace (web/src/i18n/pipeline): cooperation pages, exchange rates, dashboard. */
const CATALOGUES: Record<string, PipelineCatalogue> = { en, zh, lo, th, km, my, vi };

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

/** Strings that may read as in English: placeholder orders and a metric/value pair. */
const SAME_EVERYWHERE = new Set([
  'outcomes.entry',
  'dashboard.monthYear',
  'dashboard.mapCountry',
  'dashboard.csv',
  'dashboard.xlsx',
]);

const reference = flatten(en);

describe('pipeline catalogues', () => {
  it('has a catalogue for each of the seven corridor languages', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGUAGES].sort());
    expect(Object.keys(PIPELINE_NAV).sort()).toEqual([...LANGUAGES].sort());
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
        const singular = [...flat.keys()].filter((key) => key.endsWith('_one'));
        for (const key of singular) expect(flat.has(key.replace(/_one$/, '_other')), key).toBe(true);
      });

      it('carries the header strings the frame registers (nav.ts)', () => {
        expect(catalogue.nav).toEqual(PIPELINE_NAV[language as keyof typeof PIPELINE_NAV]);
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

  it('names every value of the server vocabulary it shows', () => {
    const missing: string[] = [];
    const expectLabels = (group: keyof PipelineCatalogue, values: readonly string[]) => {
      const labels = en[group] as Record<string, string>;
      for (const value of values) if (!labels[value]) missing.push(`${group}.${value}`);
    };
    expectLabels('stage', COOPERATION_STAGES);
    expectLabels('closedReason', CLOSED_REASONS);
    expectLabels('origin', COOPERATION_ORIGINS);
    expectLabels('agreementType', AGREEMENT_TYPES);
    expectLabels('currency', CURRENCIES);
    expectLabels('metric', OUTCOME_METRICS);
    expectLabels('documentKind', DOCUMENT_KINDS);
    for (const interval of VALUE_INTERVALS) {
      if (!en.dashboard.intervals[interval]) missing.push(`dashboard.intervals.${interval}`);
    }
    expect(missing).toEqual([]);
  });
});

/**
 * The web app uses the server's own enumerations (src/domain/pipeline.ts through web/src/domain.ts),
 * not copies: a list redefined in the web app is a different object and fails here.
 */
describe('pipeline enumerations in the web app', () => {
  it('are the server schemas’ own lists', () => {
    expect(web.COOPERATION_STAGES).toBe(COOPERATION_STAGES);
    expect(web.CLOSED_REASONS).toBe(CLOSED_REASONS);
    expect(web.COOPERATION_ORIGINS).toBe(COOPERATION_ORIGINS);
    expect(web.AGREEMENT_TYPES).toBe(AGREEMENT_TYPES);
    expect(web.CURRENCIES).toBe(CURRENCIES);
    expect(web.RATED_CURRENCIES).toBe(RATED_CURRENCIES);
    expect(web.OUTCOME_METRICS).toBe(OUTCOME_METRICS);
    expect(web.DOCUMENT_KINDS).toBe(DOCUMENT_KINDS);
    expect(web.INDICATOR_TABLES).toBe(INDICATOR_TABLES);
    expect(web.VALUE_INTERVALS).toBe(VALUE_INTERVALS);
  });

  it('offer the stage moves the server allows', () => {
    expect(web.STAGE_MOVES).toBe(STAGE_MOVES);
    expect(web.AGREEMENT_STAGES).toBe(AGREEMENT_STAGES);
    expect(web.OUTCOME_STAGES).toBe(OUTCOME_STAGES);
  });
});
