import type { AddsChurnText } from '../adds-churn.js';

const nl: AddsChurnText = {
  title: 'Klanttoevoegingen en -verloop',
  new: 'Nieuw',
  existing: 'Bestaand',
  churned: 'Verloren',
  summary: (range, added, churned) => `Klanttoevoegingen en -verloop, ${range}: ${added} nieuw, ${churned} verloren.`,
  caption: 'Klanten per maand: nieuw, bestaand en verloren',
  loading: 'Klanttoevoegingen en -verloop laden',
  view: 'Weergave',
  views: { change: 'Nieuw en verloren', stacked: 'Gestapelde totalen' },
};
export default nl;
