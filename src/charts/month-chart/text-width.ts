/**
 * Widths of axis labels, measured on a canvas (no layout, no style read): what the month chart
 * needs to fit its margins to its labels. One canvas for the page; widths remembered per font
 * and text, forgotten when the page's web fonts finish loading (a fallback's widths differ).
 */
import { AXIS_FONT_PX } from '../../core/month-chart-layout.js';
import { onWebFontsLoaded } from '../web-fonts.js';

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
let listening = false;

/** A `(text) => px` for the axis font size in `family`; an estimate where no canvas exists. */
export function textWidth(family: string): (text: string) => number {
  if (!listening) {
    listening = true;
    onWebFontsLoaded(() => widths.clear());
  }
  const font = `${AXIS_FONT_PX}px ${family}`;
  return (text) => {
    const key = `${font}\n${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
      if (context) {
        context.font = font;
        width = context.measureText(text).width;
      } else width = text.length * AXIS_FONT_PX * 0.6;
      widths.set(key, width);
    }
    return width;
  };
}
