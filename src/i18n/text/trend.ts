import { enPlural, nlPlural } from '../words.js';
import { defineText } from '../define-text.js';

export const trend = defineText({
  en: {
    title: 'Customer distribution trend',
    tabs: 'Break down by',
    members: 'Members',
    caption: (dimension: string) => `Customers per month by ${dimension.toLowerCase()}`,
    summary: (dimension: string, range: string, stacks: number) =>
      `Customers per ${dimension.toLowerCase()}, ${range}, ${stacks} ${enPlural(stacks, 'stack', 'stacks')}.`,
    loading: (dimension: string) => `Loading customers per ${dimension.toLowerCase()}`,
  },
  nl: {
    title: 'Trend klantendistributie',
    tabs: 'Uitsplitsen naar',
    members: 'Leden',
    caption: (dimension) => `Klanten per maand per ${dimension.toLowerCase()}`,
    summary: (dimension, range, stacks) =>
      `Klanten per ${dimension.toLowerCase()}, ${range}, ${stacks} ${nlPlural(stacks, 'stapel', 'stapels')}.`,
    loading: (dimension) => `Klanten per ${dimension.toLowerCase()} laden`,
  },
});
