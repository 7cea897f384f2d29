/**
 * Cross-filtering: what a selection in one widget does to the dashboard's state. Pure.
 * A member (a country, a product, a segment…) becomes that dimension's only filter; a month
 * narrows the range to itself; selecting the same again, or clearing, gives the state back.
 */
import type { Dimension, Filters } from '../data/contract.js';

/** The state a selection changes. */
export interface CrossState {
  from: string;
  to: string;
  filters: Filters;
}

/** The selection in force and the state before it, to give back. */
export interface CrossApplied {
  dimension: Dimension | 'month';
  key: string;
  before: CrossState;
}

/**
 * The state after selecting `key` of `dimension` (`null`: clearing) given the selection in
 * force, and the selection after it (`undefined` when none remains).
 */
export function crossSelect(
  state: CrossState,
  current: CrossApplied | undefined,
  dimension: Dimension | 'month',
  key: string | null,
): { state: CrossState; selection: CrossApplied | undefined } {
  // The state without any selection: what the selection in force replaced.
  const base = current ? current.before : state;
  if (key === null || (current && current.dimension === dimension && current.key === key)) {
    return { state: base, selection: undefined };
  }
  const next: CrossState =
    dimension === 'month' ? { ...base, from: key, to: key } : { ...base, filters: { ...base.filters, [dimension]: [key] } };
  return { state: next, selection: { dimension, key, before: base } };
}
