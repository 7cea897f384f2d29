import { defineText } from '../define-text.js';

export const tabs = defineText({
  en: {
    title: 'Customer distribution',
    tabs: 'Break customers down by',
    switch: 'Show',
    legend: 'Show or hide members',
    allHidden: 'Every member is hidden: turn one back on in the legend.',
    overlap: (total: string) =>
      `A customer can count under several members, so the shares add up to more than 100% of the ${total} customers.`,
  },
  nl: {
    title: 'Klantendistributie',
    tabs: 'Klanten uitsplitsen naar',
    switch: 'Weergeven',
    legend: 'Leden weergeven of verbergen',
    allHidden: 'Alle leden zijn verborgen: zet er in de legenda een weer aan.',
    overlap: (total) =>
      `Een klant kan onder meerdere leden vallen, dus de aandelen komen samen op meer dan 100% van de ${total} klanten.`,
  },
});
