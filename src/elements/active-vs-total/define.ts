import { defineElement } from '../shared/define-element.js';
import { ActiveVsTotal } from './active-vs-total.js';

defineElement('active-vs-total', ActiveVsTotal);

// The tags' React 19 JSX types (and, through them, the kit's typed events) for whoever imports this entry.
export type {} from '../../integrations/react.js';

declare global {
  interface HTMLElementTagNameMap {
    'active-vs-total': ActiveVsTotal;
  }
}
