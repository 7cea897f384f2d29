/**
 * Roving focus: which item a key press moves to, for lists of focusable things with a single
 * tab stop (tabs, chart arcs, slices). Pure: the element moves `tabindex` and focus itself.
 */

/** Keys `nextIndex` understands. */
export type RovingOrientation = 'horizontal' | 'vertical' | 'both';

/**
 * The index `key` moves to from `current` among `count` items, wrapping at both ends, or
 * `null` when the key is not a navigation key (let the browser have it). Home/End jump to the
 * first/last item.
 */
export function nextIndex(key: string, current: number, count: number, orientation: RovingOrientation = 'both'): number | null {
  if (count <= 0) return null;
  const from = Math.min(Math.max(current, 0), count - 1);
  const forward = orientation === 'vertical' ? ['ArrowDown'] : orientation === 'horizontal' ? ['ArrowRight'] : ['ArrowRight', 'ArrowDown'];
  const back = orientation === 'vertical' ? ['ArrowUp'] : orientation === 'horizontal' ? ['ArrowLeft'] : ['ArrowLeft', 'ArrowUp'];
  if (forward.includes(key)) return (from + 1) % count;
  if (back.includes(key)) return (from - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
