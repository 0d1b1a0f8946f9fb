import type { IndicatorTableName } from './indicators.schema.js';

/** What a column holds; dimensions get translated labels, measures are numbers. */
export type ColumnKind =
  | 'month'
  | 'period'
  | 'country'
  | 'profile_kind'
  | 'sector'
  | 'stage'
  | 'agreement_type'
  | 'metric'
  | 'organisation'
  | 'count'
  | 'usd'
  | 'number'
  | 'ratio'
  | 'days';

export const MEASURE_KINDS: readonly ColumnKind[] = ['count', 'usd', 'number', 'ratio', 'days'];

export type ColumnKey =
  | 'month'
  | 'period'
  | 'country'
  | 'countryA'
  | 'countryB'
  | 'kind'
  | 'sector'
  | 'stage'
  | 'type'
  | 'metric'
  | 'organisation'
  | 'profiles'
  | 'publishedProfiles'
  | 'organisations'
  | 'cooperations'
  | 'agreements'
  | 'usdTotal'
  | 'withoutUsd'
  | 'moves'
  | 'reports'
  | 'total'
  | 'expressions'
  | 'answered'
  | 'accepted'
  | 'acceptanceRate'
  | 'avgDaysToFirstAnswer'
  | 'meetings';

export interface ColumnDef {
  key: ColumnKey;
  kind: ColumnKind;
}

/**
 * Small-count suppression for the public view: when the count column `by` of a row is 1 or 2, the
 * row's `columns` are hidden, so nobody can single out one cooperation's deal or outcome.
 */
export interface SuppressionRule {
  by: ColumnKey;
  columns: readonly ColumnKey[];
}

export interface TableDef {
  columns: readonly ColumnDef[];
  suppress: readonly SuppressionRule[];
  /** Only for administrators and the coordinators of the country. */
  detailedOnly: boolean;
}

/** Counts below this (and above zero) are hidden from the public. */
export const SMALL_COUNT_LIMIT = 3;

const col = (key: ColumnKey, kind: ColumnKind): ColumnDef => ({ key, kind });
const rule = (by: ColumnKey, ...columns: ColumnKey[]): SuppressionRule => ({ by, columns });

/** The columns of every indicator table, in display order. */
export const TABLE_DEFS: Readonly<Record<IndicatorTableName, TableDef>> = {
  'profiles-by-month': {
    columns: [
      col('month', 'month'),
      col('country', 'country'),
      col('kind', 'profile_kind'),
      col('profiles', 'count'),
    ],
    // Published profiles are public anyway: nothing to hide.
    suppress: [],
    detailedOnly: false,
  },
  'profiles-by-sector': {
    columns: [col('sector', 'sector'), col('profiles', 'count')],
    suppress: [],
    detailedOnly: false,
  },
  docking: {
    columns: [
      col('month', 'month'),
      col('expressions', 'count'),
      col('answered', 'count'),
      col('accepted', 'count'),
      col('acceptanceRate', 'ratio'),
      col('avgDaysToFirstAnswer', 'days'),
    ],
    suppress: [
      rule('expressions', 'expressions', 'answered', 'accepted', 'acceptanceRate', 'avgDaysToFirstAnswer'),
    ],
    detailedOnly: false,
  },
  meetings: {
    columns: [col('month', 'month'), col('meetings', 'count')],
    suppress: [rule('meetings', 'meetings')],
    detailedOnly: false,
  },
  'cooperations-by-stage': {
    columns: [col('stage', 'stage'), col('cooperations', 'count')],
    suppress: [rule('cooperations', 'cooperations')],
    detailedOnly: false,
  },
  'stage-movements': {
    columns: [col('month', 'month'), col('stage', 'stage'), col('moves', 'count')],
    suppress: [rule('moves', 'moves')],
    detailedOnly: false,
  },
  'agreements-by-type': {
    columns: [
      col('type', 'agreement_type'),
      col('agreements', 'count'),
      col('usdTotal', 'usd'),
      col('withoutUsd', 'count'),
    ],
    suppress: [rule('agreements', 'agreements', 'usdTotal', 'withoutUsd')],
    detailedOnly: false,
  },
  'agreements-by-country-pair': {
    columns: [
      col('countryA', 'country'),
      col('countryB', 'country'),
      col('agreements', 'count'),
      col('usdTotal', 'usd'),
    ],
    suppress: [rule('agreements', 'agreements', 'usdTotal')],
    detailedOnly: false,
  },
  'agreement-value': {
    columns: [
      col('period', 'period'),
      col('agreements', 'count'),
      col('usdTotal', 'usd'),
      col('withoutUsd', 'count'),
    ],
    suppress: [rule('agreements', 'agreements', 'usdTotal', 'withoutUsd')],
    detailedOnly: false,
  },
  outcomes: {
    columns: [col('metric', 'metric'), col('reports', 'count'), col('total', 'number')],
    suppress: [rule('reports', 'reports', 'total')],
    detailedOnly: false,
  },
  'outcomes-by-month': {
    columns: [
      col('month', 'month'),
      col('metric', 'metric'),
      col('reports', 'count'),
      col('total', 'number'),
    ],
    suppress: [rule('reports', 'reports', 'total')],
    detailedOnly: false,
  },
  map: {
    columns: [
      col('country', 'country'),
      col('organisations', 'count'),
      col('publishedProfiles', 'count'),
      col('cooperations', 'count'),
      col('agreements', 'count'),
      col('meetings', 'count'),
    ],
    suppress: [
      rule('cooperations', 'cooperations'),
      rule('agreements', 'agreements'),
      rule('meetings', 'meetings'),
    ],
    detailedOnly: false,
  },
  organisations: {
    columns: [
      col('organisation', 'organisation'),
      col('publishedProfiles', 'count'),
      col('cooperations', 'count'),
      col('agreements', 'count'),
      col('usdTotal', 'usd'),
    ],
    suppress: [],
    detailedOnly: true,
  },
};

/** A row of an indicator table: dimension codes and measures; null where a figure is hidden or unknown. */
export type IndicatorRow = Record<string, string | number | null>;

/**
 * Hides small counts (1 to SMALL_COUNT_LIMIT - 1) and the figures that go with them; returns the rows
 * and how many cells were hidden. Zero is shown: "none" reveals nothing about a party.
 */
export function suppressSmallCounts(
  def: TableDef,
  rows: readonly IndicatorRow[],
): { rows: IndicatorRow[]; hidden: number } {
  let hidden = 0;
  const out = rows.map((row) => {
    const copy = { ...row };
    for (const { by, columns } of def.suppress) {
      const count = row[by];
      if (typeof count === 'number' && count > 0 && count < SMALL_COUNT_LIMIT) {
        for (const column of columns) {
          if (copy[column] !== null) hidden += 1;
          copy[column] = null;
        }
      }
    }
    return copy;
  });
  return { rows: out, hidden };
}
