/**
 * ApexCharts measures every axis label on every draw: its `Graphics.getTextRects` adds an
 * invisible `<text>` to the chart, reads `getBBox()` and removes it, which forces a style and
 * layout pass per label. After a filter change that was ≈ 40 of the ≈ 115 ms the two monthly
 * charts of the demo took to redraw (BENCH_PROFILE in `npm run bench -- browser`), for labels
 * ("Nov 2025", "1,200") whose size had not changed.
 *
 * A label's box depends on its text, font size and family, its rotation, and the styles the
 * chart inherits from the page. So each chart remembers the boxes it measured, keyed by the
 * first four (a number by its shape, when the font's digits all have one width: see
 * `shapeOf`); the chart controller forgets them when it reads the theme again (the inherited
 * styles may have changed), and every chart forgets them when the page's web fonts finish
 * loading (a box measured in the fallback font is wrong afterwards). An empty box is never kept
 * (an empty label, or a measurement that found nothing rendered): it is measured again.
 *
 * It wraps ApexCharts' internal `Graphics.getTextRects` (see `engine-patch.ts`).
 */

import { graphicsOf, wrapMethod } from './engine-patch.js';
import { onWebFontsLoaded } from './web-fonts.js';

/** A box ApexCharts measured: what `getTextRects` returns. */
interface TextBox {
  width: number;
  height: number;
}

/** What the wrapper reads of ApexCharts' `Graphics`: its chart's `w` (config and globals). */
interface GraphicsModule {
  w?: { config?: { chart?: { fontFamily?: string } } };
}

type GetTextRects = (this: GraphicsModule, text: unknown, fontSize?: unknown, fontFamily?: unknown, transform?: unknown, useBBox?: boolean) => TextBox;

/** Beyond this many boxes a chart starts again (labels of a month range are a few dozen). */
const MAX_BOXES = 500;

/** Each chart's boxes, by its `w` (one object for the chart's whole life). */
const boxesByChart = new WeakMap<object, Map<string, TextBox>>();
let fontsWatched = false;
/** Bumped when web fonts load: every chart's boxes are stale. */
let fontGeneration = 0;
const generationOf = new WeakMap<Map<string, TextBox>, number>();

function boxesOf(w: object): Map<string, TextBox> {
  let boxes = boxesByChart.get(w);
  if (!boxes || generationOf.get(boxes) !== fontGeneration) {
    boxes = new Map();
    boxesByChart.set(w, boxes);
    generationOf.set(boxes, fontGeneration);
  }
  return boxes;
}

/**
 * What a label is remembered by: its text, or for a number its shape ("1,150" and "2,380" are
 * both "0,000") when every digit of the font has one width, as UI fonts draw digits by default
 * (checked once per font: "0123456789" against "0000000000"). Axis numbers change with every
 * answer; their shapes seldom do.
 */
function shapeOf(text: unknown, boxes: Map<string, TextBox>, font: unknown[], measure: (sample: string) => TextBox): unknown {
  if (typeof text !== 'string' || !/[1-9]/.test(text)) return text;
  const probe = JSON.stringify(['digits alike', ...font]);
  let alike = boxes.get(probe); // width 1: alike, 0: not
  if (!alike) {
    const [all, zeros] = [measure('0123456789'), measure('0000000000')];
    alike = { width: all.width > 0 && Math.abs(all.width - zeros.width) < 0.01 ? 1 : 0, height: 0 };
    boxes.set(probe, alike);
  }
  return alike.width === 1 ? text.replace(/[0-9]/g, '0') : text;
}

/**
 * Makes the label measurements of `chart` (and of every chart of this ApexCharts copy, which
 * share its `Graphics` class) remembered. Idempotent; does nothing if the engine lacks the method.
 */
export function cacheTextMeasures(chart: object): void {
  wrapMethod<GetTextRects>(graphicsOf(chart), 'getTextRects', (measure) =>
    function (text, fontSize, fontFamily, transform, useBBox = true) {
      const w = this.w;
      if (!w) return measure.call(this, text, fontSize, fontFamily, transform, useBBox);
      const boxes = boxesOf(w);
      // drawText's own defaults, so a default and its explicit value share a box.
      const font = [fontSize || '11px', fontFamily || w.config?.chart?.fontFamily];
      const measureFont = (sample: string) => measure.call(this, sample, fontSize, fontFamily, undefined, true);
      const key = JSON.stringify([shapeOf(text, boxes, font, measureFont), ...font, transform ?? null, useBBox]);
      const known = boxes.get(key);
      if (known) return { width: known.width, height: known.height };
      const box = measure.call(this, text, fontSize, fontFamily, transform, useBBox);
      if (box.width > 0 && box.height > 0) {
        if (boxes.size >= MAX_BOXES) boxes.clear();
        boxes.set(key, { width: box.width, height: box.height });
      }
      return box;
    },
  );
  if (!fontsWatched) {
    fontsWatched = true;
    onWebFontsLoaded(() => fontGeneration++);
  }
}

/** Forgets the boxes `chart` measured (its inherited styles or theme may have changed). */
export function forgetTextMeasures(chart: object): void {
  const w = (chart as { w?: object }).w;
  if (w) boxesByChart.delete(w);
}
