import type { Meta } from '@storybook/web-components-vite';
import { expect, fn, waitFor } from 'storybook/test';
import '../src/elements/filter-bar/define.js';
import '../src/elements/filter-context/define.js';
import '../src/elements/kpi-card/define.js';
import type { FilterContext } from '../src/elements/filter-context/filter-context.js';
import { deepText, waitForState } from './support/dom.js';
import { createElement } from './support/manifest.js';
import { HttpResponse } from 'msw';
import { DATASETS } from './support/fixtures.js';
import { answer, endpointFor, liveHandlers, resourceHandlers } from './support/msw.js';
import type { Story } from './support/stories.js';

type Args = Record<string, unknown>;

/** A filter-context holding the bar and two tiles: the bar changes what the tiles show. */
const render = ({
  endpoint,
  market,
  range,
  from,
  to,
  locale,
  refreshInterval,
  onInsightsFilterChange,
  onInsightsDataChange,
  ...bar
}: Args) =>
  createElement(
    'filter-context',
    { endpoint, market, range, from, to, locale, refreshInterval, onInsightsFilterChange, onInsightsDataChange },
    [
      createElement('filter-bar', bar),
      createElement('kpi-card', { metric: 'customers' }),
      createElement('kpi-card', { metric: 'churned' }),
    ],
  );

const meta = {
  title: 'Elements/filter-bar',
  component: 'filter-bar',
  render,
  args: { endpoint: endpointFor('default'), onInsightsFilterChange: fn() },
} satisfies Meta;
export default meta;

const bar = (root: HTMLElement) => root.querySelector('filter-bar')!.shadowRoot!;
/** Waits for `selector` in the bar's shadow root. */
const find = <T extends HTMLElement = HTMLButtonElement>(root: HTMLElement, selector: string) =>
  waitFor(() => {
    const el = bar(root).querySelector<T>(selector);
    expect(el, selector).not.toBeNull();
    return el!;
  });
const contextOf = (root: HTMLElement) => root.querySelector('filter-context') as FilterContext;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'complete');
  },
};

/** Ticking a value sets the context's filter (one `insights-filter-change`) and shows a chip. */
export const ChoosingAFilter: Story = {
  name: 'Choosing a filter',
  play: async ({ canvasElement, args }) => {
    await waitForState(canvasElement, 'complete');
    (await find(canvasElement, '#toggle-market')).click();
    const box = await find<HTMLInputElement>(canvasElement, '#panel-market input[type=checkbox]');
    box.click();
    await waitFor(() => expect(args.onInsightsFilterChange).toHaveBeenCalledTimes(1));
    await expect(contextOf(canvasElement).market).toEqual([box.dataset.key]);
    await waitFor(() => expect(bar(canvasElement).querySelector('[part~=chip]')).not.toBeNull());
    await waitForState(canvasElement, 'complete');
  },
};

/** A custom range with the first month after the last is refused with a message. */
export const RefusedRange: Story = {
  name: 'Custom range refused',
  args: { from: '2026-08', to: '2026-03' },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'complete');
    (bar(canvasElement).querySelector('[part=apply]') as HTMLButtonElement).click();
    await waitFor(() => expect(deepText(bar(canvasElement))).toContain('The first month must not be after the last month.'));
  },
};

export const Loading: Story = {
  args: { endpoint: endpointFor('loading') },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'loading');
  },
};

export const ServerError: Story = {
  name: 'Error: 500 problem document',
  args: { endpoint: endpointFor('server-error') },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'error');
  },
};

export const Dutch: Story = {
  name: 'Locale nl',
  args: { locale: 'nl', market: ['NL', 'DE'] },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'complete');
    // Country names come from Intl at once; the bar's own words when the Dutch module arrives.
    await waitFor(() => expect(deepText(bar(canvasElement))).toContain('Periode'), { timeout: 8000 });
    await expect(deepText(bar(canvasElement))).toContain('Nederland');
  },
};

export const Dark: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  args: { market: ['NL', 'DE'] },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'complete');
  },
};

/** At 320 px the range and filters fold into a "Filters" disclosure. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  parameters: { width: 320 },
  args: { market: ['NL', 'DE'] },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'complete');
    (await find(canvasElement, '[part=toggle]')).click();
    (await find(canvasElement, '#toggle-market')).click();
    const el = canvasElement.querySelector('filter-bar')!;
    await waitFor(() => expect(bar(canvasElement).querySelector('#panel-market')).not.toBeNull());
    await expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth + 1);
  },
};

/** The default data, with `/dimensions` as an endpoint answers a user its sign-in locks to one location. */
const DIMENSIONS_DATA = DATASETS.default.dimensions;
const LOCATION = DIMENSIONS_DATA.dimensions.partnerLocation![0]!;
const scoped = resourceHandlers('/mock/scoped-filter-bar', (resource, request) =>
  HttpResponse.json(
    (resource === 'dimensions'
      ? {
          ...DIMENSIONS_DATA,
          dimensions: { ...DIMENSIONS_DATA.dimensions, partnerLocation: [LOCATION] },
          scope: { partnerLocation: [LOCATION.key] },
        }
      : answer(DATASETS.default, resource, request)) as Record<string, unknown>,
  ),
);

/**
 * Signed in as a manager of one partner location (the token's `insights_scope`): the location
 * shows as a locked chip, not removable, that Reset keeps; the location filter offers only it.
 */
export const SignedInScope: Story = {
  name: 'Signed in, locked to a location',
  args: { endpoint: '/mock/scoped-filter-bar', market: ['NL'] },
  parameters: { msw: { handlers: { scoped } } },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'complete');
    const chip = await find<HTMLElement>(canvasElement, '[part~=locked-chip]');
    await expect(deepText(chip)).toContain(`Partner location: ${LOCATION.label}`);
    await expect(deepText(chip)).toContain('locked by your sign-in');
    (await find(canvasElement, '[part=reset]')).click();
    await waitFor(() => expect(bar(canvasElement).querySelector('button[part~=chip]')).toBeNull());
    await expect(bar(canvasElement).querySelector('[part~=locked-chip]')).not.toBeNull();
    (await find(canvasElement, '#toggle-partnerLocation')).click();
    await waitFor(() => expect(bar(canvasElement).querySelectorAll('#panel-partnerLocation input[type=checkbox]')).toHaveLength(1));
  },
};

const live = liveHandlers('/mock/live-filter-bar');

/**
 * "Data as of …" under the bar, from `/dimensions`' data block, in the page's language; with
 * `refresh-interval="2"` on the context, a new export at the endpoint (here 1.5 s after the
 * story starts) reloads every widget in place — no skeleton — and the line follows.
 */
export const DataAsOfAndAutoRefresh: Story = {
  name: 'Data as of, auto-refresh',
  args: { endpoint: '/mock/live-filter-bar', refreshInterval: 2, onInsightsDataChange: fn() },
  parameters: { msw: { handlers: { live: live.handlers } } },
  beforeEach: () => live.reset(),
  play: async ({ canvasElement, args }) => {
    await waitForState(canvasElement, 'complete');
    const asOf = await find<HTMLElement>(canvasElement, '[part=data-as-of]');
    await expect(asOf.textContent).toMatch(/^Data as of /);
    await expect(asOf.querySelector('time')!.getAttribute('datetime')).toBe('2026-12-04T06:12:00.000Z');
    setTimeout(live.publish, 1500);
    await waitFor(() => expect(args.onInsightsDataChange).toHaveBeenCalledTimes(1), { timeout: 8000 });
    await waitFor(() =>
      expect(bar(canvasElement).querySelector('[part=data-as-of] time')!.getAttribute('datetime')).toBe('2026-12-05T06:12:00.000Z'),
    );
    await waitForState(canvasElement, 'complete');
  },
};

/** The same line in Dutch: the date and time formatted by the page's language. */
export const DataAsOfDutch: Story = {
  name: 'Data as of (nl)',
  args: { endpoint: '/mock/live-filter-bar', locale: 'nl' },
  parameters: { msw: { handlers: { live: live.handlers } } },
  beforeEach: () => live.reset(),
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'complete');
    const asOf = await find<HTMLElement>(canvasElement, '[part=data-as-of]');
    await waitFor(() => expect(asOf.textContent).toMatch(/^Gegevens van 4 dec/));
  },
};
