import type { IndicatorRow, IndicatorTable } from '../../../api/pipeline';
import type { PipelineFormat } from '../format';
import type { PipelineT } from '../i18n';
import type { Bar } from './BarList';
import type { ChartOption } from './Chart';

/** What the option builders need: labels of codes, number formats, and the namespace's strings. */
export interface ChartHelpers {
  /** The label of a code in a column, as the API translated it (the code itself when missing). */
  label(view: IndicatorTable, column: string, code: string): string;
  format: PipelineFormat;
  t: PipelineT;
}

/** The app's fonts by name: SVG text does not read CSS custom properties. */
const FONT =
  '"Noto Sans", "Noto Sans Lao", "Noto Sans Thai", "Noto Sans Khmer", "Noto Sans Myanmar", "Noto Sans SC", system-ui, sans-serif';
const INK = '#15232b';
const MUTED = '#4a5a64';
const GRID_LINE = '#d8e0e4';

/**
 * Colours with at least 3:1 contrast on white (WCAG 1.4.11 for graphics), told apart by hue and
 * lightness. A country keeps its colour in every chart and on the map.
 */
export const COUNTRY_COLOURS: Record<string, string> = {
  KH: '#0b5563',
  CN: '#b42318',
  LA: '#1d4ed8',
  MM: '#8a5a00',
  TH: '#7c3aed',
  VN: '#15803d',
  OTHER: '#5b6770',
};
const SERIES_COLOURS = [
  '#0b5563',
  '#1d4ed8',
  '#b45309',
  '#7c3aed',
  '#15803d',
  '#b42318',
  '#5b6770',
  '#be185d',
];

/** Numbers as the reader writes them, for axes, labels and tooltips. */
function numberFormatter(h: ChartHelpers) {
  return (value: unknown) => (typeof value === 'number' ? h.format.number(value) : String(value ?? ''));
}

function base(h: ChartHelpers, legend: boolean): ChartOption {
  return {
    textStyle: { fontFamily: FONT, color: INK, fontSize: 12 },
    color: SERIES_COLOURS,
    animationDuration: 300,
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: numberFormatter(h),
      textStyle: { fontFamily: FONT },
    },
    legend: legend
      ? { top: 0, type: 'scroll', textStyle: { color: INK, fontFamily: FONT } }
      : { show: false },
    grid: { left: 8, right: 16, top: legend ? 40 : 12, bottom: 8, containLabel: true },
  };
}

function valueAxis(h: ChartHelpers, format?: (value: number) => string) {
  return {
    type: 'value' as const,
    minInterval: 1,
    axisLabel: { color: MUTED, formatter: format ?? ((value: number) => h.format.number(value)) },
    splitLine: { lineStyle: { color: GRID_LINE } },
  };
}

function categoryAxis(labels: string[]) {
  return {
    type: 'category' as const,
    data: labels,
    axisLabel: { color: MUTED, hideOverlap: true },
    axisLine: { lineStyle: { color: '#76858e' } },
  };
}

const num = (row: IndicatorRow, key: string): number | null => {
  const value = row[key];
  return typeof value === 'number' ? value : null;
};
const str = (row: IndicatorRow, key: string): string => String(row[key] ?? '');

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

/** Published profiles per month, stacked by country or by kind. */
export function profilesOverTime(
  view: IndicatorTable,
  group: 'country' | 'kind',
  h: ChartHelpers,
): ChartOption {
  const months = sortedUnique(view.rows.map((r) => str(r, 'month')));
  const groups = sortedUnique(view.rows.map((r) => str(r, group)));
  const totals = new Map<string, number>();
  for (const row of view.rows) {
    const key = `${str(row, group)}|${str(row, 'month')}`;
    totals.set(key, (totals.get(key) ?? 0) + (num(row, 'profiles') ?? 0));
  }
  return {
    ...base(h, true),
    xAxis: categoryAxis(months.map((m) => h.format.month(m))),
    yAxis: valueAxis(h),
    series: groups.map((code) => ({
      type: 'bar' as const,
      name: h.label(view, group, code),
      stack: 'profiles',
      ...(group === 'country' ? { itemStyle: { color: COUNTRY_COLOURS[code] } } : {}),
      data: months.map((m) => totals.get(`${code}|${m}`) ?? 0),
    })),
  };
}

/** A bar per category for BarList, longest first unless `keepOrder` (e.g. the pipeline's stages). */
export function bars(
  view: IndicatorTable,
  column: string,
  measure: string,
  h: ChartHelpers,
  keepOrder = false,
): Bar[] {
  const rows = keepOrder
    ? view.rows
    : [...view.rows].sort((a, b) => (num(b, measure) ?? 0) - (num(a, measure) ?? 0));
  return rows.map((row) => {
    const value = num(row, measure);
    return {
      key: str(row, column),
      label: h.label(view, column, str(row, column)),
      value,
      text: value === null ? h.t('dashboard.hiddenCell') : h.format.number(value),
    };
  });
}

/** Counts per month as bars (one or more measures side by side). */
function monthlyBars(view: IndicatorTable, measures: string[], h: ChartHelpers): ChartOption {
  const months = sortedUnique(view.rows.map((r) => str(r, 'month')));
  const byMonth = new Map(view.rows.map((r) => [str(r, 'month'), r]));
  return {
    ...base(h, measures.length > 1),
    xAxis: categoryAxis(months.map((m) => h.format.month(m))),
    yAxis: valueAxis(h),
    series: measures.map((measure) => ({
      type: 'bar' as const,
      name: view.columns.find((c) => c.key === measure)?.label ?? measure,
      data: months.map((m) => {
        const row = byMonth.get(m);
        return row ? num(row, measure) : 0;
      }),
      barMaxWidth: 32,
    })),
  };
}

export function meetings(view: IndicatorTable, h: ChartHelpers): ChartOption {
  return monthlyBars(view, ['meetings'], h);
}

/** Expressions of interest, answers and acceptances per month, with the acceptance rate as a line. */
export function docking(view: IndicatorTable, h: ChartHelpers): ChartOption {
  const option = monthlyBars(view, ['expressions', 'answered', 'accepted'], h);
  const months = sortedUnique(view.rows.map((r) => str(r, 'month')));
  const byMonth = new Map(view.rows.map((r) => [str(r, 'month'), r]));
  return {
    ...option,
    yAxis: [
      valueAxis(h),
      { ...valueAxis(h, (v) => h.format.percent(v)), max: 1, minInterval: 0.25, splitLine: { show: false } },
    ],
    series: [
      ...(Array.isArray(option.series) ? option.series : []),
      {
        type: 'line',
        name: h.t('dashboard.acceptanceRate'),
        yAxisIndex: 1,
        data: months.map((m) => {
          const row = byMonth.get(m);
          return row ? num(row, 'acceptanceRate') : null;
        }),
        tooltip: { valueFormatter: (v: unknown) => (typeof v === 'number' ? h.format.percent(v) : '–') },
        lineStyle: { width: 3 },
        symbolSize: 8,
      },
    ],
  };
}

/**
 * Counts per month stacked by a dimension, its values in the given order: stages reached, outcome reports
 * by metric.
 */
export function stackedByMonth(
  view: IndicatorTable,
  h: ChartHelpers,
  dimension: string,
  order: readonly string[],
  measure: string,
): ChartOption {
  const months = sortedUnique(view.rows.map((r) => str(r, 'month')));
  const present = order.filter((value) => view.rows.some((r) => str(r, dimension) === value));
  const counts = new Map(view.rows.map((r) => [`${str(r, dimension)}|${str(r, 'month')}`, num(r, measure)]));
  return {
    ...base(h, true),
    xAxis: categoryAxis(months.map((m) => h.format.month(m))),
    yAxis: valueAxis(h),
    series: present.map((value) => ({
      type: 'bar' as const,
      name: h.label(view, dimension, value),
      stack: measure,
      data: months.map((m) => counts.get(`${value}|${m}`) ?? 0),
    })),
  };
}

/** Stages reached per month, stacked by stage. */
export function stageMovements(
  view: IndicatorTable,
  h: ChartHelpers,
  stages: readonly string[],
): ChartOption {
  return stackedByMonth(view, h, 'stage', stages, 'moves');
}

/** The US dollar value of agreements per period, with the number of agreements in the tooltip. */
export function agreementValue(view: IndicatorTable, h: ChartHelpers): ChartOption {
  const rows = [...view.rows].sort((a, b) => str(a, 'period').localeCompare(str(b, 'period')));
  return {
    ...base(h, false),
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (v: unknown) => (typeof v === 'number' ? h.format.usd(v) : h.t('dashboard.hiddenCell')),
    },
    xAxis: categoryAxis(rows.map((r) => h.format.period(str(r, 'period')))),
    yAxis: valueAxis(h, (v) => h.format.usd(v)),
    series: [
      {
        type: 'bar',
        name: view.columns.find((c) => c.key === 'usdTotal')?.label ?? 'USD',
        data: rows.map((r) => num(r, 'usdTotal')),
        itemStyle: { color: '#0b5563' },
        barMaxWidth: 40,
      },
    ],
  };
}

/**
 * Agreements between pairs of countries as a chord diagram: an arc per country, a ribbon per pair as
 * wide as its agreements. Pairs hidden from the public (null) are left out of the drawing.
 */
export function countryPairs(view: IndicatorTable, h: ChartHelpers): ChartOption {
  // Agreements within one country have no ribbon to draw; the table lists them.
  const drawn = view.rows.filter(
    (r) => (num(r, 'agreements') ?? 0) > 0 && str(r, 'countryA') !== str(r, 'countryB'),
  );
  const links = drawn.map((r) => ({
    source: h.label(view, 'countryA', str(r, 'countryA')),
    target: h.label(view, 'countryB', str(r, 'countryB')),
    value: num(r, 'agreements') ?? 0,
  }));
  const codes = sortedUnique(drawn.flatMap((r) => [str(r, 'countryA'), str(r, 'countryB')]));
  const names = new Map<string, string>();
  for (const code of codes) {
    names.set(code, h.label(view, 'countryA', code) || h.label(view, 'countryB', code));
  }
  return {
    textStyle: { fontFamily: FONT, color: INK },
    animationDuration: 300,
    tooltip: { trigger: 'item', confine: true, valueFormatter: numberFormatter(h) },
    series: [
      {
        type: 'chord',
        radius: ['62%', '70%'],
        center: ['50%', '52%'],
        padAngle: 3,
        minAngle: 10,
        label: { show: true, color: INK, fontFamily: FONT, fontSize: 13 },
        lineStyle: { color: 'source', opacity: 0.55 },
        emphasis: { focus: 'adjacency' },
        data: codes.map((code) => ({
          name: names.get(code) ?? code,
          itemStyle: { color: COUNTRY_COLOURS[code] ?? COUNTRY_COLOURS.OTHER },
        })),
        links,
      },
    ],
  };
}
