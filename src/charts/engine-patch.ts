/**
 * The one way the kit patches ApexCharts' internals (`text-measure-cache.ts`, `text-rebuild.ts`,
 * `rotated-labels.ts`): a method of a class the engine does not export, reached through a chart
 * instance and wrapped once for every chart of the kit's copy of the engine (never a copy the
 * page has). Safe only because ApexCharts is pinned at exactly 4.7.0, its last MIT release;
 * `test/charts/apex-patches.test.ts` fails if a wrapped method is gone or answers otherwise.
 */

const wrapped = new WeakMap<object, Set<string>>();

/** ApexCharts' internal `Graphics` class of `chart`: the prototype of its `graphics` module. */
export function graphicsOf(chart: object): object | undefined {
  const graphics = (chart as { graphics?: object }).graphics;
  return graphics && (Object.getPrototypeOf(graphics) as object);
}

/**
 * Replaces `prototype[name]` by `wrap(original)`, once per prototype and name. Without such a
 * method (another engine version) nothing changes: the engine works as it does unpatched.
 */
export function wrapMethod<F extends (...args: never[]) => unknown>(prototype: object | undefined, name: string, wrap: (original: F) => F): void {
  if (!prototype) return;
  const methods = wrapped.get(prototype) ?? new Set<string>();
  const original = (prototype as Record<string, unknown>)[name];
  if (methods.has(name) || typeof original !== 'function') return;
  methods.add(name);
  wrapped.set(prototype, methods);
  (prototype as Record<string, unknown>)[name] = wrap(original as F);
}
