import { describe, expect, it } from 'vitest';
import type { Language } from '../src/domain/vocabulary.js';
import { type Catalogue, en } from '../web/src/i18n/catalogue/en.js';
import { km } from '../web/src/i18n/catalogue/km.js';
import { lo } from '../web/src/i18n/catalogue/lo.js';
import { my } from '../web/src/i18n/catalogue/my.js';
import { th } from '../web/src/i18n/catalogue/th.js';
import { vi } from '../web/src/i18n/catalogue/vi.js';
import { zh } from '../web/src/i18n/catalogue/zh.js';
import { checkCatalogues } from './support/catalogues.js';

/** The web app's catalogues (web/src/i18n/catalogue): every string in all seven languages. */
const CATALOGUES: Record<Language, Catalogue> = { en, zh, lo, th, km, my, vi };

describe('web app catalogues', () => {
  checkCatalogues(CATALOGUES, {
    sameEverywhere: [
      // The product's name and abbreviations.
      'app.name',
      'history.system',
      'browse.trlRange',
      'profile.trlShort',
      // Orders of placeholders, which several languages share with English.
      'date.dayMonthYear',
      'date.dateTime',
    ],
    sameIn: { vi: ['vocab.country.MM'] },
    perLanguage: (_language, catalogue) => {
      it('names the twelve months', () => {
        expect(catalogue.date.months.split(',').filter((m) => m.trim() !== '')).toHaveLength(12);
      });
    },
  });
});
