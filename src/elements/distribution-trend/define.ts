import { defineElement } from '../shared/define-element.js';
import { DistributionTrend } from './distribution-trend.js';

defineElement('distribution-trend', DistributionTrend);

// The tags' React 19 JSX types (and, through them, the kit's typed events) for whoever imports this entry.
export type {} from '../../integrations/react.js';

declare global {
  interface HTMLElementTagNameMap {
    'distribution-trend': DistributionTrend;
  }
}
