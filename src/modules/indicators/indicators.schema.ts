import { z } from 'zod';
import { SECTOR_TAXONOMY } from '../../domain/sectors.js';
import { COUNTRIES, LANGUAGES, PROFILE_KINDS } from '../../domain/vocabulary.js';

/** The indicator tables; each is served as JSON, CSV and XLSX under /api/v1/indicators/<name>. */
export const INDICATOR_TABLES = [
  'profiles-by-month',
  'profiles-by-sector',
  'docking',
  'meetings',
  'cooperations-by-stage',
  'stage-movements',
  'agreements-by-type',
  'agreements-by-country-pair',
  'agreement-value',
  'outcomes',
  'map',
  'organisations',
] as const;
export type IndicatorTableName = (typeof INDICATOR_TABLES)[number];

export const VALUE_INTERVALS = ['month', 'quarter', 'year'] as const;
export type ValueInterval = (typeof VALUE_INTERVALS)[number];

/** A calendar month 'YYYY-MM'. */
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** A top-level group of the sector taxonomy (e.g. `green`); the indicators are kept per group. */
export const sectorGroupSchema = z
  .string()
  .refine((code) => SECTOR_TAXONOMY.some((group) => group.code === code), {
    params: { code: 'not_allowed_value' },
  });

const filterFields = {
  /** First month of the period, 'YYYY-MM'; by default the whole history. */
  from: monthSchema.optional(),
  /** Last month of the period, 'YYYY-MM'; by default the current month. */
  to: monthSchema.optional(),
  /** Only what concerns this country (for cooperations: with a party from it). */
  country: z.enum(COUNTRIES).optional(),
  /** Only this top-level sector group. */
  sector: sectorGroupSchema.optional(),
  /** Profile tables only: this kind of profile. */
  kind: z.enum(PROFILE_KINDS).optional(),
  /** agreement-value only: the length of each period. */
  interval: z.enum(VALUE_INTERVALS).default('month'),
  /** Language of the labels; by default the reader's language. */
  lang: z.enum(LANGUAGES).optional(),
};

function periodInOrder(
  filters: { from?: string | undefined; to?: string | undefined },
  issue: z.RefinementCtx,
) {
  if (filters.from && filters.to && filters.from > filters.to) {
    issue.addIssue({ code: 'custom', path: ['to'], params: { code: 'invalid' }, message: 'before from' });
  }
}

export const indicatorQuery = z
  .object({
    ...filterFields,
    /** organisations only: rows per page. */
    limit: z.coerce.number().int().min(1).max(500).default(100),
    cursor: z.string().max(400).optional(),
  })
  .strict()
  .superRefine(periodInOrder);
export type IndicatorQuery = z.infer<typeof indicatorQuery>;

export const exportQuery = z
  .object({ ...filterFields, format: z.enum(['csv', 'xlsx']).default('csv') })
  .strict()
  .superRefine(periodInOrder);
export type ExportQuery = z.infer<typeof exportQuery>;

export const workbookQuery = z.object(filterFields).strict().superRefine(periodInOrder);

export const reportQuery = z
  .object({
    from: filterFields.from,
    to: filterFields.to,
    country: filterFields.country,
    sector: filterFields.sector,
    lang: filterFields.lang,
  })
  .strict()
  .superRefine(periodInOrder);
export type ReportQuery = z.infer<typeof reportQuery>;

export const tableParams = z.object({ table: z.enum(INDICATOR_TABLES) }).strict();
