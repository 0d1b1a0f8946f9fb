/**
 * ECharts, only the parts the dashboard draws: bar, line and chord charts with the grid, tooltip and
 * legend, rendered as SVG (crisp at any zoom, text selectable, lighter than the canvas renderer).
 * Imported dynamically by Chart.tsx, so it is a chunk of its own that only the dashboard fetches.
 */
import { BarChart, ChordChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, ChordChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { init };
