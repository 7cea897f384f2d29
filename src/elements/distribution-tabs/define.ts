import { defineElement } from '../shared/define-element.js';
import { DistributionTabs } from './distribution-tabs.js';

defineElement('distribution-tabs', DistributionTabs);

declare global {
  interface HTMLElementTagNameMap {
    'distribution-tabs': DistributionTabs;
  }
}
