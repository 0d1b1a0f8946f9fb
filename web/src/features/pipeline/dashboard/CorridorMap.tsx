import { useEffect, useId, useState } from 'react';
import type { IndicatorTable } from '../../../api/pipeline';
import { CORRIDOR_COUNTRIES, type CorridorCountry } from '../../../domain';
import { useVocab } from '../../../i18n/vocab';
import { usePipelineFormat } from '../format';
import { usePipelineT } from '../i18n';
import type { CorridorGeometry } from './corridor-geometry';

/** The figures the map can show, as columns of the `map` indicator table. */
export const MAP_METRICS = [
  'publishedProfiles',
  'organisations',
  'cooperations',
  'agreements',
  'meetings',
] as const;
export type MapMetric = (typeof MAP_METRICS)[number];

const WIDTH = 520;
/** Light to dark teal; the darkest still carries dark text with a white halo. */
const RAMP = ['#e6f2f3', '#c3e0e3', '#93c6cc', '#5fa6ae', '#2f8590'];
const EMPTY = '#f1f4f5';

function fill(value: number | null, max: number): string {
  if (value === null || value <= 0 || max <= 0) return EMPTY;
  const step = Math.min(RAMP.length - 1, Math.floor((value / max) * (RAMP.length - 1e-9)));
  return RAMP[step] ?? EMPTY;
}

let geometry: Promise<CorridorGeometry> | null = null;

/** The projected outlines, computed once per visit from the lazily loaded atlas chunk. */
function loadGeometry(): Promise<CorridorGeometry> {
  geometry ??= import('./corridor-geometry').then((m) => m.corridorGeometry(WIDTH));
  return geometry;
}

/**
 * The six countries with a figure each, drawn as an SVG choropleth. Each country is a link (focusable
 * by keyboard, named with its figure) that filters the dashboard to it.
 */
export function CorridorMap({
  view,
  metric,
  linkFor,
  onSelect,
  selected,
}: {
  view: IndicatorTable;
  metric: MapMetric;
  /** The dashboard's address filtered to a country. */
  linkFor: (country: CorridorCountry) => string;
  onSelect: (country: CorridorCountry) => void;
  selected: string | null;
}) {
  const t = usePipelineT();
  const vocab = useVocab();
  const format = usePipelineFormat();
  const titleId = useId();
  const [shapes, setShapes] = useState<CorridorGeometry | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadGeometry()
      .then((g) => {
        if (live) setShapes(g);
      })
      .catch(() => {
        geometry = null;
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, []);
  const metricLabel = view.columns.find((c) => c.key === metric)?.label ?? metric;
  const values = new Map<string, number | null>(
    view.rows.map((row) => {
      const value = row[metric];
      return [String(row.country), typeof value === 'number' ? value : null];
    }),
  );
  const max = Math.max(0, ...[...values.values()].map((v) => v ?? 0));
  const shown = (country: string) => {
    const value = values.get(country);
    return value === null || value === undefined ? t('dashboard.hiddenCell') : format.number(value);
  };
  if (failed) return <p className="muted">{t('dashboard.chartFailed')}</p>;
  if (!shapes) return <p className="muted dash-map-loading">{t('dashboard.chartLoading')}</p>;
  const byCountry = new Map(shapes.countries.map((s) => [s.country, s]));
  return (
    <figure className="dash-map" data-testid="corridor-map">
      <svg
        viewBox={`0 0 ${shapes.width} ${shapes.height}`}
        className="dash-map-svg"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{t('dashboard.mapLabel', { metric: metricLabel })}</title>
        {CORRIDOR_COUNTRIES.map((country) => {
          const shape = byCountry.get(country);
          if (!shape) return null;
          const name = vocab.country(country);
          const label = t('dashboard.mapCountry', {
            country: name,
            value: shown(country),
            metric: metricLabel,
          });
          const [x, y] = shape.labelAt;
          return (
            <a
              key={country}
              href={linkFor(country)}
              className={`dash-map-country${selected === country ? ' is-selected' : ''}`}
              aria-label={label}
              data-country={country}
              data-value={values.get(country) ?? ''}
              onClick={(event) => {
                event.preventDefault();
                onSelect(country);
              }}
            >
              <path d={shape.d} fill={fill(values.get(country) ?? null, max)} />
              <text x={x} y={y} textAnchor="middle" className="dash-map-label">
                <tspan x={x} dy="-0.2em" className="dash-map-name">
                  {name}
                </tspan>
                <tspan x={x} dy="1.25em" className="dash-map-value">
                  {shown(country)}
                </tspan>
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption className="muted coop-small">
        <span className="dash-map-legend" aria-hidden="true">
          <span>{format.number(0)}</span>
          {RAMP.map((colour) => (
            <span key={colour} className="dash-map-swatch" style={{ background: colour }} />
          ))}
          <span>{format.number(max)}</span>
        </span>{' '}
        {t('dashboard.mapNote')}
      </figcaption>
    </figure>
  );
}
