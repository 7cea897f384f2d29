import type { CompareText } from '../compare.js';
import { dePlural } from './words.js';

const de: CompareText = {
  versus: {
    'previous-period': (n) => `ggü. den ${n} ${dePlural(n, 'Monat', 'Monaten')} davor`,
    'previous-year': () => 'ggü. Vorjahr',
  },
  period: { 'previous-period': 'den Vorzeitraum', 'previous-year': 'dieselben Monate im Vorjahr' },
  noDataBefore: (period, month) => `keine Daten für ${period} vor ${month}`,
  noData: (period) => `keine Daten für ${period}`,
  unavailable: 'Vergleich nicht verfügbar',
  previousOf: {
    'previous-period': (what) => `${what}, Vorzeitraum`,
    'previous-year': (what) => `${what}, Vorjahr`,
  },
  comparedMonth: 'Vergleichsmonat',
  change: 'Veränderung',
};
export default de;
