import { defineElement } from '../shared/define-element.js';
import { KpiCard } from './kpi-card.js';

defineElement('kpi-card', KpiCard);

// The tags' React 19 JSX types (and, through them, the kit's typed events) for whoever imports this entry.
export type {} from '../../integrations/react.js';

declare global {
  interface HTMLElementTagNameMap {
    'kpi-card': KpiCard;
  }
}
