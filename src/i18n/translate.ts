/**
 * Whole catalogues, for tests and tools that need every text at once. Elements do not import
 * this module: they pick only their groups with `text(locale, { … })` (`define-text.ts`), so a
 * page of KPI tiles does not carry the map's or the charts' words.
 */
import { activeVsTotal } from './text/active-vs-total.js';
import { addsChurn } from './text/adds-churn.js';
import { chart } from './text/chart.js';
import { common } from './text/common.js';
import { dimension } from './text/dimension.js';
import { error } from './text/error.js';
import { filterBar } from './text/filter-bar.js';
import { geo } from './text/geo.js';
import { kpi } from './text/kpi.js';
import { state } from './text/state.js';
import { sunburst } from './text/sunburst.js';
import { tabs } from './text/tabs.js';
import { trend } from './text/trend.js';
import { text, uiLanguage, type UiLanguage } from './define-text.js';

export type { GeoMetricKey } from './words.js';
export { text, uiLanguage };

const ALL = { state, error, common, dimension, chart, kpi, activeVsTotal, addsChurn, trend, tabs, sunburst, geo, filterBar };

/** The shape of every catalogue. */
export type Messages = { [K in keyof typeof ALL]: (typeof ALL)[K]['en'] };

const catalogue = (language: UiLanguage) => text(language, ALL) as Messages;
export const en: Messages = catalogue('en');
export const nl: Messages = catalogue('nl');

/** The languages with a catalogue of their own. */
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'nl'];

/** The whole catalogue for `locale`: Dutch for `nl`, `nl-NL`, `nl-BE`…; English otherwise. */
export function t(locale: string | undefined): Messages {
  return uiLanguage(locale) === 'nl' ? nl : en;
}
