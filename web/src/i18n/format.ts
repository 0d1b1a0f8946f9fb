import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, MultilingualText } from '../domain';
import { INTL_LOCALES, isLanguage } from './languages';

/** Dates, numbers and sizes written the way readers of the interface language expect, through Intl. */
export interface Formatter {
  language: Language;
  locale: string;
  /** A calendar day, e.g. 3 March 2026 (Thai readers get the Buddhist-era year their locale uses). */
  date(value: string | Date): string;
  /** A day and time. */
  dateTime(value: string | Date): string;
  number(value: number): string;
  /** A file size in kB or MB. */
  bytes(value: number): string;
  /** An amount of money in a currency, e.g. USD. */
  currency(value: number, currency: string): string;
}

/** `YYYY-MM-DD` dates are calendar days: read them at noon UTC so no time zone moves them. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

export function makeFormatter(language: Language): Formatter {
  const locale = INTL_LOCALES[language];
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dayTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const numbers = new Intl.NumberFormat(locale);
  const kilobytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  const megabytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  return {
    language,
    locale,
    date: (value) => day.format(toDate(value)),
    dateTime: (value) => dayTime.format(toDate(value)),
    number: (value) => numbers.format(value),
    bytes: (value) => (value < 1_000_000 ? kilobytes.format(Math.max(1, value / 1000)) : megabytes.format(value / 1_000_000)),
    currency: (value, currency) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value),
  };
}

/** The interface language, as one of the corridor's seven. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(current) ? current : 'en';
}

export function useFormat(): Formatter {
  const language = useLanguage();
  return useMemo(() => makeFormatter(language), [language]);
}

/** A text's version in `language`, else English, else the first version there is; with the language shown. */
export function pickText(text: MultilingualText, language: Language): { text: string; language: Language | null } {
  const own = text[language];
  if (own) return { text: own, language };
  if (text.en) return { text: text.en, language: 'en' };
  for (const [lang, value] of Object.entries(text)) {
    if (value && isLanguage(lang)) return { text: value, language: lang };
  }
  return { text: '', language: null };
}

/** Just the text of pickText. */
export function localText(text: MultilingualText, language: Language): string {
  return pickText(text, language).text;
}
