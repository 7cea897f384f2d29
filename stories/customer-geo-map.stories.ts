import type { Meta } from '@storybook/web-components-vite';
import '../src/elements/customer-geo-map/define.js';
import { HttpResponse, http } from 'msw';
import { expect, waitFor } from 'storybook/test';
import { deepElements, deepText, waitForState } from './support/dom.js';
import { DATASETS, HOSTILE_STRINGS } from './support/fixtures.js';
import { endpointFor } from './support/msw.js';
import { comparisonStories, renderFromManifest, stateStories, type Story } from './support/stories.js';

const meta = {
  title: 'Elements/customer-geo-map',
  component: 'customer-geo-map',
  render: renderFromManifest('customer-geo-map'),
} satisfies Meta;
export default meta;

const states = stateStories({ tag: 'customer-geo-map', hostileTextVisible: false });

export const Data = states.Data;
export const Loading = states.Loading;
export const Reloading = states.Reloading;
export const Empty = states.Empty;
export const ServerError = states.ServerError;
export const BadRequest = states.BadRequest;
export const NetworkError = states.NetworkError;
export const Malformed = states.Malformed;
export const NotJson = states.NotJson;
export const Hostile = states.Hostile;
export const Dark = states.Dark;
export const Dutch = states.Dutch;
export const Narrow = states.Narrow;
export const ManyMembers = states.ManyMembers;

const compared = comparisonStories({ tag: 'customer-geo-map' });
export const Comparison = compared.Comparison;
export const ComparisonDark = compared.ComparisonDark;
export const ComparisonDutch = compared.ComparisonDutch;
export const NoComparisonData = compared.NoComparisonData;
export const InfoOpen = compared.InfoOpen;

/** The default answer narrowed to one market: every country with data in one colour. */
const oneMarket = (() => {
  const all = DATASETS.default.breakdown.market;
  const row = all.rows.find((r) => r.key === 'NL')!;
  const { customers, active, added, churned } = row;
  return { ...all, query: { ...all.query, filters: { market: ['NL'] } }, total: { customers, active, added, churned }, rows: [row] };
})();

/** One country with data (a market filter): the legend's one step in the widget's words. */
export const OneCountryDutch = {
  name: 'One country, locale nl',
  args: { data: oneMarket, locale: 'nl' },
  play: async ({ canvasElement }) => {
    const [el] = await waitForState(canvasElement, 'complete');
    const legend = el!.shadowRoot!.querySelector('[part="legend"]')!;
    await expect(legend.textContent!.replace(/\s+/g, ' ').trim()).toBe('Met gegevens Geen gegevens');
  },
} satisfies Story;

/** A self-hosted prepared atlas whose path data holds markup: refused in words, nothing injected. */
const refusedAtlas = {
  type: 'PreparedAtlas',
  scale: 184.73156767339816,
  countries: [
    {
      code: 'NL',
      name: 'Netherlands',
      shape: {
        d: `M0,0"/>${HOSTILE_STRINGS[0]}`,
        area: 1,
        bounds: [
          [0, 0],
          [1, 1],
        ],
        focus: [
          [0, 0],
          [1, 1],
        ],
        anchor: null,
      },
    },
  ],
};
export const RefusedAtlas = {
  name: 'Error: atlas with markup in its paths',
  args: { endpoint: endpointFor('default'), 'atlas-url': '/mock/atlas/refused.json' },
  parameters: { msw: { handlers: { atlas: [http.get('/mock/atlas/refused.json', () => HttpResponse.json(refusedAtlas))] } } },
  play: async ({ canvasElement }) => {
    // The map's box shows the error (with Retry); the grid beside it still lists the countries.
    const [el] = await waitForState(canvasElement, 'error');
    await expect(el!.shadowRoot!.querySelector('.map [part="error"]')).not.toBeNull();
    await expect(deepText(el!)).toMatch(/could not be loaded/);
    await expect(deepElements(canvasElement).filter((node) => node.localName === 'img')).toHaveLength(0);
    await waitFor(() => expect(el!.shadowRoot!.querySelectorAll('tbody tr[data-key]').length).toBeGreaterThan(3));
  },
} satisfies Story;
