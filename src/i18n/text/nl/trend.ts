import type { TrendText } from '../trend.js';
import { nlPlural } from './words.js';

const nl: TrendText = {
  title: 'Trend klantendistributie',
  tabs: 'Uitsplitsen naar',
  members: 'Leden',
  caption: (dimension) => `Klanten per maand per ${dimension.toLowerCase()}`,
  summary: (dimension, range, stacks) =>
    `Klanten per ${dimension.toLowerCase()}, ${range}, ${stacks} ${nlPlural(stacks, 'stapel', 'stapels')}.`,
  loading: (dimension) => `Klanten per ${dimension.toLowerCase()} laden`,
};
export default nl;
