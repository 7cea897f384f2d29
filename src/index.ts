/**
 * The kit's public API: every element (registered on import), the data client and contract
 * types for partners who build their own widgets, and the event types.
 */
export * from './bundle.js';
export { InsightsClient, sharedClient, type ClientOptions } from './data/client.js';
export { buildUrl, RANGE_PRESETS, type InsightsQuery, type RangePreset } from './data/query.js';
export { InsightsDataError, NetworkError, HttpError, InvalidResponseError } from './data/errors.js';
export * from './data/contract.js';
export type { FilterChangeDetail, SelectDetail, DownloadDetail, InsightsEventMap } from './events/events.js';
export { insightsContext, type InsightsContextValue } from './context/insights-context.js';
export { registerLanguage } from './i18n/register-language.js';
export { plural } from './i18n/plural.js';
export type { Messages, PartialMessages, DeepPartial } from './i18n/messages.js';
