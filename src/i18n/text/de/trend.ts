import type { TrendText } from '../trend.js';
import { dePlural } from './words.js';

// German nouns keep their capital: the dimension's name is used as the tab shows it.
const de: TrendText = {
  title: 'Entwicklung der Kundenverteilung',
  tabs: 'Aufschlüsseln nach',
  members: 'Einträge',
  caption: (dimension) => `Kunden pro Monat nach ${dimension}`,
  summary: (dimension, range, stacks) => `Kunden nach ${dimension}, ${range}, ${stacks} ${dePlural(stacks, 'Stapel', 'Stapel')}.`,
  loading: (dimension) => `Kunden nach ${dimension} werden geladen`,
};
export default de;
