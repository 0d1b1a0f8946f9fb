import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../src/domain/vocabulary.js';
import { type EventsCatalogue, en } from '../web/src/i18n/events/en.js';
import { km } from '../web/src/i18n/events/km.js';
import { lo } from '../web/src/i18n/events/lo.js';
import { EVENTS_MENU_LABEL } from '../web/src/i18n/events/menu-label.js';
import { my } from '../web/src/i18n/events/my.js';
import { th } from '../web/src/i18n/events/th.js';
import { vi } from '../web/src/i18n/events/vi.js';
import { zh } from '../web/src/i18n/events/zh.js';
import { checkCatalogues } from './support/catalogues.js';

/** The `events` namespace of the web app (web/src/i18n/events): every string in all seven languages. */
const CATALOGUES: Record<Language, EventsCatalogue> = { en, zh, lo, th, km, my, vi };

describe('events catalogues', () => {
  // Strings that are only placeholders and punctuation, the same in every language.
  checkCatalogues(CATALOGUES, { sameEverywhere: ['time.inZone', 'time.range'] });

  it('names the menu entry in every language, as the event list is titled', () => {
    for (const language of LANGUAGES) {
      expect(EVENTS_MENU_LABEL[language].trim(), language).not.toBe('');
      expect(EVENTS_MENU_LABEL[language], language).toBe(CATALOGUES[language].list.title);
    }
  });
});
