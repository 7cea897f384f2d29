import type { SunburstText } from '../sunburst.js';
import { nlCustomers } from './words.js';

const nl: SunburstText = {
  title: 'Klanten per product',
  products: 'Producten',
  skusOf: (product) => `SKU's van ${product}`,
  allProducts: 'Alle producten',
  noSkus: "Geen SKU's gemeld voor dit product.",
  skuLabel: (label, n, shown, pct, product) => `${label}: ${nlCustomers(n, shown)}, ${pct} van ${product}`,
  footnote: (centre, ring) =>
    `Een klant met meerdere producten telt mee bij elk product (en met meerdere SKU's bij elke SKU), dus de ring kan op meer uitkomen dan de ${centre} klanten in het midden${ring ? ` (samen ${ring})` : ''}.`,
};
export default nl;
