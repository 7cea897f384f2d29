import { defineElement } from '../shared/define-element.js';
import { DistributionTabs } from './distribution-tabs.js';

defineElement('distribution-tabs', DistributionTabs);

// The tags' React 19 JSX types (and, through them, the kit's typed events) for whoever imports this entry.
export type {} from '../../integrations/react.js';

declare global {
  interface HTMLElementTagNameMap {
    'distribution-tabs': DistributionTabs;
  }
}
