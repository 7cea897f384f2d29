import { defineElement } from '../shared/define-element.js';
import { KpiCard } from './kpi-card.js';

defineElement('kpi-card', KpiCard);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-card': KpiCard;
  }
}
