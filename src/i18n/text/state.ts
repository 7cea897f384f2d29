import { defineText } from '../define-text.js';

/** Loading, empty and error states (`elements/shared/states.ts`). */
export const state = defineText({
  en: {
    loading: 'Loading…',
    empty: 'No customers in this range.',
    errorTitle: "Couldn't load the data.",
    retry: 'Retry',
  },
  nl: {
    loading: 'Laden…',
    empty: 'Geen klanten in deze periode.',
    errorTitle: 'Kon de gegevens niet laden.',
    retry: 'Opnieuw proberen',
  },
});
