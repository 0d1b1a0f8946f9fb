import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways when a wide table meets a narrow screen. While shown it takes keyboard
 * focus (axe: scrollable-region-focusable), named after its table; without `focusable` there is no box.
 */
export function ScrollBox({
  label,
  focusable = true,
  children,
}: {
  label: string;
  focusable?: boolean;
  children: ReactNode;
}) {
  // A hidden table (the screen-reader copy beside a chart) must not be a scrolling box at all.
  if (!focusable) return <>{children}</>;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named group around a table; a fieldset is for form controls
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus to be scrolled by keyboard (WCAG 2.1.1)
    <div className="coop-table-scroll" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
