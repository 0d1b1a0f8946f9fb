import type { Language } from '../../domain/vocabulary.js';
import { translate } from '../../i18n/server/index.js';
import { displayValue, filterLines, HIDDEN_MARK } from './indicators.export.js';
import { columnLabel, countryName, valueLabel } from './indicators.labels.js';
import type { IndicatorDetail } from './indicators.policy.js';
import type { AppliedFilters, IndicatorTableView } from './indicators.service.js';
import type { ColumnKind } from './indicators.tables.js';

/** Headline figures; null when hidden from the public because small. */
export interface ReportFigures {
  publishedProfiles: number;
  cooperations: number | null;
  agreements: number | null;
  usdTotal: number | null;
}

export interface ReportInput {
  language: Language;
  filters: AppliedFilters;
  detail: IndicatorDetail;
  generatedOn: string;
  figures: ReportFigures;
  tables: readonly IndicatorTableView[];
}

/** Rows longer than this are cut in print; the exports hold everything. */
const MAX_PRINTED_ROWS = 400;

/** Locale tags for number formatting: the corridor's languages with their usual digits. */
const LOCALES: Record<Language, string> = {
  en: 'en-GB',
  zh: 'zh-CN',
  lo: 'lo-LA',
  th: 'th-TH',
  km: 'km-KH',
  my: 'my-MM',
  vi: 'vi-VN',
};

/**
 * The fonts are named, not embedded: Debian's fonts-noto provide them to Chromium, and each script
 * falls through to the font that has its glyphs.
 */
const FONT_STACK =
  '"Noto Sans", "Noto Sans Lao", "Noto Sans Khmer", "Noto Sans Myanmar", "Noto Sans Thai", "Noto Sans CJK SC", sans-serif';

const STYLE = `
  @page { size: A4; margin: 14mm 12mm; }
  * { box-sizing: border-box; }
  body { font-family: ${FONT_STACK}; font-size: 10pt; line-height: 1.45; color: #1b1f24; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
  :lang(zh) body, body:lang(zh) { font-family: "Noto Sans CJK SC", ${FONT_STACK}; }
  header { border-bottom: 2px solid #0b6e4f; margin-bottom: 6mm; padding-bottom: 3mm; }
  .corridor { color: #0b6e4f; font-weight: 700; letter-spacing: 0.02em; margin: 0; }
  h1 { font-size: 20pt; margin: 1mm 0 2mm; }
  h2 { font-size: 13pt; margin: 7mm 0 2mm; color: #0b6e4f; break-after: avoid; }
  header p { margin: 0.5mm 0; }
  .audience { margin-top: 2mm; padding: 1.5mm 3mm; background: #f1f6f4; border-left: 3px solid #0b6e4f; }
  .audience.detailed { background: #fff4e5; border-left-color: #b45f06; }
  dl.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 0; }
  dl.figures div { border: 1px solid #cfd8d4; border-radius: 2mm; padding: 2mm 3mm; }
  dl.figures dt { font-size: 8.5pt; color: #4a5560; }
  dl.figures dd { margin: 0; font-size: 15pt; font-weight: 700; }
  table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }
  th, td { border-bottom: 1px solid #dde3e0; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
  thead th { background: #eef3f1; font-weight: 700; }
  td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  tr { break-inside: avoid; }
  .note { font-size: 8.5pt; color: #4a5560; margin: 1mm 0; }
  footer { margin-top: 8mm; border-top: 1px solid #cfd8d4; padding-top: 2mm; font-size: 8.5pt; color: #4a5560; }
`;

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function formatter(language: Language) {
  const locale = LOCALES[language];
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return (value: string | number, kind: ColumnKind): string => {
    if (typeof value === 'string') return value;
    switch (kind) {
      case 'count':
        return integer.format(value);
      case 'usd':
        return money.format(value);
      case 'ratio':
        return percent.format(value);
      default:
        return decimal.format(value);
    }
  };
}

interface SimpleTable {
  title: string;
  columns: Array<{ label: string; kind: ColumnKind }>;
  rows: Array<Array<string | number>>;
  notes: string[];
}

function renderTable(table: SimpleTable, language: Language): string {
  const format = formatter(language);
  const numeric = (kind: ColumnKind) => ['count', 'usd', 'number', 'ratio', 'days'].includes(kind);
  if (table.rows.length === 0 && table.notes.length > 0) {
    return `<section><h2>${escapeHtml(table.title)}</h2>${table.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('')}</section>`;
  }
  const shown = table.rows.slice(0, MAX_PRINTED_ROWS);
  const head = table.columns
    .map((c) => `<th scope="col"${numeric(c.kind) ? ' class="n"' : ''}>${escapeHtml(c.label)}</th>`)
    .join('');
  const body =
    shown.length === 0
      ? `<tr><td colspan="${table.columns.length}">${escapeHtml(translate(language, 'indicators.report.noData'))}</td></tr>`
      : shown
          .map(
            (cells) =>
              `<tr>${cells
                .map((cell, i) => {
                  const kind = table.columns[i]?.kind ?? 'number';
                  const text = cell === HIDDEN_MARK ? cell : format(cell, kind);
                  return i === 0
                    ? `<th scope="row">${escapeHtml(text)}</th>`
                    : `<td${numeric(kind) ? ' class="n"' : ''}>${escapeHtml(text)}</td>`;
                })
                .join('')}</tr>`,
          )
          .join('');
  const notes = [...table.notes];
  if (table.rows.length > shown.length) {
    notes.push(translate(language, 'indicators.note.truncated', { count: MAX_PRINTED_ROWS }));
  }
  return `<section><h2>${escapeHtml(table.title)}</h2>
<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>
${notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('')}</section>`;
}

function fromView(view: IndicatorTableView): SimpleTable {
  return {
    title: view.title,
    columns: view.columns.map((c) => ({ label: c.label, kind: c.kind })),
    rows: view.rows.map((row) => view.columns.map((column) => displayValue(view, column, row))),
    notes: view.notes,
  };
}

/** Sums a profiles-by-month table by one of its dimensions, for the short summaries of the report. */
function profileSummary(
  view: IndicatorTableView,
  by: 'kind' | 'month',
  language: Language,
  title: string,
): SimpleTable {
  const totals = new Map<string, number>();
  for (const row of view.rows) {
    const key = String(row[by] ?? '');
    totals.set(key, (totals.get(key) ?? 0) + Number(row.profiles ?? 0));
  }
  const keys = [...totals.keys()].sort();
  return {
    title,
    columns: [
      { label: columnLabel(language, by), kind: by === 'kind' ? 'profile_kind' : 'month' },
      { label: columnLabel(language, 'profiles'), kind: 'count' },
    ],
    rows: keys.map((key) => [
      by === 'kind' ? valueLabel(language, 'profile_kind', key) : key,
      totals.get(key) ?? 0,
    ]),
    notes: [],
  };
}

/**
 * The printable indicators report for a period and a country: a self-contained HTML document (inline
 * style, no scripts, no external resources) that is served as a page and rendered to PDF.
 */
export function renderIndicatorReport(input: ReportInput): string {
  const { language, filters, detail, figures, tables } = input;
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}) =>
    escapeHtml(translate(language, key, params));
  const format = formatter(language);
  const figure = (label: string, value: number | null, kind: ColumnKind) =>
    `<div><dt>${escapeHtml(label)}</dt><dd>${value === null ? HIDDEN_MARK : escapeHtml(format(value, kind))}</dd></div>`;
  const sections: string[] = [];
  for (const view of tables) {
    if (view.table === 'profiles-by-month') {
      sections.push(
        renderTable(
          profileSummary(view, 'kind', language, translate(language, 'indicators.report.profilesByKind')),
          language,
        ),
      );
      sections.push(
        renderTable(
          profileSummary(view, 'month', language, translate(language, 'indicators.report.profilesByMonth')),
          language,
        ),
      );
    } else {
      sections.push(renderTable(fromView(view), language));
    }
  }
  const audience =
    detail === 'detailed' && filters.country
      ? `<p class="audience detailed">${t('indicators.report.detailed', { country: countryName(language, filters.country) })}</p>`
      : `<p class="audience">${t('indicators.report.public')}</p>`;
  const hiddenNote = tables.some((v) => v.hiddenCells > 0) || Object.values(figures).some((v) => v === null);
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('indicators.report.corridor')} — ${t('indicators.report.title')}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="corridor">${t('indicators.report.corridor')}</p>
<h1>${t('indicators.report.title')}</h1>
${filterLines(language, filters)
  .map(([line]) => `<p>${escapeHtml(line ?? '')}</p>`)
  .join('\n')}
${audience}
</header>
<main>
<section>
<h2>${t('indicators.report.keyFigures')}</h2>
<dl class="figures">
${figure(columnLabel(language, 'publishedProfiles'), figures.publishedProfiles, 'count')}
${figure(columnLabel(language, 'cooperations'), figures.cooperations, 'count')}
${figure(columnLabel(language, 'agreements'), figures.agreements, 'count')}
${figure(columnLabel(language, 'usdTotal'), figures.usdTotal, 'usd')}
</dl>
${hiddenNote ? `<p class="note">${t('indicators.note.suppressed', { limit: HIDDEN_MARK.slice(1) })}</p>` : ''}
</section>
${sections.join('\n')}
</main>
<footer><p>${t('indicators.report.generated', { date: input.generatedOn })}</p></footer>
</body>
</html>
`;
}
