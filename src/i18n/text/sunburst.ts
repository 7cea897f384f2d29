import { enCustomers, nlCustomers } from '../words.js';
import { defineText } from '../define-text.js';

export const sunburst = defineText({
  en: {
    title: 'Customers by product',
    products: 'Products',
    skusOf: (product: string) => `SKUs of ${product}`,
    allProducts: 'All products',
    noSkus: 'No SKUs reported for this product.',
    /** A SKU's arc: "Office 365 E3: 50 customers, 62.5% of Microsoft 365". */
    skuLabel: (label: string, n: number, shown: string, pct: string, product: string) =>
      `${label}: ${enCustomers(n, shown)}, ${pct} of ${product}`,
    footnote: (centre: string, ring?: string) =>
      `A customer with several products counts under each product (and with several SKUs, under each SKU), so the ring can add up to more than the ${centre} customers in the centre${ring ? ` (it adds up to ${ring})` : ''}.`,
  },
  nl: {
    title: 'Klanten per product',
    products: 'Producten',
    skusOf: (product) => `SKU's van ${product}`,
    allProducts: 'Alle producten',
    noSkus: "Geen SKU's gemeld voor dit product.",
    skuLabel: (label, n, shown, pct, product) => `${label}: ${nlCustomers(n, shown)}, ${pct} van ${product}`,
    footnote: (centre, ring) =>
      `Een klant met meerdere producten telt mee bij elk product (en met meerdere SKU's bij elke SKU), dus de ring kan op meer uitkomen dan de ${centre} klanten in het midden${ring ? ` (samen ${ring})` : ''}.`,
  },
});
