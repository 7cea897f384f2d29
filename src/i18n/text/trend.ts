import { enPlural } from '../words.js';
import { defineText } from '../define-text.js';

const en = {
  title: 'Customer distribution trend',
  tabs: 'Break down by',
  members: 'Members',
  /** `dimension` is the dimension's name as its tab shows it ("Market"). */
  caption: (dimension: string) => `Customers per month by ${dimension.toLowerCase()}`,
  summary: (dimension: string, range: string, stacks: number) =>
    `Customers per ${dimension.toLowerCase()}, ${range}, ${stacks} ${enPlural(stacks, 'stack', 'stacks')}.`,
  loading: (dimension: string) => `Loading customers per ${dimension.toLowerCase()}`,
};
export type TrendText = typeof en;

export const trend = defineText('trend', en, {
  nl: () => import('./nl/trend.js'),
  de: () => import('./de/trend.js'),
  fr: () => import('./fr/trend.js'),
});
