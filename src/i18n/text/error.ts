import { defineText } from '../define-text.js';

/** What went wrong with the data (`i18n/describe-error.ts`); same words as the errors' `message`. */
export const error = defineText({
  en: {
    network: 'Could not reach the data endpoint. Check the connection and the endpoint URL, then retry.',
    /** `seconds` is already formatted. */
    notSignedIn: 'Not signed in to the data endpoint, or the sign-in has expired. Sign in again, then retry.',
    notAllowed: 'The endpoint does not allow this account to see these figures (403). Ask for access, then retry.',
    timeout: (seconds: string) => `The endpoint did not answer in ${seconds} s. Check that it is up, then retry.`,
    /** A widget needs a figure the endpoint's answer leaves out (an optional field of the contract). */
    missingField: (field: string) => `The endpoint's answer has no "${field}", which this widget needs. Ask the endpoint's owner to add it.`,
    http: (status: number, detail?: string) =>
      detail
        ? `The endpoint answered ${status}: ${detail}`
        : `The endpoint answered ${status}${status === 401 || status === 403 ? ': check the credentials given to the widget' : ''}.`,
    /** `issue` is technical (a path into the answer) and stays as the client wrote it. */
    invalid: (issue: string) => `The endpoint's answer does not match the data contract (${issue}).`,
    notJson: "The endpoint's answer does not match the data contract (the answer is not JSON).",
    unknown: 'Something went wrong while loading the data.',
    missingEndpoint: 'No data endpoint: set the endpoint attribute on this widget or on its filter-context.',
  },
  nl: {
    network:
      'Het gegevenseindpunt is niet bereikbaar. Controleer de verbinding en de URL van het eindpunt en probeer het opnieuw.',
    notSignedIn: 'Niet aangemeld bij het gegevenseindpunt, of de aanmelding is verlopen. Meld u opnieuw aan en probeer het opnieuw.',
    notAllowed: 'Het eindpunt staat dit account niet toe deze cijfers te zien (403). Vraag om toegang en probeer het opnieuw.',
    timeout: (seconds) => `Het eindpunt antwoordde niet binnen ${seconds} s. Controleer of het werkt en probeer het opnieuw.`,
    missingField: (field) => `Het antwoord van het eindpunt bevat geen "${field}", en deze widget heeft dat nodig. Vraag de beheerder van het eindpunt het toe te voegen.`,
    http: (status, detail) =>
      detail
        ? `Het eindpunt antwoordde met ${status}: ${detail}`
        : `Het eindpunt antwoordde met ${status}${status === 401 || status === 403 ? ': controleer de referenties die de widget heeft gekregen' : ''}.`,
    invalid: (issue) => `Het antwoord van het eindpunt komt niet overeen met het gegevenscontract (${issue}).`,
    notJson: 'Het antwoord van het eindpunt is geen JSON.',
    unknown: 'Er is iets misgegaan bij het laden van de gegevens.',
    missingEndpoint: 'Geen gegevenseindpunt: stel het endpoint-attribuut in op deze widget of op de filter-context eromheen.',
  },
});
