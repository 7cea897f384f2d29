import { defineElement } from '../shared/define-element.js';
import { FilterBar } from './filter-bar.js';

defineElement('filter-bar', FilterBar);

declare global {
  interface HTMLElementTagNameMap {
    'filter-bar': FilterBar;
  }
}
