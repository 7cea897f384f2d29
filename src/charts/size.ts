/** The height rule every kit chart element shares (`MonthlyChartElement.chartHeight` applies it). */

/** Height limits of a chart element, in CSS pixels. */
export const MIN_HEIGHT = 160;
export const MAX_HEIGHT = 1200;
export const DEFAULT_HEIGHT = 320;
