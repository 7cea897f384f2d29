import type { CompareText } from '../compare.js';

const fr: CompareText = {
  // "mois" is the same in the singular and the plural.
  versus: {
    'previous-period': (n) => `vs ${n} mois précédents`,
    'previous-year': () => 'vs un an plus tôt',
  },
  period: { 'previous-period': 'la période précédente', 'previous-year': 'les mêmes mois un an plus tôt' },
  noDataBefore: (period, month) => `aucune donnée pour ${period} avant ${month}`,
  noData: (period) => `aucune donnée pour ${period}`,
  unavailable: 'comparaison indisponible',
  previousOf: {
    'previous-period': (what) => `${what}, période précédente`,
    'previous-year': (what) => `${what}, un an plus tôt`,
  },
  comparedMonth: 'Mois comparé',
  change: 'Variation',
};
export default fr;
