/** The tabs and the sales channel / pricing model switch, as plain render functions. */
import { html, nothing } from 'lit';
import type { dimension } from '../../i18n/text/dimension.js';
import type { tabs } from '../../i18n/text/tabs.js';
import type { DistributionDimension } from './distribution-tabs.js';

export interface Tab {
  id: string;
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

/**
 * The tab list (WAI-ARIA tabs, one tab stop). Clicking a tab calls `onSwitch` with the
 * dimension it shows: the active one if the tab holds it, else the tab's default.
 */
export function renderTabList(
  active: DistributionDimension,
  names: DimensionText,
  m: TabsText,
  onKeydown: (event: KeyboardEvent) => void,
  onSwitch: (dim: DistributionDimension) => void,
) {
  const activeTab = tabOf(active);
  return html`<div part="tabs" role="tablist" aria-label=${m.tabs} @keydown=${onKeydown}>
    ${TABS.map((tab) => {
      const selected = tab === activeTab;
      return html`<button
        part=${selected ? 'tab tab-selected' : 'tab'}
        role="tab"
        type="button"
        id="tab-${tab.id}"
        data-tab=${tab.id}
        aria-selected=${selected ? 'true' : 'false'}
        aria-controls="panel"
        tabindex=${selected ? 0 : -1}
        @click=${() => onSwitch(tab.dimensions.includes(active) ? active : tab.dimensions[0]!)}
      >
        ${names[tab.dimensions[0]!]}
      </button>`;
    })}
  </div>`;
}

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
      (dim) => html`<button
        type="button"
        data-dimension=${dim}
        aria-pressed=${dim === active ? 'true' : 'false'}
        @click=${() => onSwitch(dim)}
      >
        ${names[dim]}
      </button>`,
    )}
  </div>`;
}
