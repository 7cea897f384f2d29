/**
 * Options every kit chart starts from: colours, fonts and theme set explicitly from the
 * tokens (so a page's `window.Apex` defaults cannot leak in), Intl number formatting, no
 * toolbar, and legend/tooltip text escaped (ApexCharts writes them with innerHTML).
 */
import type { ApexOptions } from 'apexcharts';
import type { Formatter } from '../../core/format.js';
import { ANIMATION_MS } from '../animation.js';
import type { ChartContext } from '../chart-controller.js';
import { escapeHtml } from '../escape.js';

export interface BaseOptionsInput extends ChartContext {
  /** Numbers and months in the locale in force. */
  format: Formatter;
  /** Chart height in CSS pixels. */
  height: number;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => !!v && typeof v === 'object' && !Array.isArray(v);

/** Deep merge of option objects; arrays and functions are replaced, not merged. */
export function mergeOptions(base: ApexOptions, ...overrides: ApexOptions[]): ApexOptions {
  const merge = (a: Plain, b: Plain): Plain => {
    const out: Plain = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = isPlain(v) && isPlain(out[k]) ? merge(out[k] as Plain, v) : v;
    return out;
  };
  return overrides.reduce<Plain>((acc, o) => merge(acc, o as Plain), base as Plain) as ApexOptions;
}

/** Theme, fonts, palette, grid, legend and tooltip of every kit chart. */
export function baseOptions({ theme, animate, format, height }: BaseOptionsInput): ApexOptions {
  const number = (v: number) => (typeof v === 'number' && Number.isFinite(v) ? format.number(v) : '');
  return {
    chart: {
      height,
      width: '100%',
      fontFamily: theme.font,
      foreColor: theme.fgMuted,
      background: 'transparent',
      parentHeightOffset: 0,
      redrawOnParentResize: true,
      redrawOnWindowResize: true,
      toolbar: { show: false },
      zoom: { enabled: false },
      selection: { enabled: false },
      dropShadow: { enabled: false },
      sparkline: { enabled: false },
      animations: {
        enabled: animate,
        speed: ANIMATION_MS,
        animateGradually: { enabled: false },
        dynamicAnimation: { enabled: animate, speed: ANIMATION_MS },
      },
      events: {},
    },
    theme: { mode: theme.mode, palette: 'palette1', monochrome: { enabled: false } },
    colors: theme.series,
    dataLabels: { enabled: false },
    grid: {
      borderColor: theme.border,
      strokeDashArray: 0,
      xaxis: { lines: { show: false } },
      yaxis: { lines: { show: true } },
      padding: { left: 8, right: 8 },
    },
    stroke: { show: false, width: 0 },
    fill: { type: 'solid', opacity: 1 },
    markers: { size: 0 },
    states: {
      hover: { filter: { type: 'none' } }, // the crosshair marks the month; lighten glares in dark
      active: { filter: { type: 'none' } },
    },
    legend: {
      show: true,
      showForSingleSeries: true,
      position: 'top',
      horizontalAlign: 'left',
      fontFamily: theme.font,
      fontSize: '13px',
      labels: { colors: theme.fg, useSeriesColors: false },
      markers: { strokeWidth: 0 },
      itemMargin: { horizontal: 8, vertical: 4 },
      onItemClick: { toggleDataSeries: true },
      onItemHover: { highlightDataSeries: true },
      // Series names arrive escaped (see escape.ts); the legend shows them as they are.
      formatter: (name: string) => name,
    },
    tooltip: {
      enabled: true,
      theme: theme.mode,
      style: { fontFamily: theme.font, fontSize: '13px' },
      fillSeriesColor: false,
      marker: { show: true },
      // Tooltip title: innerHTML, so a category from data is escaped.
      x: { formatter: (value: unknown) => escapeHtml(value) },
      y: {
        formatter: (v: number) => escapeHtml(number(v)),
        title: { formatter: (name: string) => `${name}:` },
      },
    },
    xaxis: {
      axisBorder: { show: true, color: theme.border },
      axisTicks: { show: false },
      crosshairs: { show: true, fill: { type: 'solid', color: theme.bgSubtle } },
      labels: { style: { colors: theme.fgMuted, fontFamily: theme.font, fontSize: '12px' } },
      tooltip: { enabled: false },
    },
    yaxis: {
      labels: {
        style: { colors: theme.fgMuted, fontFamily: theme.font, fontSize: '12px' },
        formatter: number,
      },
    },
    noData: { text: '' },
  };
}
