/**
 * Lays a partner's partial messages over a group's words: each key given replaces the same key,
 * nested groups merge key by key, everything else stays. A key the group lacks, or a value of the
 * wrong kind (text where a function is expected, or the reverse), is left out with one console
 * warning that names it, so a typo never blanks a widget. DOM-free, Lit-free.
 */
const warned = new Set<string>();

function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`insights-widgets: ${message} The README lists every message key.`);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `base` with `patch` laid over it; `base` itself when `patch` changes nothing. */
export function mergeWords<T>(base: T, patch: unknown, path: string): T {
  if (patch === undefined || patch === null) return base;
  if (!isRecord(patch) || !isRecord(base)) {
    warnOnce(`the messages "${path}" must be an object of messages; they were left out.`);
    return base;
  }
  const out: Record<string, unknown> = { ...base };
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const where = `${path}.${key}`;
    if (!Object.hasOwn(base, key)) {
      warnOnce(`there is no message "${where}"; it was left out.`);
      continue;
    }
    const own = base[key];
    if (isRecord(own)) {
      out[key] = mergeWords(own, value, where);
    } else if (typeof value === typeof own) {
      out[key] = value;
    } else {
      warnOnce(`the message "${where}" must be a ${typeof own === 'function' ? 'function returning text' : 'text'}; it was left out.`);
      continue;
    }
    changed ||= out[key] !== own;
  }
  return changed ? (out as T) : base;
}
