import { defineElement } from '../shared/define-element.js';
import { ProductSunburst } from './product-sunburst.js';

defineElement('product-sunburst', ProductSunburst);

// The tags' React 19 JSX types (and, through them, the kit's typed events) for whoever imports this entry.
export type {} from '../../integrations/react.js';

declare global {
  interface HTMLElementTagNameMap {
    'product-sunburst': ProductSunburst;
  }
}
