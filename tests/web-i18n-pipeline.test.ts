// The server schemas below reach the Zawgyi folding, typed by this declaration; the web tsconfig,
// which type-checks this file, does not include the server's sources otherwise.
/// <reference path="../src/engines/text/myanmar-tools.d.ts" />
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../src/domain/vocabulary.js';
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
import { checkCatalogues } from './support/catalogues.js';

/** The `pipeline` namespace (web/src/i18n/pipeline): cooperation pages, exchange rates, dashboard. */
const CATALOGUES: Record<Language, PipelineCatalogue> = { en, zh, lo, th, km, my, vi };

describe('pipeline catalogues', () => {
  checkCatalogues(CATALOGUES, {
    // Placeholder orders and a metric/value pair.
    sameEverywhere: [
      'outcomes.entry',
      'dashboard.monthYear',
      'dashboard.mapCountry',
      'dashboard.csv',
      'dashboard.xlsx',
    ],
    perLanguage: (language, catalogue) => {
      it('carries the header strings the frame registers (nav.ts)', () => {
        expect(catalogue.nav).toEqual(PIPELINE_NAV[language]);
      });
    },
  });

  it('has header strings for each of the seven corridor languages', () => {
    expect(Object.keys(PIPELINE_NAV).sort()).toEqual([...LANGUAGES].sort());
  });

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
