import { defineElement } from '../shared/define-element.js';
import { ProductSunburst } from './product-sunburst.js';

defineElement('product-sunburst', ProductSunburst);

declare global {
  interface HTMLElementTagNameMap {
    'product-sunburst': ProductSunburst;
  }
}
