import type { ExportText } from '../export.js';

const de: ExportText = {
  menu: 'Exportieren',
  csv: 'CSV herunterladen',
  png: 'PNG-Bild herunterladen',
  svg: 'SVG-Bild herunterladen',
  showTable: 'Als Tabelle anzeigen',
  downloaded: (file) => `${file} heruntergeladen`,
  failed: (reason) => `Export fehlgeschlagen: ${reason}`,
  notReady: 'Das Widget hat noch keine Daten zum Exportieren: Warten Sie, bis sie geladen sind.',
  range: 'Zeitraum',
  comparedWith: 'Verglichen mit',
  filters: 'Filter',
  noFilters: 'keine',
  exported: 'Exportiert',
  share: (of) => `${of} (Anteil)`,
};
export default de;
