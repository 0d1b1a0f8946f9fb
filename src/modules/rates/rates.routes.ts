import type { AppContext } from '../../app-context.js';
import type { CorridorApp } from '../../http/app.js';
import { listRatesQuery, rateBody, rateParams } from './rates.schema.js';
import { listExchangeRates, putExchangeRate, removeExchangeRate } from './rates.service.js';

const tags = ['administration'];

/** The exchange rates administrators maintain by date, for the agreements' USD values. */
export function ratesRoutes(app: CorridorApp, ctx: AppContext): void {
  app.get(
    '/api/v1/admin/exchange-rates',
    {
      schema: {
        tags,
        summary: 'Exchange rates by date, newest first (administrators and coordinators)',
        querystring: listRatesQuery,
      },
    },
    async (request) => listExchangeRates(ctx, request.actor, request.query),
  );

  app.put(
    '/api/v1/admin/exchange-rates/:currency/:date',
    {
      schema: {
        tags,
        summary: 'Set the rate of a currency from a date; agreements signed since then are converted again',
        params: rateParams,
        body: rateBody,
      },
    },
    async (request) =>
      putExchangeRate(ctx, request.actor, request.params.currency, request.params.date, request.body),
  );

  app.delete(
    '/api/v1/admin/exchange-rates/:currency/:date',
    {
      schema: {
        tags,
        summary: 'Remove a rate; affected agreements fall back to the previous rate',
        params: rateParams,
      },
    },
    async (request) => removeExchangeRate(ctx, request.actor, request.params.currency, request.params.date),
  );
}
