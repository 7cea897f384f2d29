import { defineElement } from '../shared/define-element.js';
import { FilterContext } from './filter-context.js';

defineElement('filter-context', FilterContext);

declare global {
  interface HTMLElementTagNameMap {
    'filter-context': FilterContext;
  }
}
