import type { ErrorText } from '../error.js';

const nl: ErrorText = {
  network: 'Het gegevenseindpunt is niet bereikbaar. Controleer de verbinding en de URL van het eindpunt en probeer het opnieuw.',
  notSignedIn: 'Niet aangemeld bij het gegevenseindpunt, of de aanmelding is verlopen. Meld u opnieuw aan en probeer het opnieuw.',
  notAllowed: 'Het eindpunt staat dit account niet toe deze cijfers te zien (403). Vraag om toegang en probeer het opnieuw.',
  timeout: (seconds) => `Het eindpunt antwoordde niet binnen ${seconds} s. Controleer of het werkt en probeer het opnieuw.`,
  missingField: (field) =>
    `Het antwoord van het eindpunt bevat geen "${field}", en deze widget heeft dat nodig. Vraag de beheerder van het eindpunt het toe te voegen.`,
  http: (status, detail) =>
    detail
      ? `Het eindpunt antwoordde met ${status}: ${detail}`
      : `Het eindpunt antwoordde met ${status}${status === 401 || status === 403 ? ': controleer de referenties die de widget heeft gekregen' : ''}.`,
  invalid: (issue) => `Het antwoord van het eindpunt komt niet overeen met het gegevenscontract (${issue}).`,
  notJson: 'Het antwoord van het eindpunt is geen JSON.',
  unknown: 'Er is iets misgegaan bij het laden van de gegevens.',
  missingEndpoint: 'Geen gegevenseindpunt: stel het endpoint-attribuut in op deze widget of op de filter-context eromheen.',
};
export default nl;
