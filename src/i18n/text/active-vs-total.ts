import { defineText } from '../define-text.js';

export const activeVsTotal = defineText({
  en: {
    title: 'Active customers',
    active: 'Active customers',
    total: 'Total customers',
    summary: (range: string, last: string, active: string, total: string) =>
      `Active customers against total customers, ${range}; in ${last} ${active} of ${total} were active.`,
    caption: 'Active and total customers per month',
    loading: 'Loading active customers',
  },
  nl: {
    title: 'Actieve klanten',
    active: 'Actieve klanten',
    total: 'Totaal aantal klanten',
    summary: (range, last, active, total) =>
      `Actieve klanten tegenover het totaal aantal klanten, ${range}; in ${last} waren ${active} van de ${total} klanten actief.`,
    caption: 'Actieve klanten en totaal aantal klanten per maand',
    loading: 'Actieve klanten laden',
  },
});
