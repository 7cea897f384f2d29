/**
 * When month labels do not fit side by side, ApexCharts rotates them: for each label in turn it
 * reads the label's box (`Graphics.rotateAroundCenter`, a `getBBox()`) and then sets its
 * `transform`. Every read after the previous label's write forces a layout, so twelve labels
 * cost twelve layouts: the largest `getBBox` cost left in a redraw after a filter change
 * (≈ 14 of ≈ 78 ms of the two monthly charts' task, BENCH_PROFILE_CALLERS=getBBox in
 * `npm run bench -- browser`).
 *
 * A label's box is in its own coordinates: the other labels' rotation does not change it. So
 * the first read of a pass reads every label of the axis at once (one layout), and each later
 * read of that pass takes its label's box from there, once; the boxes are dropped when the
 * task's synchronous work ends. The labels land exactly where they did
 * (`test/charts/apex-patches.test.ts` checks each rotation centre against the label's box).
 *
 * It wraps ApexCharts' internal `Graphics.rotateAroundCenter` (see `engine-patch.ts`).
 */

import { graphicsOf, wrapMethod } from './engine-patch.js';

type RotateAroundCenter = (this: unknown, el: unknown) => { x: number; y: number };

/** The group ApexCharts draws the x-axis labels in (what it rotates). */
const X_LABELS = 'apexcharts-xaxis-texts-g';

/** Boxes read ahead in this task, each taken once. */
let ahead = new WeakMap<Element, DOMRect>();
let clearing = false;

function readAhead(labels: Element): void {
  for (const label of labels.children) if (label instanceof SVGGraphicsElement) ahead.set(label, label.getBBox());
  if (clearing) return;
  clearing = true;
  queueMicrotask(() => {
    ahead = new WeakMap();
    clearing = false;
  });
}

/** Makes x-axis label rotation read the labels' boxes in one layout (every chart of this ApexCharts copy). */
export function readRotatedLabelsAhead(chart: object): void {
  wrapMethod<RotateAroundCenter>(graphicsOf(chart), 'rotateAroundCenter', (centre) =>
    function (el) {
      if (el instanceof SVGGraphicsElement && el.parentElement?.classList.contains(X_LABELS)) {
        if (!ahead.has(el)) readAhead(el.parentElement);
        const box = ahead.get(el);
        ahead.delete(el);
        if (box) return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      return centre.call(this, el);
    },
  );
}
