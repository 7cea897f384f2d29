import type { SunburstText } from '../sunburst.js';
import { COLON, deFr, frCustomers } from './words.js';

const fr: SunburstText = {
  title: 'Clients par produit',
  products: 'Produits',
  skusOf: (product) => `SKU ${deFr(product)}`,
  allProducts: 'Tous les produits',
  noSkus: 'Aucune SKU signalée pour ce produit.',
  skuLabel: (label, n, shown, pct, product) => `${label}${COLON} ${frCustomers(n, shown)}, ${pct} ${deFr(product)}`,
  footnote: (centre, ring) =>
    `Un client qui a plusieurs produits compte pour chacun d’eux (et, s’il a plusieurs SKU, pour chaque SKU)${COLON} l’anneau peut donc totaliser plus que les ${centre} clients du centre${ring ? ` (il en totalise ${ring})` : ''}.`,
};
export default fr;
