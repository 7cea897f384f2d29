import { defineText } from '../define-text.js';

/**
 * What each widget shows: the definitions behind its figures (the seed's and DOMAIN.md's), in
 * the info popover of every card's header. Partners override them like any other text.
 */
const en = {
  /** The info button's accessible name and tooltip. */
  button: 'About these figures',
  definition: {
    customers:
      'A customer counts in a month when they have at least one subscription in state Active (or Renewed) that month. The figure is the last month of the range; the filters apply.',
    active:
      'Customers with active usage of a product in the month, not only a paid subscription. The figure is the last month of the range.',
    added: 'Customers in a month who were not customers the month before, added up over the range. Net: added less churned.',
    churned:
      'Customers the month before who are not customers in the month: no subscription in state Active any more. Added up over the range; churn is churned as a share of the customers at the start of the range.',
    subscriptions: 'Subscriptions in state Active (or Renewed) in the last month of the range that match the filters.',
    products:
      'Customers in the last month of the range per product. A customer with several products counts under each of them, so the products add up to more than the customers.',
    geo: "Customers per country (the customer's market): current and active customers in the last month of the range, customers added over the range. The percentage is the country's share of the total.",
    addsChurn:
      'Per month: new customers (not customers the month before), existing customers, and churned customers (customers the month before, not in the month), drawn below zero.',
    distribution:
      'Customers in the last month of the range per member. A customer with several segments, channels or locations counts under each of them.',
    sunburst:
      'Customers in the last month of the range per product, and per SKU of each product. A customer with several products or SKUs counts under each of them.',
    trend: 'Customers per month and member. A customer in several members counts under each of them.',
    activeVsTotal:
      'Per month: customers with active usage of a product (columns) against all customers, those with at least one subscription in state Active (line).',
  },
};
export type AboutText = typeof en;
/** The widgets and tiles that have a definition. */
export type DefinitionKey = keyof AboutText['definition'];

export const about = defineText('about', en, {
  nl: () => import('./nl/about.js'),
  de: () => import('./de/about.js'),
  fr: () => import('./fr/about.js'),
});
