import { enCustomers } from '../words.js';
import { defineText } from '../define-text.js';

const en = {
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
};
export type SunburstText = typeof en;

export const sunburst = defineText('sunburst', en, {
  nl: () => import('./nl/sunburst.js'),
  de: () => import('./de/sunburst.js'),
  fr: () => import('./fr/sunburst.js'),
});
