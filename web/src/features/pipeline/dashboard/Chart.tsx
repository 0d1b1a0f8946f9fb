import type { BarSeriesOption, ChordSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { usePipelineT } from '../i18n';

/** The options the dashboard's charts may use (type-only: no ECharts code in this chunk). */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ChordSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/**
 * One ECharts chart, drawn once the ECharts chunk has arrived. The chart is an image to assistive
 * technology (its label says so); the same figures are in the table of its section.
 */
export function Chart({
  option,
  label,
  height = 320,
}: {
  option: ChartOption;
  label: string;
  height?: number;
}) {
  const t = usePipelineT();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    let live = true;
    let observer: ResizeObserver | null = null;
    import('./echarts')
      .then(({ init }) => {
        const node = element.current;
        if (!live || !node) return;
        const instance = init(node, null, { renderer: 'svg' });
        instance.setOption(latest.current);
        chart.current = instance;
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(node);
        setState('ready');
      })
      .catch(() => {
        if (live) setState('failed');
      });
    return () => {
      live = false;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  // Options are rebuilt on every render of the dashboard; redraw only when what they say changed.
  // (Formatters are functions and drop out of the key, but they change only with the language,
  // which changes the labels too.)
  const key = JSON.stringify(option);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the option's content; the latest option is read from the ref
  useEffect(() => {
    chart.current?.setOption(latest.current, { notMerge: true });
  }, [key]);

  return (
    <div className="dash-chart-frame">
      <div
        ref={element}
        className="dash-chart"
        style={{ height }}
        role="img"
        aria-label={label}
        data-state={state}
      />
      {state === 'loading' ? <p className="dash-chart-note muted">{t('dashboard.chartLoading')}</p> : null}
      {state === 'failed' ? <p className="dash-chart-note muted">{t('dashboard.chartFailed')}</p> : null}
    </div>
  );
}
