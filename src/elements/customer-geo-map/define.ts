import { defineElement } from '../shared/define-element.js';
import { CustomerGeoMap } from './customer-geo-map.js';

defineElement('customer-geo-map', CustomerGeoMap);

declare global {
  interface HTMLElementTagNameMap {
    'customer-geo-map': CustomerGeoMap;
  }
}
