/** Which dimensions each tab shows, and the sales channel / pricing model switch. */
import { html, nothing } from 'lit';
import type { DistributionDimension } from '../../core/distribution.js';
import type { dimension } from '../../i18n/text/dimension.js';
import type { tabs } from '../../i18n/text/tabs.js';

export interface Tab {
  id: 'partnerLocation' | 'segment' | 'salesChannel' | 'attributionType';
  /** The dimensions the tab shows; the first is its default (and names the tab), more make a switch. */
  dimensions: DistributionDimension[];
}

/** One tab each, as in the source dashboard; sales channel pairs with the Azure pricing model. */
export const TABS: Tab[] = [
  { id: 'partnerLocation', dimensions: ['partnerLocation'] },
  { id: 'segment', dimensions: ['segment'] },
  { id: 'salesChannel', dimensions: ['salesChannel', 'pricingModel'] },
  { id: 'attributionType', dimensions: ['attributionType'] },
];

/** The tab showing `dim`. */
export function tabOf(dim: DistributionDimension): Tab {
  return TABS.find((t) => t.dimensions.includes(dim))!;
}

type DimensionText = (typeof dimension)['en'];
type TabsText = (typeof tabs)['en'];

/** The switch between the dimensions of a tab that has more than one (sales channel). */
export function renderSwitch(
  active: DistributionDimension,
  names: DimensionText,
  m: TabsText,
  onSwitch: (dim: DistributionDimension) => void,
) {
  const tab = tabOf(active);
  if (tab.dimensions.length < 2) return nothing;
  return html`<div part="switch" role="group" aria-label=${m.switch}>
    ${tab.dimensions.map(
      (dim) =>
        html`<button type="button" data-dimension=${dim} aria-pressed=${dim === active ? 'true' : 'false'} @click=${() => onSwitch(dim)}>
          ${names[dim]}
        </button>`,
    )}
  </div>`;
}
