import type { AppContext } from '../../app-context.js';
import { CorridorError } from '../../platform/errors.js';
import { type Actor, deny, requireUser } from '../auth/actor.js';
import { repriceAgreements } from '../cooperations/cooperations.service.js';
import { canOnExchangeRates, type RateAction } from './rates.policy.js';
import { deleteRate, type ExchangeRateRecord, listRates, upsertRate } from './rates.repository.js';
import type { ListRatesQuery, RateBody, RatedCurrency } from './rates.schema.js';

function authorize(actor: Actor, action: RateAction): void {
  if (!canOnExchangeRates(actor, action)) deny(actor);
}

/** Rates are keyed by (date, currency), not by a UUID, so their cursor is their own: "date|currency". */
function encodeRateCursor(rate: ExchangeRateRecord): string {
  return Buffer.from(`${rate.rateDate}|${rate.currency}`, 'utf8').toString('base64url');
}

function decodeRateCursor(cursor: string | undefined): { key: string; currency: string } | null {
  if (cursor === undefined || cursor === '') return null;
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^(\d{4}-\d{2}-\d{2})\|([A-Z]{3})$/.exec(text);
  if (!match?.[1] || !match[2] || Number.isNaN(Date.parse(match[1])))
    throw new CorridorError('InvalidCursor');
  return { key: match[1], currency: match[2] };
}

/** The rates table, newest first. */
export async function listExchangeRates(ctx: AppContext, actor: Actor, query: ListRatesQuery) {
  authorize(actor, 'read');
  const rows = await listRates(ctx.db, query.currency, decodeRateCursor(query.cursor), query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > query.limit && last ? encodeRateCursor(last) : null };
}

/**
 * Adds or corrects the rate of a currency for a day. The agreements it can affect (signed on or after
 * that day) pick their rate again in the same transaction, and the indicators follow.
 */
export async function putExchangeRate(
  ctx: AppContext,
  actor: Actor,
  currency: RatedCurrency,
  rateDate: string,
  body: RateBody,
): Promise<{ rate: ExchangeRateRecord; repricedAgreements: number }> {
  const user = requireUser(actor);
  authorize(actor, 'write');
  return ctx.db.transaction(async (tx) => {
    const rate = await upsertRate(tx, {
      currency,
      rateDate,
      unitsPerUsd: body.unitsPerUsd,
      source: body.source,
      updatedBy: user.userId,
      at: ctx.clock.now(),
    });
    return { rate, repricedAgreements: await repriceAgreements(tx, currency, rateDate) };
  });
}

/** Removes a rate; the agreements that used it fall back to the previous one (or to no USD value). */
export async function removeExchangeRate(
  ctx: AppContext,
  actor: Actor,
  currency: RatedCurrency,
  rateDate: string,
): Promise<{ repricedAgreements: number }> {
  requireUser(actor);
  authorize(actor, 'write');
  return ctx.db.transaction(async (tx) => {
    if ((await deleteRate(tx, currency, rateDate)) === 0) throw new CorridorError('ExchangeRateNotFound');
    return { repricedAgreements: await repriceAgreements(tx, currency, rateDate) };
  });
}
