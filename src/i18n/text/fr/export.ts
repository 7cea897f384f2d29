import type { ExportText } from '../export.js';

const fr: ExportText = {
  menu: 'Exporter',
  csv: 'Télécharger le CSV',
  png: 'Télécharger l’image PNG',
  svg: 'Télécharger l’image SVG',
  showTable: 'Afficher sous forme de tableau',
  downloaded: (file) => `${file} téléchargé`,
  failed: (reason) => `Échec de l’export : ${reason}`,
  notReady: 'Le widget n’a pas encore de données à exporter : attendez qu’elles soient chargées.',
  range: 'Période',
  comparedWith: 'Comparé à',
  filters: 'Filtres',
  noFilters: 'aucun',
  exported: 'Exporté',
  share: (of) => `${of} (part)`,
};
export default fr;
