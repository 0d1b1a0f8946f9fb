import type { TFunction } from 'i18next';
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

/** Whether this browser's Intl has data for the locale (Chromium ships none for Lao, Khmer or Burmese). */
function intlKnows(locale: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
}

/**
 * Formatters for `language`. Where the browser lacks the locale's calendar data, dates are written
 * from the catalogue's month names (date.months) in the catalogue's order (date.dayMonthYear), rather
 * than falling back to American English.
 */
export function makeFormatter(language: Language, t: TFunction): Formatter {
  const locale = INTL_LOCALES[language];
  const known = intlKnows(locale);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dayTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const numbers = new Intl.NumberFormat(locale);
  const kilobytes = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  });
  const megabytes = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  });
  const months = t('date.months').split(',');
  const ownDate = (date: Date, utc: boolean) =>
    t('date.dayMonthYear', {
      day: utc ? date.getUTCDate() : date.getDate(),
      month: months[utc ? date.getUTCMonth() : date.getMonth()] ?? '',
      year: utc ? date.getUTCFullYear() : date.getFullYear(),
    });
  const ownTime = (date: Date) =>
    `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return {
    language,
    locale,
    date: (value) => (known ? day.format(toDate(value)) : ownDate(toDate(value), true)),
    dateTime: (value) => {
      const date = toDate(value);
      return known
        ? dayTime.format(date)
        : t('date.dateTime', { date: ownDate(date, false), time: ownTime(date) });
    },
    number: (value) => numbers.format(value),
    // Binary units, as file managers show them: a 10 MiB limit reads "10 MB".
    bytes: (value) =>
      value < 1_048_576 ? kilobytes.format(Math.max(1, value / 1024)) : megabytes.format(value / 1_048_576),
    currency: (value, currency) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value),
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
  const { t } = useTranslation();
  return useMemo(() => makeFormatter(language, t), [language, t]);
}

/** A text's version in `language`, else English, else the first version there is; with the language shown. */
export function pickText(
  text: MultilingualText,
  language: Language,
): { text: string; language: Language | null } {
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
