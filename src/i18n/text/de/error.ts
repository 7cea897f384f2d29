import type { ErrorText } from '../error.js';

const de: ErrorText = {
  network:
    'Der Datenendpunkt ist nicht erreichbar. Prüfen Sie die Verbindung und die URL des Endpunkts und versuchen Sie es dann erneut.',
  http: (status, detail) =>
    detail
      ? `Der Endpunkt antwortete mit ${status}: ${detail}`
      : `Der Endpunkt antwortete mit ${status}${status === 401 || status === 403 ? ': Prüfen Sie die Zugangsdaten, die das Widget erhalten hat' : ''}.`,
  invalid: (issue) => `Die Antwort des Endpunkts entspricht nicht dem Datenvertrag (${issue}).`,
  notJson: 'Die Antwort des Endpunkts ist kein JSON.',
  unknown: 'Beim Laden der Daten ist ein Fehler aufgetreten.',
  missingEndpoint:
    'Kein Datenendpunkt: Setzen Sie das Attribut „endpoint“ an diesem Widget oder am umgebenden filter-context.',
};
export default de;
