/**
 * Monthly column charts: stacked columns (adds/churn, distribution trend) and columns with a
 * line (active vs total). Months are the categories; names from data are escaped here, once.
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
  /** `column` (default) or `line`. */
  kind?: 'column' | 'line';
  /** How the tooltip shows a value, e.g. `Math.abs` for churned drawn below zero. */
  tooltipValue?: (value: number) => number;
  /** `secondary`: measured on a y axis of its own, on the right (a line far larger than the columns). */
  axis?: 'secondary';
  /** A line's dash length in px (0: solid): told apart by shape, not by colour alone. */
  dash?: number;
}

export interface MonthlyColumnsInput extends BaseOptionsInput {
  /** `YYYY-MM` of each category. */
  months: string[];
  series: MonthlySeries[];
  /** Stack the columns (default true). */
  stacked?: boolean;
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

/** Options for monthly columns (and lines) with a shared tooltip and month selection. */
export function monthlyColumnsOptions(input: MonthlyColumnsInput): ApexOptions {
  const { months, series, format, onSelect } = input;
  const stacked = input.stacked ?? true;
  const hasLine = series.some((s) => s.kind === 'line');
  const pick = (index: number | undefined, seriesIndex?: number) => {
    if (onSelect && index !== undefined && index >= 0 && index < months.length) {
      onSelect(index, seriesIndex !== undefined && seriesIndex >= 0 ? seriesIndex : undefined);
    }
  };
  return mergeOptions(baseOptions(input), {
    chart: {
      type: hasLine ? 'line' : 'bar',
      stacked,
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
      type: hasLine ? s.kind ?? 'column' : undefined,
      data: s.data,
    })),
    colors: series.map((s) => s.color),
    stroke: hasLine
      ? {
          show: true,
          width: series.map((s) => (s.kind === 'line' ? 3 : 0)),
          dashArray: series.map((s) => s.dash ?? 0),
          curve: 'straight',
          colors: series.map((s) => s.color),
        }
      : { show: false, width: 0 },
    markers: hasLine ? { size: series.map((s) => (s.kind === 'line' ? 3 : 0)), strokeWidth: 0, hover: { size: 5 } } : { size: 0 },
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
    yaxis: yAxes(series, format),
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
        formatter: (value: number, opts?: { seriesIndex?: number }) => {
          if (typeof value !== 'number' || !Number.isFinite(value)) return '';
          const show = series[opts?.seriesIndex ?? -1]?.tooltipValue ?? ((v: number) => v);
          return escapeHtml(format.number(show(value)));
        },
      },
    },
  });
}

/** One y axis for every series, or (a series on the `secondary` axis) the columns' on the left and its own on the right. */
function yAxes(series: MonthlySeries[], format: MonthlyColumnsInput['format']): ApexOptions['yaxis'] {
  const axis = { forceNiceScale: true, labels: { formatter: (v: number) => (Number.isFinite(v) ? format.number(Math.round(v)) : '') } };
  const secondary = series.filter((s) => s.axis === 'secondary');
  if (secondary.length === 0) return axis;
  const names = (list: MonthlySeries[]) => list.map((s) => escapeHtml(s.name));
  const primary = series.filter((s) => s.axis !== 'secondary');
  return [
    { ...axis, seriesName: names(primary) },
    { ...axis, seriesName: names(secondary), opposite: true },
  ];
}
