import type { StateText } from '../state.js';

const nl: StateText = {
  loading: 'Laden…',
  empty: 'Geen klanten in deze periode.',
  errorTitle: 'Kon de gegevens niet laden.',
  retry: 'Opnieuw proberen',
};
export default nl;
