/**
 * The kit's one rule for bad attribute values (after Spectrum's `VALID_VARIANTS`): a value
 * outside the allowed list falls back to the default, and the console says so once per element,
 * attribute and value, naming what is allowed. Never an error state, never a throw.
 */
import { clampInt, toNumber } from '../../core/clamp.js';

const warned = new WeakMap<Element, Set<string>>();

function warnOnce(host: Element, attribute: string, value: unknown, allowed: string, outcome = 'Using the default.'): void {
  const key = `${attribute}=${String(value)}`;
  let seen = warned.get(host);
  if (!seen) warned.set(host, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`<${host.localName}> ${attribute}="${String(value)}" is not valid: use ${allowed}. ${outcome}`);
}

/**
 * `value` if it is one of `allowed`, else `fallback` (and a warning once).
 *
 * @example
 * get activeMetric(): KpiMetric { return validOption(this, 'metric', this.metric, KPI_METRICS, 'customers'); }
 */
export function validOption<T extends string>(host: Element, attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  warnOnce(host, attribute, value, allowed.join(', '));
  return fallback;
}

/**
 * `value` as an integer clamped into `[min, max]` (a fraction floored; out of range is clamped
 * silently, as `<input type=range>` does); not a number gives `fallback` and a warning once.
 */
export function validInteger(host: Element, attribute: string, value: unknown, min: number, max: number, fallback: number): number {
  if (toNumber(value) === undefined) {
    warnOnce(host, attribute, value, max === Number.MAX_SAFE_INTEGER ? `a number from ${min}` : `a number from ${min} to ${max}`);
  }
  return clampInt(value, min, max, fallback);
}

/**
 * The values of a list attribute that are in `allowed`; every other one is dropped, with a
 * warning once naming it (a filter value the data does not hold, say `market="XX"`).
 *
 * @example
 * const markets = validMembers(context, 'market', context.market, new Set(keys), "a member of the endpoint's /dimensions");
 */
export function validMembers(
  host: Element,
  attribute: string,
  values: readonly string[],
  allowed: ReadonlySet<string>,
  described: string,
): string[] {
  return values.filter((value) => {
    if (allowed.has(value)) return true;
    warnOnce(host, attribute, value, described, 'Dropped.');
    return false;
  });
}
