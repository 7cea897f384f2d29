/** The chart adapter: the one place in the kit that knows ApexCharts. */
export { ChartController, ANIMATION_MS, type ChartContext, type ChartControllerConfig } from './chart-controller.js';
export { loadApexCharts, liveCharts } from './apex.js';
export { escapeHtml } from './escape.js';
export { readChartTheme, type ChartTheme } from './theme.js';
export { baseOptions, mergeOptions, type BaseOptionsInput } from './options/base.js';
export { monthlyColumnsOptions, type MonthlySeries, type MonthlyColumnsInput } from './options/columns.js';
export { chartStyles, chartFrameStyles } from './chart-styles.js';
export { renderLegend, renderZoom, type LegendItem, type ZoomInput } from './controls.js';
export { chartHeight, MIN_HEIGHT, MAX_HEIGHT, DEFAULT_HEIGHT } from './size.js';
