import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../src/domain/vocabulary.js';
import { type DockingCatalogue, en } from '../web/src/i18n/docking/en.js';
import { DOCKING_FRAME } from '../web/src/i18n/docking/frame.js';
import { km } from '../web/src/i18n/docking/km.js';
import { lo } from '../web/src/i18n/docking/lo.js';
import { my } from '../web/src/i18n/docking/my.js';
import { th } from '../web/src/i18n/docking/th.js';
import { vi } from '../web/src/i18n/docking/vi.js';
import { zh } from '../web/src/i18n/docking/zh.js';
import { checkCatalogues } from './support/catalogues.js';

/** The `docking` namespace (web/src/i18n/docking): matches, search, inbox, terminology, in seven languages. */
const CATALOGUES: Record<Language, DockingCatalogue> = { en, zh, lo, th, km, my, vi };

describe('docking catalogues', () => {
  checkCatalogues(CATALOGUES, {
    // An abbreviation with a number, an order of placeholders.
    sameEverywhere: ['matches.trl', 'express.earlierItem'],
    perLanguage: (language, catalogue) => {
      it('carries the frame strings the header shows before the catalogue loads', () => {
        expect(catalogue.frame).toEqual(DOCKING_FRAME[language]);
      });
    },
  });

  it('has frame strings for each of the seven corridor languages', () => {
    expect(Object.keys(DOCKING_FRAME).sort()).toEqual([...LANGUAGES].sort());
  });
});
