/**
 * How `filter-bar` reaches the `filter-context` it writes to. Reading goes through
 * `@lit/context` like every widget; writing needs the provider element itself, which the
 * context protocol does not hand out. So the bar walks the same path a context request
 * travels — the composed event path: a slotted node's slot, else its parent, else (from a
 * shadow root) its host — and takes the first `filter-context` on it. That is exactly the
 * provider the bar's context came from, however many shadow roots and slots lie between.
 */
import type { FilterContext } from '../filter-context/filter-context.js';

/** The next node up the composed path of an event dispatched at `node`. */
function composedParent(node: Node): Node | null {
  if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
  if (node.parentNode) return node.parentNode;
  return node instanceof ShadowRoot ? node.host : null;
}

/** The `filter-context` providing `element`'s context, or `undefined` outside one. */
export function findFilterContext(element: Element): FilterContext | undefined {
  for (let node = composedParent(element); node; node = composedParent(node)) {
    if (node instanceof Element && node.localName === 'filter-context') return node as FilterContext;
  }
  return undefined;
}
