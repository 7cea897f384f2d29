import { defineText } from '../define-text.js';

export const addsChurn = defineText({
  en: {
    title: 'Customer adds and churns',
    new: 'New',
    existing: 'Existing',
    churned: 'Churned',
    summary: (range: string, added: string, churned: string) =>
      `Customer adds and churns, ${range}: ${added} new, ${churned} churned.`,
    caption: 'Customers per month: new, existing and churned',
    loading: 'Loading customer adds and churns',
  },
  nl: {
    title: 'Klanttoevoegingen en -verloop',
    new: 'Nieuw',
    existing: 'Bestaand',
    churned: 'Verloren',
    summary: (range, added, churned) => `Klanttoevoegingen en -verloop, ${range}: ${added} nieuw, ${churned} verloren.`,
    caption: 'Klanten per maand: nieuw, bestaand en verloren',
    loading: 'Klanttoevoegingen en -verloop laden',
  },
});
