import { defineElement } from '../shared/define-element.js';
import { ActiveVsTotal } from './active-vs-total.js';

defineElement('active-vs-total', ActiveVsTotal);

declare global {
  interface HTMLElementTagNameMap {
    'active-vs-total': ActiveVsTotal;
  }
}
