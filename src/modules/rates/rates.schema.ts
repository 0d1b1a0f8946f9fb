import { z } from 'zod';
import { RATED_CURRENCIES } from '../../domain/pipeline.js';
import { cleanText, isoDateSchema } from '../../platform/validation.js';

/** The currencies that need a rate: every agreement currency except the US dollar itself. */
export { RATED_CURRENCIES, type RatedCurrency } from '../../domain/pipeline.js';

export const rateParams = z
  .object({
    currency: z.enum(RATED_CURRENCIES),
    /** The day the rate applies from; agreements use the latest rate on or before their signing date. */
    date: isoDateSchema,
  })
  .strict();

export const rateBody = z
  .object({
    /** How many units of the currency one US dollar buys, e.g. 7.1 for CNY or 21500 for LAK. */
    unitsPerUsd: z.number().positive().max(1e9),
    /** Where the rate comes from, e.g. "State Bank of Vietnam reference rate". */
    source: cleanText(200).default(''),
  })
  .strict();
export type RateBody = z.infer<typeof rateBody>;

export const listRatesQuery = z
  .object({
    currency: z.enum(RATED_CURRENCIES).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(400).optional(),
  })
  .strict();
export type ListRatesQuery = z.infer<typeof listRatesQuery>;
