/** One bar: its label, its value (null when hidden) and the value as the reader writes it. */
export interface Bar {
  key: string;
  label: string;
  value: number | null;
  text: string;
}

/**
 * Horizontal bars drawn in HTML rather than by the chart library: the browser breaks the labels
 * where each script allows (Lao, Thai, Khmer and Burmese have no spaces between words), and the
 * list needs no chart code at all. An image to assistive technology, like the charts; the table of
 * the section has the same figures.
 */
export function BarList({ bars, label }: { bars: Bar[]; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  return (
    <div role="img" aria-label={label} className="dash-bars-frame">
      <ul className="dash-bars">
        {bars.map((bar) => (
          <li key={bar.key} className="dash-bar">
            <span className="dash-bar-label">{bar.label}</span>
            <span className="dash-bar-track">
              <span className="dash-bar-fill" style={{ width: `${((bar.value ?? 0) / max) * 100}%` }} />
            </span>
            <span className="dash-bar-value">{bar.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
