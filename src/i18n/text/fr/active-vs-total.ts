import type { ActiveVsTotalText } from '../active-vs-total.js';
import { SEMI } from './words.js';

const fr: ActiveVsTotalText = {
  title: 'Clients actifs',
  active: 'Clients actifs',
  total: 'Total des clients',
  summary: (range, last, active, total) =>
    `Clients actifs par rapport au total des clients, ${range}${SEMI} en ${last}, ${active} clients sur ${total} étaient actifs.`,
  caption: 'Clients actifs et total des clients par mois',
  loading: 'Chargement des clients actifs',
};
export default fr;
