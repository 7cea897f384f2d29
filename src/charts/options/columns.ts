/**
 * Stacked monthly columns on ApexCharts (distribution-trend; adds-churn-chart and active-vs-total
 * draw with the kit's own month chart, `charts/month-chart/`). Months are the categories; names
 * from data are escaped here, once.
 */
import type { ApexOptions } from 'apexcharts';
import { escapeHtml } from '../escape.js';
import { baseOptions, mergeOptions, type BaseOptionsInput } from './base.js';

/** One drawn series; `name` is raw text from data (escaped by the builder). */
export interface MonthlySeries {
  name: string;
  /** One value per month of `months`. */
  data: number[];
  color: string;
}

export interface MonthlyColumnsInput extends BaseOptionsInput {
  /** `YYYY-MM` of each category. */
  months: string[];
  series: MonthlySeries[];
  /** Called with the month's index (and the series', when a column was hit) on a click. */
  onSelect?: (index: number, seriesIndex?: number) => void;
}

interface ClickConfig {
  dataPointIndex?: number;
  seriesIndex?: number;
  labelIndex?: number;
}
interface ChartLike {
  w?: { globals?: { capturedDataPointIndex?: number } };
}

/** Options for monthly columns with a shared tooltip and month selection. */
export function monthlyColumnsOptions(input: MonthlyColumnsInput): ApexOptions {
  const { months, series, format, onSelect } = input;
  const pick = (index: number | undefined, seriesIndex?: number) => {
    if (onSelect && index !== undefined && index >= 0 && index < months.length) {
      onSelect(index, seriesIndex !== undefined && seriesIndex >= 0 ? seriesIndex : undefined);
    }
  };
  return mergeOptions(baseOptions(input), {
    chart: {
      type: 'bar',
      stacked: true,
      stackType: 'normal',
      events: {
        // A click on a column, or anywhere over a month while the shared tooltip shows it.
        click: (_event: unknown, chart: ChartLike, config: ClickConfig) => {
          const i = config?.dataPointIndex ?? -1;
          // On a column itself, which series it is (a stack of distribution-trend is a member).
          if (i >= 0) pick(i, config?.seriesIndex);
          else pick(chart?.w?.globals?.capturedDataPointIndex);
        },
        xAxisLabelClick: (_event: unknown, _chart: unknown, config: ClickConfig) => pick(config?.labelIndex),
      },
    },
    series: series.map((s) => ({
      name: escapeHtml(s.name), // legend and tooltip write series names with innerHTML
      data: s.data,
    })),
    colors: series.map((s) => s.color),
    stroke: { show: false, width: 0 },
    markers: { size: 0 },
    plotOptions: { bar: { columnWidth: months.length > 12 ? '70%' : '55%', borderRadius: 0 } },
    legend: { show: false }, // the elements render an HTML legend of toggle buttons
    xaxis: {
      type: 'category',
      // SVG text: plain, not escaped (escaping would print `&amp;`).
      categories: months.map((m) => format.month(m)),
      tickPlacement: 'on',
      // Many months: slant every label rather than let ApexCharts hide and overlap some.
      labels: { rotate: -45, rotateAlways: months.length > 12, hideOverlappingLabels: true, trim: false },
    },
    yaxis: { forceNiceScale: true, labels: { formatter: (v: number) => (Number.isFinite(v) ? format.number(Math.round(v)) : '') } },
    tooltip: {
      shared: true,
      intersect: false,
      followCursor: false,
      x: {
        // innerHTML: escaped.
        formatter: (_value: unknown, opts?: { dataPointIndex?: number }) => {
          const month = months[opts?.dataPointIndex ?? -1];
          return escapeHtml(month ? format.month(month, 'long') : String(_value ?? ''));
        },
      },
      y: {
        formatter: (value: number) => (typeof value === 'number' && Number.isFinite(value) ? escapeHtml(format.number(value)) : ''),
      },
    },
  });
}
