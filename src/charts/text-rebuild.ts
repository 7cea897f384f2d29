/**
 * ApexCharts draws axis labels with svg.js (bundled inside it), whose `Text.rebuild()` reads
 * `getComputedStyle(tspan).fontSize` for every line of every label, right after the label was
 * added to the page: each read forces a style recalculation. That was the largest single cost of
 * a chart redraw after a filter change (≈ 35 of ≈ 115 ms for the demo's two monthly charts,
 * self time of `getPropertyValue` in BENCH_PROFILE of `npm run bench -- browser`), though the
 * font size is only needed to space the lines of a label of several lines (`newLined` tspans);
 * the kit's labels have one.
 *
 * So a rebuild of a text with no such line skips the loop and does only what it would have
 * done: fire `rebuild` (the font size it read was used only for new lines, so the SVG is the
 * same). A text with several lines is rebuilt by svg.js as before; `test/charts/apex-patches.test.ts`
 * checks both. It wraps svg.js's `Text.rebuild`, reached through a chart's paper (see
 * `engine-patch.ts`).
 */

import { wrapMethod } from './engine-patch.js';

/** What the patch reads of an svg.js Text and its tspans. */
interface SvgText {
  _rebuild?: boolean;
  node: SVGElement;
  fire(event: string): unknown;
}

type Rebuild = (this: SvgText, rebuild?: boolean) => SvgText;

/** The kit bundles one svg.js (inside its one ApexCharts): its Text class is patched once. */
let patched = false;

/** A tspan svg.js started on a new line (its wrapper is on the node as `instance`). */
const startsLine = (node: ChildNode) => !!(node as ChildNode & { instance?: { dom?: { newLined?: boolean } } }).instance?.dom?.newLined;

/**
 * Makes single-line texts of `chart`'s svg.js (shared by every chart of this ApexCharts copy)
 * rebuild without reading styles. Call after the chart's first render (its paper exists then).
 */
export function skipSingleLineRebuilds(chart: object): void {
  if (patched) return;
  const paper = (chart as { w?: { globals?: { dom?: { Paper?: { plain?(text: string): { remove(): void } } } } } }).w?.globals?.dom?.Paper;
  if (typeof paper?.plain !== 'function') return;
  const probe = paper.plain(''); // a Text: its prototype is svg.js's Text class
  probe.remove();
  patched = true;
  wrapMethod<Rebuild>(Object.getPrototypeOf(probe) as object, 'rebuild', (rebuild) =>
    function (again) {
      if (typeof again === 'boolean') this._rebuild = again;
      if (this._rebuild && ![...this.node.childNodes].some(startsLine)) {
        this.fire('rebuild');
        return this;
      }
      return rebuild.call(this, again);
    },
  );
}
