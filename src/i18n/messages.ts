/**
 * The shape of a whole catalogue, as types only (no words are bundled by importing this): what
 * `registerLanguage()` and `filter-context.messages` accept. A group added to `text/` must be
 * added here too (`translate.ts` does not compile otherwise).
 */
import type { Words } from './define-text.js';
import type { about } from './text/about.js';
import type { activeVsTotal } from './text/active-vs-total.js';
import type { addsChurn } from './text/adds-churn.js';
import type { chart } from './text/chart.js';
import type { common } from './text/common.js';
import type { compare } from './text/compare.js';
import type { dimension } from './text/dimension.js';
import type { error } from './text/error.js';
import type { exporting } from './text/export.js';
import type { filterBar } from './text/filter-bar.js';
import type { geo } from './text/geo.js';
import type { kpi } from './text/kpi.js';
import type { state } from './text/state.js';
import type { sunburst } from './text/sunburst.js';
import type { tabs } from './text/tabs.js';
import type { trend } from './text/trend.js';

/** Every message of the kit, by group. */
export interface Messages {
  state: Words<typeof state>;
  error: Words<typeof error>;
  common: Words<typeof common>;
  compare: Words<typeof compare>;
  about: Words<typeof about>;
  dimension: Words<typeof dimension>;
  chart: Words<typeof chart>;
  kpi: Words<typeof kpi>;
  activeVsTotal: Words<typeof activeVsTotal>;
  addsChurn: Words<typeof addsChurn>;
  trend: Words<typeof trend>;
  tabs: Words<typeof tabs>;
  sunburst: Words<typeof sunburst>;
  geo: Words<typeof geo>;
  filterBar: Words<typeof filterBar>;
  export: Words<typeof exporting>;
}

/** Any part of `T`, at any depth; a message function stays whole. */
export type DeepPartial<T> = T extends (...args: never[]) => unknown ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/**
 * Some messages of some groups, e.g. `{ kpi: { title: { customers: 'Accounts' } } }`: what a
 * partner gives `filter-context.messages` or `registerLanguage()`. Each missing key keeps the
 * language's own words (English for a registered language).
 */
export type PartialMessages = DeepPartial<Messages>;
