import { defineText } from '../define-text.js';

/** What went wrong with the data (`i18n/describe-error.ts`); same words as the errors' `message`. */
const en = {
  network: 'Could not reach the data endpoint. Check the connection and the endpoint URL, then retry.',
  notSignedIn: 'Not signed in to the data endpoint, or the sign-in has expired. Sign in again, then retry.',
  notAllowed: 'The endpoint does not allow this account to see these figures (403). Ask for access, then retry.',
  /** `seconds` is already formatted. */
  timeout: (seconds: string) => `The endpoint did not answer in ${seconds} s. Check that it is up, then retry.`,
  /** A widget needs a figure the endpoint's answer leaves out (an optional field of the contract). */
  missingField: (field: string) => `The endpoint's answer has no "${field}", which this widget needs. Ask the endpoint's owner to add it.`,
  /** `detail` is the problem document's, shown as the endpoint wrote it. */
  http: (status: number, detail?: string) =>
    detail
      ? `The endpoint answered ${status}: ${detail}`
      : `The endpoint answered ${status}${status === 401 || status === 403 ? ': check the credentials given to the widget' : ''}.`,
  /** `issue` is technical (a path into the answer) and stays as the client wrote it. */
  invalid: (issue: string) => `The endpoint's answer does not match the data contract (${issue}).`,
  notJson: "The endpoint's answer does not match the data contract (the answer is not JSON).",
  unknown: 'Something went wrong while loading the data.',
  missingEndpoint: 'No data endpoint: set the endpoint attribute on this widget or on its filter-context.',
};
export type ErrorText = typeof en;

export const error = defineText('error', en, {
  nl: () => import('./nl/error.js'),
  de: () => import('./de/error.js'),
  fr: () => import('./fr/error.js'),
});
