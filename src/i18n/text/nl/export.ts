import type { ExportText } from '../export.js';

const nl: ExportText = {
  menu: 'Exporteren',
  csv: 'CSV downloaden',
  png: 'PNG-afbeelding downloaden',
  svg: 'SVG-afbeelding downloaden',
  showTable: 'Als tabel tonen',
  downloaded: (file) => `${file} gedownload`,
  failed: (reason) => `Exporteren mislukt: ${reason}`,
  notReady: 'De widget heeft nog geen gegevens om te exporteren: wacht tot ze geladen zijn.',
  range: 'Periode',
  comparedWith: 'Vergeleken met',
  filters: 'Filters',
  noFilters: 'geen',
  exported: 'Geëxporteerd',
  share: (of) => `${of} (aandeel)`,
};
export default nl;
