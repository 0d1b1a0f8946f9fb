import type { Queryable } from '../../db/database.js';
import type { RatedCurrency } from './rates.schema.js';

export interface ExchangeRateRecord {
  currency: RatedCurrency;
  rateDate: string;
  unitsPerUsd: number;
  source: string;
  updatedBy: string | null;
  updatedAt: Date;
}

const RATE_COLUMNS = `currency, rate_date AS "rateDate", units_per_usd AS "unitsPerUsd", source,
  updated_by AS "updatedBy", updated_at AS "updatedAt"`;

/** Newest first (then by currency), after the cursor position. */
export async function listRates(
  db: Queryable,
  currency: RatedCurrency | undefined,
  after: { key: string; currency: string } | null,
  limit: number,
): Promise<ExchangeRateRecord[]> {
  const { rows } = await db.query<ExchangeRateRecord>(
    `SELECT ${RATE_COLUMNS} FROM exchange_rates
     WHERE ($1::text IS NULL OR currency = $1)
       AND ($2::date IS NULL OR (rate_date, currency) < ($2::date, $3::text))
     ORDER BY rate_date DESC, currency DESC LIMIT $4`,
    [currency ?? null, after?.key ?? null, after?.currency ?? null, limit],
  );
  return rows;
}

export async function upsertRate(
  db: Queryable,
  rate: {
    currency: RatedCurrency;
    rateDate: string;
    unitsPerUsd: number;
    source: string;
    updatedBy: string;
    at: Date;
  },
): Promise<ExchangeRateRecord> {
  const { rows } = await db.query<ExchangeRateRecord>(
    `INSERT INTO exchange_rates (currency, rate_date, units_per_usd, source, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (currency, rate_date) DO UPDATE SET units_per_usd = EXCLUDED.units_per_usd,
       source = EXCLUDED.source, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
     RETURNING ${RATE_COLUMNS}`,
    [rate.currency, rate.rateDate, rate.unitsPerUsd, rate.source, rate.updatedBy, rate.at],
  );
  const row = rows[0];
  if (!row) throw new Error('upsert into exchange_rates returned no row');
  return row;
}

export async function deleteRate(db: Queryable, currency: RatedCurrency, rateDate: string): Promise<number> {
  const result = await db.query('DELETE FROM exchange_rates WHERE currency = $1 AND rate_date = $2', [
    currency,
    rateDate,
  ]);
  return result.rowCount;
}
