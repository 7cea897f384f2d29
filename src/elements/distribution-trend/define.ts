import { defineElement } from '../shared/define-element.js';
import { DistributionTrend } from './distribution-trend.js';

defineElement('distribution-trend', DistributionTrend);

declare global {
  interface HTMLElementTagNameMap {
    'distribution-trend': DistributionTrend;
  }
}
