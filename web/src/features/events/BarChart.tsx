import { useFormat } from '../../i18n/format';
import { useEventsT } from './i18n';

export interface Bar {
  label: string;
  value: number;
}

/**
 * A horizontal bar chart drawn with CSS. Each bar is a list item that reads as "label value", so a
 * screen reader gets the figures without the picture; the report repeats them in tables as well.
 */
export function BarChart({ title, bars, testId }: { title: string; bars: Bar[]; testId?: string }) {
  const t = useEventsT();
  const format = useFormat();
  const largest = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="panel bar-chart-figure" data-testid={testId}>
      <figcaption className="panel-title">{title}</figcaption>
      <ul className="bar-chart" aria-label={t('report.chartOf', { title })}>
        {bars.map((bar) => (
          <li key={bar.label} className="bar-chart-row">
            <span className="bar-chart-label">{bar.label}</span>
            <span className="bar-chart-track" aria-hidden="true">
              <span className="bar-chart-fill" style={{ width: `${(bar.value / largest) * 100}%` }} />
            </span>
            <span className="bar-chart-value">{format.number(bar.value)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
