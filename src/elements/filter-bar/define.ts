import { defineElement } from '../shared/define-element.js';
import { FilterBar } from './filter-bar.js';

defineElement('filter-bar', FilterBar);

// The tags' React 19 JSX types (and, through them, the kit's typed events) for whoever imports this entry.
export type {} from '../../integrations/react.js';

declare global {
  interface HTMLElementTagNameMap {
    'filter-bar': FilterBar;
  }
}
