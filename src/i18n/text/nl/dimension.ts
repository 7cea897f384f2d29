import type { DimensionText } from '../dimension.js';

const nl: DimensionText = {
  market: 'Markt',
  segment: 'Segment',
  partnerLocation: 'Partnerlocatie',
  salesChannel: 'Verkoopkanaal',
  pricingModel: 'Azure-prijsmodel',
  attributionType: 'Toeschrijvingstype',
  product: 'Product',
  sku: 'SKU',
};
export default nl;
