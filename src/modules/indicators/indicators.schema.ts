import { z } from 'zod';
import { INDICATOR_TABLES, VALUE_INTERVALS } from '../../domain/pipeline.js';
import { SECTOR_TAXONOMY } from '../../domain/sectors.js';
import { COUNTRIES, LANGUAGES, PROFILE_KINDS } from '../../domain/vocabulary.js';

// The tables and intervals live in src/domain/pipeline.ts, shared with the web app.
export {
  INDICATOR_TABLES,
  type IndicatorTableName,
  VALUE_INTERVALS,
  type ValueInterval,
} from '../../domain/pipeline.js';

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
