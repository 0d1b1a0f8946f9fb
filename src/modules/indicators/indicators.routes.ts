import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import type { CorridorApp } from '../../http/app.js';
import { isoDate } from '../../platform/clock.js';
import { CorridorError, isCorridorError } from '../../platform/errors.js';
import { PdfRenderer } from '../../platform/pdf.js';
import { hitRateLimit } from '../../platform/rate-limit.js';
import { exportFileName, tableCsv, tablesXlsx } from './indicators.export.js';
import { tableTitle } from './indicators.labels.js';
import {
  exportQuery,
  INDICATOR_TABLES,
  indicatorQuery,
  reportQuery,
  tableParams,
  workbookQuery,
} from './indicators.schema.js';
import {
  fullIndicatorTable,
  indicatorReport,
  indicatorTable,
  indicatorTables,
} from './indicators.service.js';
import { TABLE_DEFS } from './indicators.tables.js';

const tags = ['indicators'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** PDF rendering runs a browser: a few reports per reader and hour are plenty. */
const PDF_LIMIT = { limit: 30, windowSeconds: 3600 };
/** The printable page may only use its own inline style. */
const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function attachment(fileName: string): string {
  return `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The corridor's indicators: dashboard tables, CSV/XLSX exports and the printable report. */
export function indicatorsRoutes(app: CorridorApp, ctx: AppContext): void {
  const pdf = new PdfRenderer();
  app.addHook('onClose', async () => {
    await pdf.close();
  });

  app.get(
    '/api/v1/indicators',
    { schema: { tags, summary: 'The indicator tables there are, with their titles in your language' } },
    async (request) => ({
      items: INDICATOR_TABLES.map((table) => ({
        table,
        title: tableTitle(request.actor.language, table),
        detailedOnly: TABLE_DEFS[table].detailedOnly,
      })),
    }),
  );

  app.get(
    '/api/v1/indicators/report.html',
    {
      schema: {
        tags,
        summary: 'The printable indicators report for a period and a country (HTML)',
        querystring: reportQuery,
      },
    },
    async (request, reply) => {
      const { html } = await indicatorReport(ctx, request.actor, request.query);
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('content-security-policy', REPORT_CSP)
        .header('cache-control', 'private, no-store')
        .send(html);
    },
  );

  app.get(
    '/api/v1/indicators/report.pdf',
    {
      schema: {
        tags,
        summary:
          'The indicators report for a period and a country as PDF (503 PdfUnavailable without a browser)',
        querystring: reportQuery,
      },
    },
    async (request, reply) => {
      await hitRateLimit(
        ctx.db,
        { bucket: `indicators-pdf:${rateBucket(request)}`, ...PDF_LIMIT },
        ctx.clock.now(),
      );
      const { html, filters } = await indicatorReport(ctx, request.actor, request.query);
      let document: Buffer;
      try {
        document = await pdf.render(html);
      } catch (error) {
        if (isCorridorError(error)) throw error;
        // A browser that will not start is the same to the reader as no browser: use the printable page.
        request.log.error({ err: error }, 'PDF rendering failed');
        throw new CorridorError('PdfUnavailable');
      }
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachment(exportFileName('indicators-report', filters, 'pdf')))
        .header('cache-control', 'private, no-store')
        .send(document);
    },
  );

  app.get(
    '/api/v1/indicators/workbook.xlsx',
    {
      schema: {
        tags,
        summary: 'Every indicator table you may see, one sheet each (XLSX)',
        querystring: workbookQuery,
      },
    },
    async (request, reply) => {
      const views = await indicatorTables(ctx, request.actor, request.query);
      const language = request.query.lang ?? request.actor.language;
      const first = views[0];
      const body = await tablesXlsx(views, language, isoDate(ctx.clock.now()));
      return reply
        .header('content-type', XLSX_TYPE)
        .header(
          'content-disposition',
          attachment(
            first ? exportFileName('indicators', first.filters, 'xlsx') : 'corridor-indicators.xlsx',
          ),
        )
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );

  app.get(
    '/api/v1/indicators/:table',
    {
      schema: {
        tags,
        summary:
          'One indicator table as rows and labelled columns; aggregates for everyone, every figure for coordinators of the country',
        params: tableParams,
        querystring: indicatorQuery,
      },
    },
    async (request) => indicatorTable(ctx, request.actor, request.params.table, request.query),
  );

  app.get(
    '/api/v1/indicators/:table/export',
    {
      schema: {
        tags,
        summary: 'One indicator table as CSV or XLSX, with the labels of the table',
        params: tableParams,
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const view = await fullIndicatorTable(ctx, request.actor, request.params.table, filters);
      const language = filters.lang ?? request.actor.language;
      const fileName = exportFileName(view.table, view.filters, format);
      reply.header('content-disposition', attachment(fileName)).header('cache-control', 'private, no-store');
      if (format === 'csv')
        return reply.header('content-type', 'text/csv; charset=utf-8').send(tableCsv(view));
      return reply
        .header('content-type', XLSX_TYPE)
        .send(await tablesXlsx([view], language, isoDate(ctx.clock.now())));
    },
  );
}

/** Signed-in readers are counted per account, others per address. */
function rateBucket(request: FastifyRequest): string {
  return request.actor.kind === 'user' ? `user:${request.actor.userId}` : `ip:${request.ip}`;
}
