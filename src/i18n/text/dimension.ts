import { defineText } from '../define-text.js';

/** Names of the contract's dimensions, as tab and legend titles. */
export const dimension = defineText({
  en: {
    market: 'Market',
    segment: 'Segment',
    partnerLocation: 'Partner location',
    salesChannel: 'Sales channel',
    pricingModel: 'Azure pricing model',
    attributionType: 'Attribution type',
    product: 'Product',
    sku: 'SKU',
  },
  nl: {
    market: 'Markt',
    segment: 'Segment',
    partnerLocation: 'Partnerlocatie',
    salesChannel: 'Verkoopkanaal',
    pricingModel: 'Azure-prijsmodel',
    attributionType: 'Toeschrijvingstype',
    product: 'Product',
    sku: 'SKU',
  },
});
