import type { DimensionText } from '../dimension.js';

const de: DimensionText = {
  market: 'Markt',
  segment: 'Segment',
  partnerLocation: 'Partnerstandort',
  salesChannel: 'Vertriebskanal',
  pricingModel: 'Azure-Preismodell',
  attributionType: 'Zuordnungsart',
  product: 'Produkt',
  sku: 'SKU',
};
export default de;
