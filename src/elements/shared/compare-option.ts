/**
 * The `compare` attribute's one reading, shared by `filter-context` and every widget: a
 * comparison mode, `none` (a widget's way to switch off its context's), or unset; anything else
 * counts as unset and warns once (`validOption`).
 */
import { COMPARE_MODES, type CompareMode } from '../../core/compare-range.js';
import { validOption } from './valid-attribute.js';

const ALLOWED = [...COMPARE_MODES, 'none'] as const;

/** `value` as a comparison mode, `'none'`, or `undefined` when unset or not valid. */
export function compareOption(host: Element, value: string | null | undefined): CompareMode | 'none' | undefined {
  if (!value) return undefined;
  const valid = validOption<string>(host, 'compare', value, ALLOWED, '');
  return (valid || undefined) as CompareMode | 'none' | undefined;
}
