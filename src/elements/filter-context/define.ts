import { defineElement } from '../shared/define-element.js';
import { FilterContext } from './filter-context.js';

defineElement('filter-context', FilterContext);

// The tags' React 19 JSX types (and, through them, the kit's typed events) for whoever imports this entry.
export type {} from '../../integrations/react.js';

declare global {
  interface HTMLElementTagNameMap {
    'filter-context': FilterContext;
  }
}
