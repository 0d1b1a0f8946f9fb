import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import {
  type IndicatorRow,
  type IndicatorTable,
  type IndicatorTableName,
  MONEY_METRICS,
  type OutcomeMetric,
} from '../../../api/pipeline';
import { ErrorState, Loading } from '../../../components/States';
import { type PipelineFormat, usePipelineFormat } from '../format';
import { type PipelineT, usePipelineT } from '../i18n';
import { ScrollBox } from '../ScrollBox';

const DIMENSIONS = [
  'month',
  'period',
  'country',
  'profile_kind',
  'sector',
  'stage',
  'agreement_type',
  'metric',
  'organisation',
];

/** The label of a code as the API translated it, looked up in any column that has it. */
export function codeLabel(view: IndicatorTable, column: string, code: string): string {
  const own = view.labels[column]?.[code];
  if (own) return own;
  for (const labels of Object.values(view.labels)) if (labels[code]) return labels[code];
  return code;
}

/** One cell as text: labels for codes, Intl for numbers, money and rates; null when hidden or unknown. */
export function cellText(
  view: IndicatorTable,
  column: IndicatorTable['columns'][number],
  row: IndicatorRow,
  format: PipelineFormat,
): string | null {
  const value = row[column.key];
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    if (column.kind === 'month') return format.month(value);
    if (column.kind === 'period') return format.period(value);
    if (column.kind === 'organisation') return value;
    return codeLabel(view, column.key, value);
  }
  switch (column.kind) {
    case 'usd':
      return format.usd(value);
    case 'ratio':
      return format.percent(value);
    case 'days':
      return format.number(Math.round(value * 10) / 10);
    case 'number':
      // An outcome's total is money for revenue and investment.
      return MONEY_METRICS.includes(row.metric as OutcomeMetric) ? format.usd(value) : format.number(value);
    default:
      return format.number(value);
  }
}

/** The dimension codes of a row, joined: a stable handle for tests and links (e.g. "KH", "LA|TH"). */
function rowKey(view: IndicatorTable, row: IndicatorRow): string {
  return view.columns
    .filter((c) => DIMENSIONS.includes(c.kind) && c.kind !== 'organisation')
    .map((c) => String(row[c.key] ?? ''))
    .join('|');
}

/** An indicator table as an HTML table, the first column as row headers. */
export function IndicatorTableView({
  view,
  caption,
  t,
  visible = true,
}: {
  view: IndicatorTable;
  caption: string;
  t: PipelineT;
  /** A shown table may scroll sideways on a phone: its box then takes keyboard focus to scroll. */
  visible?: boolean;
}) {
  const format = usePipelineFormat();
  return (
    <ScrollBox label={caption} focusable={visible}>
      <table className="coop-table" data-testid="indicator-table" data-table={view.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {view.columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={DIMENSIONS.includes(column.kind) ? undefined : 'num'}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.length === 0 ? (
            <tr>
              <td colSpan={view.columns.length} className="muted">
                {view.available ? t('dashboard.noData') : t('dashboard.notAvailable')}
              </td>
            </tr>
          ) : (
            view.rows.map((row) => {
              const key = rowKey(view, row);
              return (
                <tr key={String(row.organisationId ?? key)} data-row={key}>
                  {view.columns.map((column, columnIndex) => {
                    const text = cellText(view, column, row, format);
                    const content =
                      text === null ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">{t('common.notShown')}</span>
                        </>
                      ) : (
                        text
                      );
                    const numeric = !DIMENSIONS.includes(column.kind);
                    return columnIndex === 0 ? (
                      <th key={column.key} scope="row" data-column={column.key}>
                        {content}
                      </th>
                    ) : (
                      <td
                        key={column.key}
                        className={numeric ? 'num' : undefined}
                        data-column={column.key}
                        data-value={typeof row[column.key] === 'number' ? String(row[column.key]) : undefined}
                      >
                        {content}
                      </td>
                    );
                  })}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/** CSV and Excel links for one table, with the dashboard's filters and the interface language. */
export function ExportLinks({
  table,
  title,
  query,
}: {
  table: IndicatorTableName;
  title: string;
  query: string;
}) {
  const t = usePipelineT();
  const join = query ? '&' : '?';
  return (
    <span className="dash-exports">
      {(['csv', 'xlsx'] as const).map((format) => (
        <a
          key={format}
          className="button button-small"
          href={`/api/v1/indicators/${table}/export${query}${join}format=${format}`}
          download
          aria-label={t('dashboard.exportAs', { title, format: t(`dashboard.${format}`) })}
        >
          {t(`dashboard.${format}`)}
        </a>
      ))}
    </span>
  );
}

/**
 * A dashboard section: heading, its controls, the chart (or the table, by a visible toggle), the
 * table always present for screen readers, the API's notes and the export links.
 */
export function IndicatorSection({
  table,
  title,
  query,
  exportQuery,
  chart,
  controls,
  wide = false,
  children,
}: {
  table: IndicatorTableName;
  title: string;
  query: UseQueryResult<IndicatorTable>;
  /** The query string of the export links. */
  exportQuery: string;
  /** Draws the chart; without it the section shows its table (or `children`). */
  chart?: (view: IndicatorTable) => ReactNode;
  controls?: ReactNode;
  wide?: boolean;
  /** Shown instead of a chart, e.g. figure cards. */
  children?: (view: IndicatorTable) => ReactNode;
}) {
  const t = usePipelineT();
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  const view = query.data;
  const hasVisual = Boolean(chart || children);
  const empty = !view || view.rows.length === 0 || !view.available;
  // Nothing to draw when every figure is zero or hidden from the public: the table says which.
  const drawable =
    view?.rows.some((row) =>
      view.columns.some((c) => !DIMENSIONS.includes(c.kind) && Number(row[c.key] ?? 0) > 0),
    ) ?? false;
  const tableVisible = !hasVisual || asTable || empty || !drawable;
  return (
    <section
      className={`panel dash-section${wide ? ' dash-wide' : ''}`}
      aria-labelledby={headingId}
      aria-busy={query.isFetching || undefined}
      data-testid={`section-${table}`}
    >
      <div className="dash-section-head">
        <h2 id={headingId} className="panel-title">
          {title}
        </h2>
        {hasVisual && !empty && drawable ? (
          <button type="button" className="button button-small" onClick={() => setAsTable((v) => !v)}>
            {asTable ? t('dashboard.showChart') : t('dashboard.showTable')}
          </button>
        ) : null}
      </div>
      {controls ? <div className="dash-controls">{controls}</div> : null}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : view ? (
        <>
          {empty ? (
            <p className="muted dash-empty">
              {view.available ? t('dashboard.noData') : t('dashboard.notAvailable')}
            </p>
          ) : (
            <>
              {!tableVisible && chart ? chart(view) : null}
              {!tableVisible && children ? children(view) : null}
              <div className={tableVisible ? 'dash-table' : 'visually-hidden'}>
                <IndicatorTableView view={view} caption={title} t={t} visible={tableVisible} />
              </div>
            </>
          )}
          {view.notes.length > 0 ? (
            <ul className="dash-notes">
              {view.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
          <div className="dash-section-foot">
            <ExportLinks table={table} title={title} query={exportQuery} />
          </div>
        </>
      ) : null}
    </section>
  );
}
