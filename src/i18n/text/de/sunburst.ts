import type { SunburstText } from '../sunburst.js';
import { deCustomers } from './words.js';

const de: SunburstText = {
  title: 'Kunden nach Produkt',
  products: 'Produkte',
  skusOf: (product) => `SKUs von ${product}`,
  allProducts: 'Alle Produkte',
  noSkus: 'Für dieses Produkt wurden keine SKUs gemeldet.',
  skuLabel: (label, n, shown, pct, product) => `${label}: ${deCustomers(n, shown)}, ${pct} von ${product}`,
  footnote: (centre, ring) =>
    `Ein Kunde mit mehreren Produkten zählt bei jedem Produkt (und mit mehreren SKUs bei jeder SKU), daher kann der Ring mehr als die ${centre} Kunden in der Mitte ergeben${ring ? ` (zusammen ${ring})` : ''}.`,
};
export default de;
