/**
 * The lazy gate to ApexCharts: nothing else in the kit imports it, and only when a chart is
 * about to be drawn, so pages without charts never download its ~149 KB (min+gzip).
 */
import type ApexChartsType from 'apexcharts';

export type ApexCharts = ApexChartsType;
export type ApexChartsConstructor = typeof ApexChartsType;

let loading: Promise<ApexChartsConstructor> | undefined;

/** Loads ApexCharts once per page; later calls share the same promise. */
export function loadApexCharts(): Promise<ApexChartsConstructor> {
  // Pinned at exactly apexcharts 4.7.0 in package.json: the last release under the MIT licence.
  // 5.0 and later forbid embedding it in a product without a paid OEM licence, which a kit that
  // partners embed is. Do not upgrade without a licence decision.
  loading ??= import('apexcharts').then((m) => m.default as ApexChartsConstructor);
  loading.catch(() => (loading = undefined)); // a failed download may be retried
  return loading;
}

const live = new Set<ApexCharts>();

/** Charts created by the kit that are not destroyed yet (tests check for leaks with it). */
export function liveCharts(): ReadonlySet<ApexCharts> {
  return live;
}

/** @internal Called by the chart controller when it creates / destroys a chart. */
export function trackChart(chart: ApexCharts, alive: boolean): void {
  if (alive) live.add(chart);
  else live.delete(chart);
}
