/**
 * The words of a comparison, written once for every widget: what a figure is compared with
 * ("vs previous 12 months"), and why there is no comparison figure when there is none ("no data
 * for the previous period before Mar 2025", never a 0).
 */
import type { ComparisonState } from '../../controllers/comparison-controller.js';
import type { CompareMode, Coverage, DataBounds } from '../../core/compare-range.js';
import type { Formatter } from '../../core/format.js';
import type { CompareText } from '../../i18n/text/compare.js';

/** What a widget knows of its comparison (a `ComparisonController`'s view). */
export interface ComparisonView {
  readonly mode: CompareMode | undefined;
  readonly state: ComparisonState;
  readonly coverage: Coverage | undefined;
  readonly range: { from: string; to: string } | undefined;
  readonly dataBounds: DataBounds | undefined;
}

/** "vs previous 12 months" (`months`: the length of the current range), "vs a year earlier". */
export function versusText(mode: CompareMode, months: number, m: CompareText): string {
  return m.versus[mode](months);
}

/**
 * Why the comparison has no figure: it failed, or the endpoint's data starts after (part of) its
 * range, or with its first month (a flow's first month has no month before it to count against).
 */
export function missingText(view: ComparisonView, m: CompareText, format: Formatter): string {
  if (view.state === 'error' || !view.mode) return m.unavailable;
  const period = m.period[view.mode];
  const coverage = view.coverage;
  const first = coverage && coverage.kind !== 'full' ? coverage.firstMonth : view.dataBounds?.min;
  return first ? m.noDataBefore(period, format.month(first, 'short')) : m.noData(period);
}

/** `up`, `down` or `flat` for a change ratio; the arrow that shows it without colour. */
export function changeDirection(change: number): { direction: 'up' | 'down' | 'flat'; arrow: string } {
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  return { direction, arrow: direction === 'up' ? '▲' : direction === 'down' ? '▼' : '▶' };
}
