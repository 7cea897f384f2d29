/**
 * Donut geometry with d3-shape's pie: one slice per value, in the given order, clockwise from
 * 12 o'clock, angles proportional to the values. Pure; draw each slice with `arcPath` of
 * `./sunburst.ts` (same arc shape as the sunburst).
 */
import { pie } from 'd3-shape';
import type { ViewArc } from './sunburst.js';

export interface DonutInput {
  id: string;
  value: number;
}

/** Slices for `items` between radii `inner` and `outer`; all zero-width when every value is 0. */
export function donutSlices(items: readonly DonutInput[], inner = 62, outer = 98): ViewArc[] {
  const layout = pie<DonutInput>()
    .value((d) => Math.max(0, d.value))
    .sort(null)(items as DonutInput[]);
  return layout.map((s) => ({ id: s.data.id, a0: s.startAngle, a1: s.endAngle, r0: inner, r1: outer }));
}
