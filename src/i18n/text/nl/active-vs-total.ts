import type { ActiveVsTotalText } from '../active-vs-total.js';

const nl: ActiveVsTotalText = {
  title: 'Actieve klanten',
  active: 'Actieve klanten',
  total: 'Totaal aantal klanten',
  summary: (range, last, active, total) =>
    `Actieve klanten tegenover het totaal aantal klanten, ${range}; in ${last} waren ${active} van de ${total} klanten actief.`,
  caption: 'Actieve klanten en totaal aantal klanten per maand',
  loading: 'Actieve klanten laden',
};
export default nl;
