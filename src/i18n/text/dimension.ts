import { defineText } from '../define-text.js';

/** Names of the contract's dimensions, as tab and legend titles. */
const en = {
  market: 'Market',
  segment: 'Segment',
  partnerLocation: 'Partner location',
  salesChannel: 'Sales channel',
  pricingModel: 'Azure pricing model',
  attributionType: 'Attribution type',
  product: 'Product',
  sku: 'SKU',
};
export type DimensionText = typeof en;

export const dimension = defineText('dimension', en, {
  nl: () => import('./nl/dimension.js'),
  de: () => import('./de/dimension.js'),
  fr: () => import('./fr/dimension.js'),
});
