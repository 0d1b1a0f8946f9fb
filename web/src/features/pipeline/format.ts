import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { INTL_LOCALES } from '../../i18n/languages';
import { type PipelineT, usePipelineT } from './i18n';

/** Numbers, money, months and periods of the pipeline pages, written for the interface language. */
export interface PipelineFormat {
  number(value: number): string;
  /** An amount in its currency, with the currency's usual decimals. */
  money(value: number, currency: string): string;
  /** A sum of US dollars in whole dollars, as the indicators show it. */
  usd(value: number): string;
  percent(ratio: number): string;
  /** A month `YYYY-MM`, e.g. "Nov 2026". */
  month(value: string): string;
  /** A period of the agreement-value table: `YYYY-MM`, `YYYY-Qn` or `YYYY`. */
  period(value: string): string;
  date(value: string | Date): string;
  dateTime(value: string | Date): string;
  bytes(value: number): string;
}

/**
 * Intl where the browser knows the locale's calendar; otherwise (Lao, Khmer and Burmese in Chromium)
 * month names from the main catalogue, as web/src/i18n/format.ts does for dates.
 */
export function usePipelineFormat(): PipelineFormat {
  const base = useFormat();
  const t = usePipelineT();
  const { t: mainT } = useTranslation();
  return useMemo(() => makePipelineFormat(base, t, mainT('date.months').split(',')), [base, t, mainT]);
}

function makePipelineFormat(
  base: ReturnType<typeof useFormat>,
  t: PipelineT,
  monthNames: string[],
): PipelineFormat {
  const locale = INTL_LOCALES[base.language];
  const knowsCalendar = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  const monthFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const usd = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const month = (value: string) => {
    const [year = '', m = '1'] = value.split('-');
    const index = Number(m) - 1;
    if (knowsCalendar) return monthFormat.format(new Date(Date.UTC(Number(year), index, 15)));
    return t('dashboard.monthYear', { month: monthNames[index] ?? m, year });
  };
  return {
    number: base.number,
    money: (value, currency) => {
      let format = moneyFormats.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency });
        moneyFormats.set(currency, format);
      }
      return format.format(value);
    },
    usd: (value) => usd.format(value),
    percent: (ratio) => percent.format(ratio),
    month,
    period: (value) => {
      const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
      if (quarter) return t('dashboard.quarter', { quarter: quarter[2] ?? '', year: quarter[1] ?? '' });
      if (/^\d{4}-\d{2}$/.test(value)) return month(value);
      return value;
    },
    date: base.date,
    dateTime: base.dateTime,
    bytes: base.bytes,
  };
}

/**
 * Today as `YYYY-MM-DD` in UTC: the server refuses dates after its own (UTC) day, so a reader east of
 * Greenwich shortly after midnight is offered the day the server accepts.
 */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The current month as `YYYY-MM` (UTC, like the server's default period). */
export function currentMonth(): string {
  return todayIso().slice(0, 7);
}
