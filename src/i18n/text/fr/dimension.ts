import type { DimensionText } from '../dimension.js';

const fr: DimensionText = {
  market: 'Marché',
  segment: 'Segment',
  partnerLocation: 'Site partenaire',
  salesChannel: 'Canal de vente',
  pricingModel: 'Modèle tarifaire Azure',
  attributionType: 'Type d’attribution',
  product: 'Produit',
  sku: 'SKU',
};
export default fr;
