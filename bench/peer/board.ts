/**
 * The peer's board, written the way Highcharts Dashboards' documentation shows:
 * `Dashboards.board` with KPI and Highcharts components rendered into the page's cells. The ES
 * module builds of both libraries, so esbuild bundles them as modules (no UMD wrappers).
 */
import Dashboards from '@highcharts/dashboards/es-modules/masters/dashboards.src.js';
import Highcharts from 'highcharts/esm/highcharts.js';
import type { Breakdown, Month, Monthly } from './data.ts';

Dashboards.HighchartsPlugin.custom.connectHighcharts(Highcharts);
Dashboards.PluginHandler.addPlugin(Dashboards.HighchartsPlugin);

const TOP = 8;
/** As the kit's tiles: customers and active in the last month, added and churned over the range. */
const KPIS = [
  { id: 'customers', title: 'Customers', sum: false },
  { id: 'active', title: 'Active customers', sum: false },
  { id: 'new', title: 'Customers added', sum: true },
  { id: 'churned', title: 'Customers churned', sum: true },
] as const;

const number = new Intl.NumberFormat('en');
const monthName = (m: string) =>
  new Date(`${m}-01T00:00:00Z`).toLocaleDateString('en', { month: 'short', year: '2-digit', timeZone: 'UTC' });

function kpiOptions(months: Month[], { id: key, sum }: (typeof KPIS)[number]) {
  const first = months[0]![key];
  const last = months[months.length - 1]![key];
  const change = first ? ((last - first) / first) * 100 : 0;
  return {
    value: sum ? months.reduce((s, m) => s + m[key], 0) : last,
    valueFormatter: (v: number) => number.format(v),
    subtitle: `${change >= 0 ? '▲' : '▼'} ${Math.abs(change).toFixed(1)} %`,
    chartOptions: { chart: { type: 'area' }, series: [{ type: 'area', data: months.map((m) => m[key]) }] },
  };
}

function distribution(b: Breakdown) {
  const rows = [...b.rows].sort((x, y) => y.customers - x.customers || x.key.localeCompare(y.key));
  const shown = rows.slice(0, TOP).map((r) => ({ name: r.label, y: r.customers }));
  const other = rows.slice(TOP).reduce((s, r) => s + r.customers, 0);
  return other > 0 ? [...shown, { name: 'Other', y: other }] : shown;
}

const addsChurnSeries = (months: Month[]) => [months.map((m) => m.existing), months.map((m) => m.new), months.map((m) => -m.churned)];

/** Draws the board from the first answers; returns what updates it in place for a new filter state. */
export async function draw(monthly: Monthly, breakdown: Breakdown): Promise<(monthly: Monthly, breakdown: Breakdown) => Promise<void>> {
  const months = monthly.months;
  const categories = months.map((m) => monthName(m.month));
  const board = await Dashboards.board(
    'container',
    {
      components: [
        ...KPIS.map((kpi) => ({ type: 'KPI', renderTo: `kpi-${kpi.id}`, title: kpi.title, ...kpiOptions(months, kpi) })),
        {
          type: 'Highcharts',
          renderTo: 'adds-churn',
          title: 'Added and churned',
          chartOptions: {
            chart: { type: 'column' },
            title: { text: undefined },
            xAxis: { categories },
            yAxis: { title: { text: undefined } },
            plotOptions: { column: { stacking: 'normal' } },
            series: addsChurnSeries(months).map((data, i) => ({ type: 'column', name: ['Existing', 'New', 'Churned'][i], data })),
          },
        },
        {
          type: 'Highcharts',
          renderTo: 'active-vs-total',
          title: 'Active vs total',
          chartOptions: {
            title: { text: undefined },
            xAxis: { categories },
            yAxis: { title: { text: undefined } },
            series: [
              { type: 'column', name: 'Active', data: months.map((m) => m.active) },
              { type: 'line', name: 'Total', data: months.map((m) => m.customers) },
            ],
          },
        },
        {
          type: 'Highcharts',
          renderTo: 'distribution',
          title: 'Customers by partner location',
          chartOptions: {
            chart: { type: 'bar' },
            title: { text: undefined },
            xAxis: { type: 'category' },
            yAxis: { title: { text: undefined } },
            legend: { enabled: false },
            series: [{ type: 'bar', name: 'Customers', data: distribution(breakdown) }],
          },
        },
      ],
    } as never,
    true,
  );

  const component = (id: string) =>
    board.getComponentByCellId(id) as unknown as {
      update(options: object): Promise<void>;
      chart: Highcharts.Chart;
    };
  return async (next, nextBreakdown) => {
    const m = next.months;
    await Promise.all(KPIS.map((kpi) => component(`kpi-${kpi.id}`).update(kpiOptions(m, kpi))));
    const addsChurn = component('adds-churn').chart;
    addsChurnSeries(m).forEach((data, i) => addsChurn.series[i]!.setData(data, false));
    addsChurn.redraw();
    const avt = component('active-vs-total').chart;
    avt.series[0]!.setData(
      m.map((x) => x.active),
      false,
    );
    avt.series[1]!.setData(
      m.map((x) => x.customers),
      false,
    );
    avt.redraw();
    component('distribution').chart.series[0]!.setData(distribution(nextBreakdown));
  };
}
