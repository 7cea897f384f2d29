/**
 * ApexCharts 4.7 writes tooltip titles, tooltip values, series names and legend text with
 * `innerHTML`. Every string from data that can land there goes through `escapeHtml` in the
 * adapter's formatters. Axis and data labels are SVG text (set as text, not markup), so they
 * must NOT be escaped: `R&D <EMEA>` would read `R&amp;D &lt;EMEA&gt;`.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** `<img src=x>` → `&lt;img src=x&gt;`: markup shown as text when assigned to innerHTML. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => ENTITIES[c]);
}
