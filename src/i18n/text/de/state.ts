import type { StateText } from '../state.js';

const de: StateText = {
  loading: 'Wird geladen…',
  empty: 'Keine Kunden in diesem Zeitraum.',
  errorTitle: 'Die Daten konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
};
export default de;
