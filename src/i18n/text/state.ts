import { defineText } from '../define-text.js';

/** Loading, empty and error states (`elements/shared/states.ts`). */
const en = {
  loading: 'Loading…',
  empty: 'No customers in this range.',
  errorTitle: "Couldn't load the data.",
  retry: 'Retry',
};
export type StateText = typeof en;

export const state = defineText('state', en, {
  nl: () => import('./nl/state.js'),
  de: () => import('./de/state.js'),
  fr: () => import('./fr/state.js'),
});
