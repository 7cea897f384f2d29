import { defineText } from '../define-text.js';

/** The chart adapter's controls (`charts/controls.ts`). */
export const chart = defineText({
  en: {
    series: 'Series',
    monthsShown: 'Months shown',
    firstMonth: 'First month shown',
    lastMonth: 'Last month shown',
  },
  nl: {
    series: 'Reeksen',
    monthsShown: 'Weergegeven maanden',
    firstMonth: 'Eerste weergegeven maand',
    lastMonth: 'Laatste weergegeven maand',
  },
});
