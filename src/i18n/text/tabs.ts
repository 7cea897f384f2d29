import { defineText } from '../define-text.js';

const en = {
  title: 'Customer distribution',
  tabs: 'Break customers down by',
  switch: 'Show',
  legend: 'Show or hide members',
  allHidden: 'Every member is hidden: turn one back on in the legend.',
  overlap: (total: string) =>
    `A customer can count under several members, so the shares add up to more than 100% of the ${total} customers.`,
};
export type TabsText = typeof en;

export const tabs = defineText('tabs', en, {
  nl: () => import('./nl/tabs.js'),
  de: () => import('./de/tabs.js'),
  fr: () => import('./fr/tabs.js'),
});
