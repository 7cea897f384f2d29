/**
 * Calendar-month arithmetic on `YYYY-MM` keys. Pure and tiny on purpose: the engine, the HTTP
 * layer and the test reference all count months the same way through it. Months become
 * integers (`year * 12 + month - 1`) so consecutive months differ by exactly 1.
 */

/** `2026-01` → 24312. Assumes a valid `YYYY-MM` key. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** 24312 → `2026-01`. */
export function monthKey(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
}

/** The month `n` months after `month` (negative `n` goes back). */
export function addMonths(month: string, n: number): string {
  return monthKey(monthIndex(month) + n);
}

/** Every month from `from` to `to`, inclusive; empty when `from` is after `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthKey(i));
  return out;
}

/** The month before the one `date` falls in (UTC): the last complete month. */
export function lastCompleteMonth(date: Date = new Date()): string {
  return monthKey(date.getUTCFullYear() * 12 + date.getUTCMonth() - 1);
}

/**
 * The months the server accepts, in a request and in a loaded file. Partner exports start
 * long after 2000; a year 0 or 9999 is a typo or a placeholder, and month arithmetic on it
 * once produced a 500 and "00-1-12". Widen it here if a real data set ever needs it.
 */
export const MONTH_WINDOW = { first: '2000-01', last: '2100-12' } as const;

/** Whether `month` (a valid `YYYY-MM` key) lies in {@link MONTH_WINDOW}. */
export function inMonthWindow(month: string): boolean {
  return month >= MONTH_WINDOW.first && month <= MONTH_WINDOW.last;
}
