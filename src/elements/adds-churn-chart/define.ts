import { defineElement } from '../shared/define-element.js';
import { AddsChurnChart } from './adds-churn-chart.js';

defineElement('adds-churn-chart', AddsChurnChart);

declare global {
  interface HTMLElementTagNameMap {
    'adds-churn-chart': AddsChurnChart;
  }
}
