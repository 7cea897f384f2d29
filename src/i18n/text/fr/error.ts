import type { ErrorText } from '../error.js';
import { COLON } from './words.js';

const fr: ErrorText = {
  network: 'Le point de terminaison des données est injoignable. Vérifiez la connexion et l’URL du point de terminaison, puis réessayez.',
  notSignedIn: 'Non connecté au point de terminaison des données, ou la connexion a expiré. Reconnectez-vous, puis réessayez.',
  notAllowed: 'Le point de terminaison n’autorise pas ce compte à voir ces chiffres (403). Demandez l’accès, puis réessayez.',
  timeout: (seconds) => `Le point de terminaison n’a pas répondu en ${seconds} s. Vérifiez qu’il est disponible, puis réessayez.`,
  missingField: (field) =>
    `La réponse du point de terminaison ne contient pas « ${field} », dont ce widget a besoin. Demandez au responsable du point de terminaison de l’ajouter.`,
  http: (status, detail) =>
    detail
      ? `Le point de terminaison a répondu ${status}${COLON} ${detail}`
      : `Le point de terminaison a répondu ${status}${status === 401 || status === 403 ? `${COLON} vérifiez les identifiants fournis au widget` : ''}.`,
  invalid: (issue) => `La réponse du point de terminaison ne respecte pas le contrat de données (${issue}).`,
  notJson: 'La réponse du point de terminaison n’est pas du JSON.',
  unknown: 'Une erreur s’est produite lors du chargement des données.',
  missingEndpoint: `Aucun point de terminaison${COLON} définissez l’attribut endpoint sur ce widget ou sur son filter-context.`,
};
export default fr;
