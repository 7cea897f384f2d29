/**
 * Registers every element of the kit. This is the script-tag entry: heavy parts (ApexCharts,
 * the world atlas) stay lazy chunks that load only when a chart or the map is on the page.
 */
import './elements/filter-context/define.js';
import './elements/kpi-card/define.js';

export { FilterContext } from './elements/filter-context/filter-context.js';
export { KpiCard } from './elements/kpi-card/kpi-card.js';
