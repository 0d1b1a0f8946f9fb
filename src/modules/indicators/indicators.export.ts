import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Language } from '../../domain/vocabulary.js';
import { translate } from '../../i18n/server/index.js';
import { countryName, sectorName } from './indicators.labels.js';
import type { AppliedFilters, IndicatorTableView } from './indicators.service.js';
import { type ColumnKind, SMALL_COUNT_LIMIT, TABLE_DEFS } from './indicators.tables.js';

/** How a hidden figure is written in exports and the report. */
export const HIDDEN_MARK = `<${SMALL_COUNT_LIMIT}`;

type Column = IndicatorTableView['columns'][number];
type Row = IndicatorTableView['rows'][number];

/** Whether a null in this column of this view means "hidden because small", not "unknown". */
function isHidden(view: IndicatorTableView, column: Column): boolean {
  return (
    view.detail === 'public' && TABLE_DEFS[view.table].suppress.some((r) => r.columns.includes(column.key))
  );
}

/** The value of a cell as shown to people: labels for codes, numbers for measures, "<3" for hidden figures. */
export function displayValue(view: IndicatorTableView, column: Column, row: Row): string | number {
  const value = row[column.key];
  if (value === null || value === undefined) return isHidden(view, column) ? HIDDEN_MARK : '';
  if (typeof value === 'number') return value;
  return view.labels[column.key]?.[value] ?? value;
}

/** CSV with a header of translated column labels; a BOM so spreadsheet programs read the scripts right. */
export function tableCsv(view: IndicatorTableView): string {
  const records = view.rows.map((row) => view.columns.map((column) => displayValue(view, column, row)));
  return `\uFEFF${stringify([view.columns.map((c) => c.label), ...records])}`;
}

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  count: '#,##0',
  usd: '#,##0.00',
  number: '#,##0.##',
  ratio: '0.0%',
  days: '0.0',
};

/** A worksheet name Excel accepts: at most 31 characters, none of []:*?/\ and unique in the workbook. */
function sheetName(title: string, taken: Set<string>): string {
  const base =
    title
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 28)
      .trim() || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i += 1) name = `${base} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

export function filterLines(language: Language, filters: AppliedFilters): string[][] {
  return [
    [translate(language, 'indicators.report.period', { from: filters.from, to: filters.to })],
    [
      translate(language, 'indicators.report.scope', {
        country: filters.country
          ? countryName(language, filters.country)
          : translate(language, 'indicators.value.allCountries'),
        sector: filters.sector
          ? sectorName(language, filters.sector)
          : translate(language, 'indicators.value.allSectors'),
      }),
    ],
  ];
}

/**
 * An XLSX workbook with one sheet per table (header row, then one row per record, numbers as numbers)
 * and a last sheet saying what the figures cover and the notes that go with them.
 */
export async function tablesXlsx(
  views: readonly IndicatorTableView[],
  language: Language,
  generatedOn: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Corridor';
  workbook.created = new Date(`${generatedOn}T00:00:00Z`);
  const taken = new Set<string>();
  for (const view of views) {
    const sheet = workbook.addWorksheet(sheetName(view.title, taken));
    sheet.columns = view.columns.map((column) => ({
      header: column.label,
      key: column.key,
      width: Math.max(12, Math.min(40, column.label.length + 4)),
      ...(NUMBER_FORMATS[column.kind] ? { style: { numFmt: NUMBER_FORMATS[column.kind] } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of view.rows) {
      sheet.addRow(view.columns.map((column) => displayValue(view, column, row)));
    }
    if (view.rows.length > 0) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: view.columns.length } };
    }
  }
  const about = workbook.addWorksheet(sheetName(translate(language, 'indicators.report.about'), taken));
  const first = views[0];
  about.addRow([translate(language, 'indicators.report.corridor')]).font = { bold: true };
  about.addRow([translate(language, 'indicators.report.generated', { date: generatedOn })]);
  if (first) for (const line of filterLines(language, first.filters)) about.addRow(line);
  for (const view of views) {
    for (const note of view.notes) about.addRow([`${view.title}: ${note}`]);
  }
  about.getColumn(1).width = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A download name like `corridor-agreements-by-type-2026-01-2026-12.csv`. */
export function exportFileName(name: string, filters: AppliedFilters, extension: string): string {
  const scope = [filters.country, filters.sector].filter(Boolean).join('-');
  return `corridor-${name}-${filters.from}-${filters.to}${scope ? `-${scope}` : ''}.${extension}`;
}
