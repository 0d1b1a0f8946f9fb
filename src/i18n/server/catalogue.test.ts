import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/vocabulary.js';
import { ERROR_STATUS, FIELD_ISSUE_CODES } from '../../platform/errors.js';
import { en } from './en.js';
import { languageFromAcceptHeader, SERVER_MESSAGES, translate } from './index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('server message catalogue', () => {
  for (const language of LANGUAGES) {
    it(`has every key, non-empty and with the same placeholders, in ${language}`, () => {
      const catalogue = SERVER_MESSAGES[language];
      for (const key of Object.keys(en) as Array<keyof typeof en>) {
        expect(catalogue[key], `${language} ${key}`).toBeTruthy();
        expect(placeholders(catalogue[key]), `${language} ${key}`).toEqual(placeholders(en[key]));
      }
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    });
  }

  it('has a message for every error code and every field issue code', () => {
    for (const code of Object.keys(ERROR_STATUS)) expect(en).toHaveProperty(`error.${code}`);
    for (const code of FIELD_ISSUE_CODES) expect(en).toHaveProperty(`issue.${code}`);
  });

  it('fills in placeholders', () => {
    expect(translate('en', 'issue.too_short', { minimum: 10 })).toBe('Enter at least 10 characters.');
  });

  it('negotiates the language from Accept-Language', () => {
    expect(languageFromAcceptHeader('lo-LA,lo;q=0.9,en;q=0.5')).toBe('lo');
    expect(languageFromAcceptHeader('fr-FR, th;q=0.8, en;q=0.9')).toBe('en');
    expect(languageFromAcceptHeader('fr-FR, th;q=0.8')).toBe('th');
    expect(languageFromAcceptHeader('zh-Hans-CN')).toBe('zh');
    expect(languageFromAcceptHeader(undefined)).toBe('en');
    expect(languageFromAcceptHeader(';;;q=abc,,')).toBe('en');
  });
});
