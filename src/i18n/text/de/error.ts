import type { ErrorText } from '../error.js';

const de: ErrorText = {
  network: 'Der Datenendpunkt ist nicht erreichbar. Prüfen Sie die Verbindung und die URL des Endpunkts und versuchen Sie es dann erneut.',
  notSignedIn:
    'Nicht beim Datenendpunkt angemeldet, oder die Anmeldung ist abgelaufen. Melden Sie sich erneut an und versuchen Sie es noch einmal.',
  notAllowed: 'Der Endpunkt erlaubt diesem Konto nicht, diese Zahlen zu sehen (403). Bitten Sie um Zugriff und versuchen Sie es erneut.',
  timeout: (seconds) =>
    `Der Endpunkt hat nicht innerhalb von ${seconds} s geantwortet. Prüfen Sie, ob er erreichbar ist, und versuchen Sie es erneut.`,
  missingField: (field) =>
    `Die Antwort des Endpunkts enthält kein „${field}“, das dieses Widget braucht. Bitten Sie den Betreiber des Endpunkts, es zu ergänzen.`,
  http: (status, detail) =>
    detail
      ? `Der Endpunkt antwortete mit ${status}: ${detail}`
      : `Der Endpunkt antwortete mit ${status}${status === 401 || status === 403 ? ': Prüfen Sie die Zugangsdaten, die das Widget erhalten hat' : ''}.`,
  invalid: (issue) => `Die Antwort des Endpunkts entspricht nicht dem Datenvertrag (${issue}).`,
  notJson: 'Die Antwort des Endpunkts ist kein JSON.',
  unknown: 'Beim Laden der Daten ist ein Fehler aufgetreten.',
  missingEndpoint: 'Kein Datenendpunkt: Setzen Sie das Attribut „endpoint“ an diesem Widget oder am umgebenden filter-context.',
};
export default de;
