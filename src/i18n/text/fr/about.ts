import type { AboutText } from '../about.js';

const fr: AboutText = {
  button: 'À propos de ces chiffres',
  definition: {
    customers:
      'Un client compte pour un mois s’il a ce mois-là au moins un abonnement à l’état Actif (ou Renouvelé). Le chiffre est celui du dernier mois de la période ; les filtres s’appliquent.',
    active:
      'Clients ayant un usage actif d’un produit dans le mois, pas seulement un abonnement payé. Le chiffre est celui du dernier mois de la période.',
    added: 'Clients d’un mois qui n’étaient pas clients le mois précédent, additionnés sur la période. Solde net : nouveaux moins perdus.',
    churned:
      'Clients du mois précédent qui ne sont plus clients dans le mois : plus aucun abonnement à l’état Actif. Additionnés sur la période ; l’attrition est leur part des clients du début de la période.',
    subscriptions: 'Abonnements à l’état Actif (ou Renouvelé) au dernier mois de la période qui correspondent aux filtres.',
    products:
      'Clients du dernier mois de la période par produit. Un client ayant plusieurs produits compte pour chacun d’eux : les produits totalisent donc plus que les clients.',
    geo: 'Clients par pays (le marché du client) : clients actuels et actifs au dernier mois de la période, nouveaux clients sur la période. Le pourcentage est la part du pays dans le total.',
    addsChurn:
      'Par mois : nouveaux clients (pas clients le mois précédent), clients existants et clients perdus (clients le mois précédent, plus dans le mois), dessinés sous zéro.',
    distribution:
      'Clients du dernier mois de la période par membre. Un client ayant plusieurs segments, canaux ou sites compte pour chacun d’eux.',
    sunburst:
      'Clients du dernier mois de la période par produit, et par SKU de chaque produit. Un client ayant plusieurs produits ou SKU compte pour chacun d’eux.',
    trend: 'Clients par mois et par membre. Un client présent dans plusieurs membres compte pour chacun d’eux.',
    activeVsTotal:
      'Par mois : clients ayant un usage actif d’un produit (colonnes) face à tous les clients, ceux qui ont au moins un abonnement à l’état Actif (ligne).',
  },
};
export default fr;
