import type { AppContext } from '../../app-context.js';
import {
  CORRIDOR_COUNTRIES,
  type Country,
  type Language,
  type ProfileKind,
} from '../../domain/vocabulary.js';
import { translate } from '../../i18n/server/index.js';
import { isoDate } from '../../platform/clock.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import { validationFailed } from '../../platform/errors.js';
import { type Actor, deny, isAdministrator } from '../auth/actor.js';
import { COOPERATION_STAGES } from '../cooperations/cooperations.schema.js';
import { columnLabel, tableTitle, valueLabel } from './indicators.labels.js';
import { canOnIndicators, type IndicatorDetail, indicatorDetail } from './indicators.policy.js';
import { type ReportFigures, renderIndicatorReport } from './indicators.report.js';
import {
  activeOrganisationFigures,
  agreementsByCountryPair,
  agreementsByType,
  agreementValueByPeriod,
  cooperationsByStage,
  countsByCountry,
  dockingByMonth,
  EOI_MONTHS_ROLLUP,
  keyFigures,
  MEETING_MONTHS_ROLLUP,
  meetingsByMonth,
  type OrganisationIndicatorRow,
  organisationFigures,
  outcomesByMonth,
  outcomeTotals,
  profilesByMonth,
  profilesBySector,
  type RollupFilter,
  refreshActivityRollups,
  relationExists,
  stageMovesByMonth,
} from './indicators.repository.js';
import type { IndicatorTableName, ValueInterval } from './indicators.schema.js';
import {
  type ColumnKey,
  type ColumnKind,
  type IndicatorRow,
  MEASURE_KINDS,
  SMALL_COUNT_LIMIT,
  suppressSmallCounts,
  TABLE_DEFS,
} from './indicators.tables.js';

/** The first month the indicators look at when no period is given. */
const HISTORY_START = '2000-01';
/** Most organisations an export or a report lists. */
const MAX_ORGANISATION_ROWS = 20_000;

/** The filters of an indicator request as given (months 'YYYY-MM'). */
export interface IndicatorFilterInput {
  from?: string | undefined;
  to?: string | undefined;
  country?: Country | undefined;
  sector?: string | undefined;
  kind?: ProfileKind | undefined;
  interval?: ValueInterval | undefined;
  lang?: Language | undefined;
}

/** The filters as applied, echoed in every answer so a table says what it counts. */
export interface AppliedFilters {
  from: string;
  to: string;
  country: Country | null;
  sector: string | null;
  kind: ProfileKind | null;
  interval: ValueInterval;
}

/** One indicator table, ready to be shown as a table (labels in the reader's language) or exported. */
export interface IndicatorTableView {
  table: IndicatorTableName;
  title: string;
  /** False when the records behind the figures are not kept yet (expressions of interest, meetings). */
  available: boolean;
  detail: IndicatorDetail;
  filters: AppliedFilters;
  columns: Array<{ key: ColumnKey; label: string; kind: ColumnKind }>;
  /** Codes for dimensions, numbers for measures; null for a hidden or unknown figure. */
  rows: IndicatorRow[];
  /** Per dimension column, the label of each code that occurs. */
  labels: Record<string, Record<string, string>>;
  /** How many figures small-count suppression hid. */
  hiddenCells: number;
  notes: string[];
  nextCursor: string | null;
}

function nextMonth(month: string): string {
  const [year = 0, m = 1] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** Resolves the period: the whole history up to the current month unless given. */
export function applyFilters(ctx: AppContext, input: IndicatorFilterInput): AppliedFilters {
  const from = input.from ?? HISTORY_START;
  const currentMonth = isoDate(ctx.clock.now()).slice(0, 7);
  // A period starting in the future ends where it starts.
  const to = input.to ?? [from, currentMonth].sort()[1] ?? currentMonth;
  return {
    from,
    to,
    country: input.country ?? null,
    sector: input.sector ?? null,
    kind: input.kind ?? null,
    interval: input.interval ?? 'month',
  };
}

function rollupFilter(filters: AppliedFilters): RollupFilter {
  return {
    fromMonth: `${filters.from}-01`,
    toMonth: `${filters.to}-01`,
    endExclusive: `${nextMonth(filters.to)}-01`,
    country: filters.country ?? '*',
    sector: filters.sector ?? '*',
  };
}

function periodLabel(periodStart: string, interval: ValueInterval): string {
  const month = periodStart.slice(0, 7);
  if (interval === 'month') return month;
  if (interval === 'year') return periodStart.slice(0, 4);
  return `${periodStart.slice(0, 4)}-Q${Math.floor((Number(periodStart.slice(5, 7)) - 1) / 3) + 1}`;
}

function organisationRow(r: OrganisationIndicatorRow, language: Language): IndicatorRow {
  return {
    organisationId: r.id,
    // Names are multilingual: the reader's language first, then English, then any.
    organisation: r.name[language] ?? r.name.en ?? Object.values(r.name).find(Boolean) ?? r.slug,
    publishedProfiles: r.publishedProfiles,
    cooperations: r.cooperations,
    agreements: r.agreements,
    usdTotal: r.usdTotal,
  };
}

interface LoadedRows {
  rows: IndicatorRow[];
  available: boolean;
  nextCursor: string | null;
}

async function loadRows(
  ctx: AppContext,
  table: IndicatorTableName,
  filters: AppliedFilters,
  page: { limit: number; cursor?: string | undefined },
  language: Language,
): Promise<LoadedRows> {
  const f = rollupFilter(filters);
  const done = (rows: IndicatorRow[]): LoadedRows => ({ rows, available: true, nextCursor: null });
  switch (table) {
    case 'profiles-by-month':
      return done(await profilesByMonth(ctx.db, f, filters.kind));
    case 'profiles-by-sector':
      return done(await profilesBySector(ctx.db, f, filters.kind));
    case 'docking': {
      if (!(await relationExists(ctx.db, EOI_MONTHS_ROLLUP)))
        return { rows: [], available: false, nextCursor: null };
      const rows = await dockingByMonth(ctx.db, f);
      return done(
        rows.map((r) => ({
          ...r,
          acceptanceRate: r.answered > 0 ? Math.round((r.accepted / r.answered) * 1000) / 1000 : null,
        })),
      );
    }
    case 'meetings':
      if (!(await relationExists(ctx.db, MEETING_MONTHS_ROLLUP)))
        return { rows: [], available: false, nextCursor: null };
      return done(await meetingsByMonth(ctx.db, f));
    case 'cooperations-by-stage': {
      const counts = new Map((await cooperationsByStage(ctx.db, f)).map((r) => [r.stage, r.cooperations]));
      // Every stage, in pipeline order, so the table reads as a funnel.
      return done(COOPERATION_STAGES.map((stage) => ({ stage, cooperations: counts.get(stage) ?? 0 })));
    }
    case 'stage-movements':
      return done(await stageMovesByMonth(ctx.db, f));
    case 'agreements-by-type':
      return done(await agreementsByType(ctx.db, f));
    case 'agreements-by-country-pair':
      return done(await agreementsByCountryPair(ctx.db, f));
    case 'agreement-value': {
      const rows = await agreementValueByPeriod(ctx.db, f, filters.interval);
      return done(
        rows.map(({ periodStart, ...r }) => ({ period: periodLabel(periodStart, filters.interval), ...r })),
      );
    }
    case 'outcomes':
      return done(await outcomeTotals(ctx.db, f));
    case 'outcomes-by-month':
      return done(await outcomesByMonth(ctx.db, f));
    case 'map': {
      const counts = await countsByCountry(ctx.db, f);
      return done(
        CORRIDOR_COUNTRIES.map((country) => ({
          country,
          organisations: counts.organisations.get(country) ?? 0,
          publishedProfiles: counts.publishedProfiles.get(country) ?? 0,
          cooperations: counts.cooperations.get(country) ?? 0,
          agreements: counts.agreements.get(country) ?? 0,
          meetings: counts.meetings ? (counts.meetings.get(country) ?? 0) : null,
        })),
      );
    }
    case 'organisations': {
      const after = decodeCursor(page.cursor);
      const rows = await organisationFigures(ctx.db, f, after, page.limit + 1);
      const shown = rows.slice(0, page.limit);
      const last = shown.at(-1);
      return {
        rows: shown.map((r) => organisationRow(r, language)),
        available: true,
        nextCursor:
          rows.length > page.limit && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null,
      };
    }
  }
}

/**
 * Who may read `table` with these filters, and at which detail. The per-organisation list needs a
 * country: a coordinator's own by default.
 */
function access(actor: Actor, table: IndicatorTableName, filters: AppliedFilters): AppliedFilters {
  if (!TABLE_DEFS[table].detailedOnly) return filters;
  const country =
    filters.country ??
    (actor.kind === 'user' && actor.platformRole === 'coordinator' ? actor.coordinatorCountry : null);
  // Administrators name the country; everyone else without one is not allowed.
  if (country === null && isAdministrator(actor))
    throw validationFailed([{ field: 'country', code: 'required' }]);
  if (!canOnIndicators(actor, 'read_organisation_figures', country)) deny(actor);
  return { ...filters, country };
}

function present(
  table: IndicatorTableName,
  language: Language,
  detail: IndicatorDetail,
  filters: AppliedFilters,
  loaded: LoadedRows,
): IndicatorTableView {
  const def = TABLE_DEFS[table];
  const { rows, hidden } =
    detail === 'public' ? suppressSmallCounts(def, loaded.rows) : { rows: loaded.rows, hidden: 0 };
  const labels: Record<string, Record<string, string>> = {};
  for (const column of def.columns) {
    if (MEASURE_KINDS.includes(column.kind) || ['month', 'period', 'organisation'].includes(column.kind))
      continue;
    const codes: Record<string, string> = {};
    for (const row of rows) {
      const value = row[column.key];
      if (typeof value === 'string') codes[value] = valueLabel(language, column.kind, value);
    }
    labels[column.key] = codes;
  }
  const notes: string[] = [];
  if (!loaded.available) notes.push(translate(language, 'indicators.note.notAvailable'));
  if (hidden > 0) notes.push(translate(language, 'indicators.note.suppressed', { limit: SMALL_COUNT_LIMIT }));
  if (table === 'profiles-by-sector') notes.push(translate(language, 'indicators.note.sectorsOverlap'));
  return {
    table,
    title: tableTitle(language, table),
    available: loaded.available,
    detail,
    filters,
    columns: def.columns.map((c) => ({ key: c.key, label: columnLabel(language, c.key), kind: c.kind })),
    rows,
    labels,
    hiddenCells: hidden,
    notes,
    nextCursor: loaded.nextCursor,
  };
}

/**
 * One indicator table for the dashboard: aggregates for everyone with small counts hidden; every
 * figure for administrators and for the coordinators of the country the table is filtered to.
 */
export async function indicatorTable(
  ctx: AppContext,
  actor: Actor,
  table: IndicatorTableName,
  input: IndicatorFilterInput & { limit?: number; cursor?: string | undefined },
): Promise<IndicatorTableView> {
  const filters = access(actor, table, applyFilters(ctx, input));
  const language = input.lang ?? actor.language;
  const loaded = await loadRows(
    ctx,
    table,
    filters,
    { limit: input.limit ?? 100, cursor: input.cursor },
    language,
  );
  return present(table, language, indicatorDetail(actor, filters.country), filters, loaded);
}

/** A whole table for an export: the per-organisation list is read page by page. */
export async function fullIndicatorTable(
  ctx: AppContext,
  actor: Actor,
  table: IndicatorTableName,
  input: IndicatorFilterInput,
): Promise<IndicatorTableView> {
  if (table !== 'organisations') return indicatorTable(ctx, actor, table, input);
  const first = await indicatorTable(ctx, actor, table, { ...input, limit: 500 });
  let view = first;
  const rows = [...first.rows];
  while (view.nextCursor && rows.length < MAX_ORGANISATION_ROWS) {
    view = await indicatorTable(ctx, actor, table, { ...input, limit: 500, cursor: view.nextCursor });
    rows.push(...view.rows);
  }
  return { ...first, rows, nextCursor: null };
}

/** The tables an export workbook and the report hold, in reading order. */
export const REPORT_TABLES: readonly IndicatorTableName[] = [
  'map',
  'profiles-by-month',
  'profiles-by-sector',
  'cooperations-by-stage',
  'stage-movements',
  'agreements-by-type',
  'agreements-by-country-pair',
  'agreement-value',
  'outcomes',
  'outcomes-by-month',
  'docking',
  'meetings',
];

/** Every table the reader may see, for the workbook export and the report. */
export async function indicatorTables(
  ctx: AppContext,
  actor: Actor,
  input: IndicatorFilterInput,
): Promise<IndicatorTableView[]> {
  const views: IndicatorTableView[] = [];
  for (const table of REPORT_TABLES) views.push(await indicatorTable(ctx, actor, table, input));
  const country = input.country ?? null;
  if (canOnIndicators(actor, 'read_organisation_figures', country) && country !== null) {
    // Only organisations with activity in the period: the others would only lengthen the document.
    const filters = { ...applyFilters(ctx, input), country };
    const rows = await activeOrganisationFigures(ctx.db, rollupFilter(filters), MAX_ORGANISATION_ROWS);
    const language = input.lang ?? actor.language;
    views.push(
      present('organisations', language, indicatorDetail(actor, country), filters, {
        rows: rows.map((r) => organisationRow(r, language)),
        available: true,
        nextCursor: null,
      }),
    );
  }
  return views;
}

/** The period length that keeps an agreement-value table readable in a printed report. */
export function reportInterval(from: string, to: string): ValueInterval {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5)) - Number(from.slice(5));
  if (months < 24) return 'month';
  if (months < 72) return 'quarter';
  return 'year';
}

/** The headline figures of a report, with small counts hidden from the public like the tables. */
async function reportFigures(
  ctx: AppContext,
  filters: AppliedFilters,
  detail: IndicatorDetail,
): Promise<ReportFigures> {
  const raw = await keyFigures(ctx.db, rollupFilter(filters));
  if (detail === 'detailed') return raw;
  const small = (n: number) => n > 0 && n < SMALL_COUNT_LIMIT;
  return {
    publishedProfiles: raw.publishedProfiles,
    cooperations: small(raw.cooperations) ? null : raw.cooperations,
    agreements: small(raw.agreements) ? null : raw.agreements,
    usdTotal: small(raw.agreements) ? null : raw.usdTotal,
  };
}

/**
 * The indicators report for a period and a country, the document a ministry brings to the corridor
 * meetings: every table the reader may see, in their language (or `lang`), as one HTML document.
 */
export async function indicatorReport(
  ctx: AppContext,
  actor: Actor,
  input: IndicatorFilterInput,
): Promise<{ html: string; filters: AppliedFilters }> {
  const language = input.lang ?? actor.language;
  const base = applyFilters(ctx, input);
  const filters = { ...base, kind: null, interval: reportInterval(base.from, base.to) };
  const detail = indicatorDetail(actor, filters.country);
  const tables = await indicatorTables(ctx, actor, { ...input, kind: undefined, interval: filters.interval });
  const html = renderIndicatorReport({
    language,
    filters,
    detail,
    generatedOn: isoDate(ctx.clock.now()),
    figures: await reportFigures(ctx, filters, detail),
    tables,
  });
  return { html, filters };
}

/**
 * Recomputes the docking and meeting figures from the expressions of interest and the meetings held
 * (the job `indicators.refresh-activity`; tests call it to see a change at once).
 */
export async function refreshActivityIndicators(ctx: AppContext): Promise<void> {
  await refreshActivityRollups(ctx.db);
}
