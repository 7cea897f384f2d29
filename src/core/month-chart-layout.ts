/**
 * Geometry of a month-by-month chart (columns, stacked or side by side, and lines, on one y
 * axis or two): months → x bands, values → y, tick labels, margins that fit the labels. Pure and
 * DOM-free: the caller measures text (`measure`) and formats numbers (`tickLabel`), the
 * renderer (`charts/month-chart/`) draws what this returns. The months are a `d3-scale` band
 * scale, the values' nice domains and ticks `d3-array`'s; what is the kit's own is the rules
 * below: how wide columns are, when month labels slant, how deep the axis goes below zero.
 */
import { nice, range, tickIncrement, ticks } from 'd3-array';
import { scaleBand } from 'd3-scale';

/** One series: a column or a line, measured on the left axis or (`secondary`) the right one. */
export interface MonthSeriesInput {
  key: string;
  kind: 'column' | 'line';
  /** `secondary`: a y axis of its own on the right (a line far larger than the columns). */
  axis?: 'primary' | 'secondary';
  /** One value per month, in the order of the months; negative columns hang below zero. */
  values: readonly number[];
  /**
   * With a comparison (`compare`): the comparison range's value beside each month (month i of the
   * range against month i of the comparison range), `null` where it is not known (no data).
   */
  previous?: readonly (number | null)[];
}

export interface MonthChartInput {
  /** Box size in px: the whole chart, axes and labels included. */
  width: number;
  height: number;
  /** The x-axis label of each month. */
  labels: readonly string[];
  /** In drawing order: stacked columns pile up (positive) or hang down (negative) in this order. */
  series: readonly MonthSeriesInput[];
  /** Columns stacked (true) or side by side in each month. */
  stacked: boolean;
  /** The text of a y tick. */
  tickLabel: (value: number) => string;
  /** Width in px of a label at the axes' font size (`AXIS_FONT_PX`). */
  measure: (text: string) => number;
}

/** A column's box, in px of the chart. */
export interface ColumnBox {
  month: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Tick {
  y: number;
  label: string;
}

export interface AxisLabel {
  month: number;
  x: number;
  y: number;
  text: string;
}

/** A line's point, `null` where the value is not known (the line breaks there). */
export type LinePoint = [number, number] | null;

export interface MonthChartLayout {
  /** The plotting area (inside the axes). */
  plot: { left: number; top: number; right: number; bottom: number };
  /** Width of one month's band, and the x of each month's centre. */
  band: number;
  centres: number[];
  /** The y of the primary axis' zero. */
  zero: number;
  /** `previous`: the comparison's columns, beside the current ones (`null`: not known). */
  columns: { key: string; boxes: ColumnBox[]; previous?: (ColumnBox | null)[] }[];
  /** `previous`: the comparison's points, on the same months' centres. */
  lines: { key: string; points: [number, number][]; previous?: LinePoint[] }[];
  /** Left axis ticks (also the grid lines); right axis ticks when a series is `secondary`. */
  ticks: Tick[];
  secondaryTicks?: Tick[];
  /** The months labelled (all, or every n-th when they cannot all fit), rotated by -45° when `rotated`. */
  xLabels: AxisLabel[];
  rotated: boolean;
}

/** The font size of the axis labels, px (the renderer's CSS uses the same). */
export const AXIS_FONT_PX = 12;
const TICK_COUNT = 5;
const GAP = 8;
const LINE_HEIGHT = AXIS_FONT_PX + 2;
const SIN45 = Math.SQRT1_2;
/** The prefix of a comparison column's slot in its month's band. */
const PREVIOUS = 'previous:';

/**
 * The one rule for columns and month labels, for every monthly chart of the kit: up to
 * `MANY_MONTHS` months a column (or a month's group of side-by-side columns) takes 55% of its
 * month's band and the labels stand level; beyond, 70% (thinner gaps between many thin
 * columns) and the labels slant by 45°. Labels also slant when one is wider than its band
 * (less 6 px), and are thinned to every n-th month when even slanted ones would touch.
 */
export const MANY_MONTHS = 12;
export const COLUMN_SHARE = { few: 0.55, many: 0.7 } as const;

/** The share of a month's band its columns take (`COLUMN_SHARE`). */
export function columnShare(months: number): number {
  return months > MANY_MONTHS ? COLUMN_SHARE.many : COLUMN_SHARE.few;
}

/** Whether the month labels slant: many months, or a label wider than its band. */
export function slantLabels(months: number, widestLabel: number, band: number): boolean {
  return months > MANY_MONTHS || widestLabel > band - 6;
}

/**
 * A linear map from a domain onto [bottom, top] px (a flat domain maps onto the bottom). Not
 * d3-scale's `scaleLinear`: it brings interpolators, colour parsing and number formats the
 * chart never uses, 8.8 KB min+gzip on every chart element's first load (+28%), for this line.
 */
function linear([d0, d1]: [number, number], [bottom, top]: [number, number]): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => bottom - ((v - d0) / span) * (bottom - top);
}

/** The nice domain holding 0 and every value (a flat [0, 1] when there are none). */
function niceDomain(values: number[]): [number, number] {
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (lo === hi) hi = lo + 1;
  [lo, hi] = nice(lo, hi, TICK_COUNT);
  return [lo, hi];
}

/** Room left below the lowest value when the axis stops short of a tick (a share of the span). */
const BELOW_PAD = 0.04;

/**
 * The left axis: nice at the top, but below zero only as deep as the lowest value needs (plus a
 * little room): rounding churn of −60 down to a tick of −1,000 gave a sixth of the chart to a
 * hairline. The ticks are the nice domain's, those inside the axis.
 */
function leftAxis(values: number[], mirror: boolean): { domain: [number, number]; ticks: number[] } {
  const lowest = Math.min(0, ...values);
  const rounded = niceDomain(values);
  // Only columns below zero beside a right axis: the left one mirrors them above zero, where the right one's line goes.
  const mirrored = mirror && rounded[1] <= 0;
  if (mirrored) rounded[1] = -rounded[0];
  const step = tickIncrement(rounded[0], rounded[1], TICK_COUNT);
  const domain: [number, number] = [...rounded];
  if (!mirrored && lowest < 0) domain[0] = Math.max(rounded[0], lowest - BELOW_PAD * (rounded[1] - lowest));
  // d3's increment: a step, or for steps below 1 its inverse, negated (exact multiples either way).
  const at = (i: number) => (step > 0 ? i * step : i / -step) + 0; // + 0: no −0 tick (it reads "-0")
  const index = (v: number) => (step > 0 ? v / step : v * -step);
  const out: number[] = [];
  for (let i = Math.ceil(index(domain[0]) - 1e-9); i <= Math.floor(index(domain[1]) + 1e-9); i++) out.push(at(i));
  return { domain, ticks: out };
}

/** Per month, the top of the positive stack and the bottom of the negative one (or each column's own value). */
function columnExtents(columns: readonly (readonly (number | null)[])[], stacked: boolean, months: number): number[] {
  if (!stacked) return columns.flatMap((values) => values.slice(0, months).map((v) => v ?? 0));
  const out: number[] = [];
  for (let m = 0; m < months; m++) {
    let up = 0;
    let down = 0;
    for (const values of columns) {
      const v = values[m] ?? 0;
      if (v >= 0) up += v;
      else down += v;
    }
    out.push(up, down);
  }
  return out;
}

export function monthChartLayout(input: MonthChartInput): MonthChartLayout {
  const { width, height, labels, series, stacked, tickLabel, measure } = input;
  const months = labels.length;
  const columns = series.filter((s) => s.kind === 'column');
  const primary = series.filter((s) => s.axis !== 'secondary');
  const secondary = series.filter((s) => s.axis === 'secondary');

  // The comparison's values share the axes: both ranges on one scale.
  const known = (values: readonly (number | null)[] | undefined) => (values ?? []).slice(0, months).filter((v): v is number => v !== null);
  const previousColumns = columns.filter((s) => s.previous);
  const { domain, ticks: tickValues } = leftAxis(
    [
      ...columnExtents(
        columns.map((s) => s.values),
        stacked,
        months,
      ),
      ...columnExtents(
        previousColumns.map((s) => s.previous!),
        stacked,
        months,
      ),
      ...primary.filter((s) => s.kind === 'line').flatMap((s) => [...s.values.slice(0, months), ...known(s.previous)]),
    ],
    secondary.length > 0,
  );
  // The right axis shares the left one's zero: its domain is the left one's, scaled.
  let secondaryDomain: [number, number] | undefined;
  let secondaryValues: number[] = [];
  if (secondary.length) {
    const [, top] = niceDomain(secondary.flatMap((s) => [...s.values.slice(0, months), ...known(s.previous)]));
    const k = top / domain[1];
    secondaryDomain = [domain[0] * k, top];
    secondaryValues = ticks(0, top, TICK_COUNT);
  }

  const labelWidths = labels.map(measure);
  const widest = Math.max(0, ...labelWidths);
  const left0 = Math.max(...tickValues.map((v) => measure(tickLabel(v))), 0) + GAP + 4;
  const right = secondary.length ? Math.max(...secondaryValues.map((v) => measure(tickLabel(v))), 0) + GAP + 4 : GAP;
  const band0 = (width - left0 - right) / Math.max(1, months);
  // Slanted labels: the first may reach left of the axis labels, so the plot starts far enough right for it.
  const rotated = slantLabels(months, widest, band0);
  const left = rotated ? Math.max(left0, (labelWidths[0] ?? 0) * SIN45 - band0 / 2 + 4) : left0;
  const top = GAP;
  const bottom = height - (rotated ? widest * SIN45 + LINE_HEIGHT : LINE_HEIGHT + GAP);
  const plot = { left, top, right: Math.max(left + 1, width - right), bottom: Math.max(top + 1, bottom) };
  // A month's band (no padding: the hover and the keyboard's button cover all of it), and the
  // columns' band inside it: centred, `columnShare` of it wide.
  const monthIndexes = range(months);
  const x = scaleBand<number>().domain(monthIndexes).range([plot.left, plot.right]);
  const band = months ? x.step() : plot.right - plot.left;
  const centres = monthIndexes.map((m) => x(m)! + band / 2);
  const gap = 1 - columnShare(months);
  const columnX = scaleBand<number>()
    .domain(monthIndexes)
    .range([plot.left, plot.right])
    .paddingInner(gap)
    .paddingOuter(gap / 2);
  const columnWidth = columnX.bandwidth();
  // With a comparison, each column (stacked: the stack) has a slot for the comparison's on its left.
  const slots = (stacked ? ['stack'] : columns.map((c) => c.key)).flatMap((slot) =>
    previousColumns.length ? [PREVIOUS + slot, slot] : [slot],
  );
  const slotX = scaleBand<string>().domain(slots).range([0, columnWidth]);

  const y = linear(domain, [plot.bottom, plot.top]);
  const zero = y(0);
  const box =
    (slot: string, piles: { up: number[]; down: number[] }) =>
    (v: number, m: number): ColumnBox => {
      const left = columnX(m)! + slotX(slot)!;
      let from = 0;
      if (stacked) {
        from = v >= 0 ? piles.up[m] : piles.down[m];
        if (v >= 0) piles.up[m] += v;
        else piles.down[m] += v;
      }
      const [a, b] = [y(from), y(from + v)];
      return { month: m, x: left, y: Math.min(a, b), width: slotX.bandwidth(), height: Math.abs(a - b) };
    };
  const piles = () => ({ up: new Array<number>(months).fill(0), down: new Array<number>(months).fill(0) });
  const current = piles();
  const before = piles();
  const columnBoxes = columns.map((s) => {
    const slot = stacked ? 'stack' : s.key;
    const previousBox = box(PREVIOUS + slot, before);
    return {
      key: s.key,
      boxes: s.values.slice(0, months).map(box(slot, current)),
      ...(s.previous ? { previous: range(months).map((m) => (s.previous![m] == null ? null : previousBox(s.previous![m]!, m))) } : {}),
    };
  });

  const ys = secondaryDomain ? linear(secondaryDomain, [plot.bottom, plot.top]) : y;
  const lines = series
    .filter((s) => s.kind === 'line')
    .map((s) => {
      const scale = s.axis === 'secondary' ? ys : y;
      const previous =
        s.previous && range(months).map((m): LinePoint => (s.previous![m] == null ? null : [centres[m], scale(s.previous![m]!)]));
      return {
        key: s.key,
        points: s.values.slice(0, months).map((v, m): [number, number] => [centres[m], scale(v)]),
        ...(previous ? { previous } : {}),
      };
    });

  // Every month labelled while rotated labels keep a line apart, else every n-th.
  const every = rotated ? Math.max(1, Math.ceil(LINE_HEIGHT / (band * SIN45))) : 1;
  const labelY = plot.bottom + (rotated ? GAP : LINE_HEIGHT);
  const xLabels = labels.flatMap((text, m) => (m % every === 0 ? [{ month: m, x: centres[m], y: labelY, text }] : []));

  return {
    plot,
    band,
    centres,
    zero,
    columns: columnBoxes,
    lines,
    ticks: tickValues.map((v) => ({ y: y(v), label: tickLabel(v) })),
    secondaryTicks: secondaryDomain ? secondaryValues.map((v) => ({ y: ys(v), label: tickLabel(v) })) : undefined,
    xLabels,
    rotated,
  };
}

/** The month under an x (px of the chart), or undefined outside the plot. */
export function monthAt(layout: MonthChartLayout, x: number): number | undefined {
  const { plot, band, centres } = layout;
  if (x < plot.left || x > plot.right || centres.length === 0) return undefined;
  return Math.min(centres.length - 1, Math.floor((x - plot.left) / band));
}

/**
 * The column series drawn in a month, bottom to top as they show on screen (stacked: the
 * lowest stack first; side by side: left to right), leaving out those of zero height: the
 * order ↑/↓ walk through a month's stacks.
 */
export function monthStacks(layout: MonthChartLayout, month: number): string[] {
  return layout.columns
    .flatMap((c) => {
      const box = c.boxes[month];
      return box && box.height > 0 ? [{ key: c.key, box }] : [];
    })
    .sort((a, b) => a.box.x - b.box.x || b.box.y + b.box.height - (a.box.y + a.box.height))
    .map((s) => s.key);
}

/** The column under a point (px of the chart): its month and series key, or undefined off every column. */
export function columnAt(layout: MonthChartLayout, x: number, y: number): { month: number; key: string } | undefined {
  const month = monthAt(layout, x);
  if (month === undefined) return undefined;
  for (const c of layout.columns) {
    const b = c.boxes[month];
    if (b && b.height > 0 && x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height) return { month, key: c.key };
  }
  return undefined;
}
