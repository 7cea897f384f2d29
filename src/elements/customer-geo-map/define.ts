import { defineElement } from '../shared/define-element.js';
import { CustomerGeoMap } from './customer-geo-map.js';

defineElement('customer-geo-map', CustomerGeoMap);

// The tags' React 19 JSX types (and, through them, the kit's typed events) for whoever imports this entry.
export type {} from '../../integrations/react.js';

declare global {
  interface HTMLElementTagNameMap {
    'customer-geo-map': CustomerGeoMap;
  }
}
