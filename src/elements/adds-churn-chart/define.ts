import { defineElement } from '../shared/define-element.js';
import { AddsChurnChart } from './adds-churn-chart.js';

defineElement('adds-churn-chart', AddsChurnChart);

// The tags' React 19 JSX types (and, through them, the kit's typed events) for whoever imports this entry.
export type {} from '../../integrations/react.js';

declare global {
  interface HTMLElementTagNameMap {
    'adds-churn-chart': AddsChurnChart;
  }
}
