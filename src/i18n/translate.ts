/**
 * Whole catalogues, for tests and tools that need every text at once. Elements do not import
 * this module: they pick only their groups with `this.localize.text({ … })`, so a page of KPI
 * tiles does not carry the map's or the charts' words.
 */
import { about } from './text/about.js';
import { activeVsTotal } from './text/active-vs-total.js';
import { addsChurn } from './text/adds-churn.js';
import { chart } from './text/chart.js';
import { common } from './text/common.js';
import { compare } from './text/compare.js';
import { dimension } from './text/dimension.js';
import { error } from './text/error.js';
import { exporting } from './text/export.js';
import { filterBar } from './text/filter-bar.js';
import { geo } from './text/geo.js';
import { kpi } from './text/kpi.js';
import { state } from './text/state.js';
import { sunburst } from './text/sunburst.js';
import { tabs } from './text/tabs.js';
import { trend } from './text/trend.js';
import { SHIPPED_LANGUAGES, type ShippedLanguage, type TextGroup } from './define-text.js';
import type { Messages } from './messages.js';

export type { Messages };
export { SHIPPED_LANGUAGES, type ShippedLanguage };

/** Every group, by its name (`satisfies`: a group missing from `Messages`, or the reverse, fails). */
export const GROUPS = {
  state,
  error,
  common,
  compare,
  about,
  dimension,
  chart,
  kpi,
  activeVsTotal,
  addsChurn,
  trend,
  tabs,
  sunburst,
  geo,
  filterBar,
  export: exporting,
} satisfies {
  [K in keyof Messages]: TextGroup<Messages[K]>;
};

/** The English catalogue (bundled). */
export const en = Object.fromEntries(Object.entries(GROUPS).map(([name, group]) => [name, group.en])) as unknown as Messages;

/** The whole catalogue of a shipped language: every group's module loaded. */
export async function catalogue(language: ShippedLanguage): Promise<Messages> {
  const entries = await Promise.all(
    Object.entries(GROUPS).map(async ([name, group]) => [name, (await group.load[language]()).default] as const),
  );
  return Object.fromEntries(entries) as unknown as Messages;
}
