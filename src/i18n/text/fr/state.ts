import type { StateText } from '../state.js';

const fr: StateText = {
  loading: 'Chargement…',
  empty: 'Aucun client sur cette période.',
  errorTitle: 'Impossible de charger les données.',
  retry: 'Réessayer',
};
export default fr;
