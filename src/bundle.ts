/**
 * Registers every element of the kit. This is the script-tag entry: the heavy part (the world
 * atlas) stays a lazy chunk that loads only when the map is on the page.
 */
import './elements/filter-context/define.js';
import './elements/active-vs-total/define.js';
import './elements/adds-churn-chart/define.js';
import './elements/customer-geo-map/define.js';
import './elements/distribution-tabs/define.js';
import './elements/distribution-trend/define.js';
import './elements/filter-bar/define.js';
import './elements/kpi-card/define.js';
import './elements/product-sunburst/define.js';

// The tags' React 19 JSX types and the kit's typed events, for whoever imports this entry.
export type {} from './integrations/react.js';

export { FilterContext } from './elements/filter-context/filter-context.js';
export { ActiveVsTotal } from './elements/active-vs-total/active-vs-total.js';
export { AddsChurnChart } from './elements/adds-churn-chart/adds-churn-chart.js';
export { CustomerGeoMap } from './elements/customer-geo-map/customer-geo-map.js';
export { DistributionTabs } from './elements/distribution-tabs/distribution-tabs.js';
export { DistributionTrend } from './elements/distribution-trend/distribution-trend.js';
export { FilterBar } from './elements/filter-bar/filter-bar.js';
export { KpiCard } from './elements/kpi-card/kpi-card.js';
export { ProductSunburst } from './elements/product-sunburst/product-sunburst.js';
