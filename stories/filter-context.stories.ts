import type { Meta } from '@storybook/web-components-vite';
import { expect, fn, waitFor } from 'storybook/test';
import '../src/elements/filter-context/define.js';
import '../src/elements/kpi-card/define.js';
import '../src/elements/distribution-tabs/define.js';
import type { FilterContext } from '../src/elements/filter-context/filter-context.js';
import { deepText, waitForState } from './support/dom.js';
import { createElement } from './support/manifest.js';
import { batchRequests, endpointFor } from './support/msw.js';
import type { Story } from './support/stories.js';

/** filter-context with two tiles inside: they take endpoint, range and locale from it. */
const render = (args: Record<string, unknown>) =>
  createElement('filter-context', args, [
    createElement('kpi-card', { metric: 'customers' }),
    createElement('kpi-card', { metric: 'churned' }),
  ]);

const meta = {
  title: 'Elements/filter-context',
  component: 'filter-context',
  render,
  args: { endpoint: endpointFor('default'), range: 12, onInsightsFilterChange: fn() },
  argTypes: { range: { control: 'select', options: [3, 6, 12] } },
} satisfies Meta;
export default meta;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'complete');
  },
};

/** One `insights-filter-change` per change; the widgets inside reload. */
export const ChangingFilters: Story = {
  name: 'Changing filters',
  play: async ({ canvasElement, args }) => {
    await waitForState(canvasElement, 'complete');
    const context = canvasElement.querySelector('filter-context') as FilterContext;
    context.market = ['NL', 'DE'];
    context.range = 6;
    await waitFor(() => expect(args.onInsightsFilterChange).toHaveBeenCalledTimes(1));
    const event = (args.onInsightsFilterChange as ReturnType<typeof fn>).mock.calls[0]![0] as CustomEvent;
    await expect(event.detail).toMatchObject({ last: 6, filters: { market: ['NL', 'DE'] } });
    await expect(context.getAttribute('market')).toBe('NL,DE');
    await waitForState(canvasElement, 'complete');
  },
};

/**
 * `batch`: the widgets' requests of one moment leave as one (`GET {endpoint}/batch?r=…&r=…`),
 * and each widget gets its own answer. An endpoint without the route is asked one by one.
 */
export const Batched: Story = {
  name: 'Batched requests',
  args: { batch: true, loading: 'eager' },
  render: (args) =>
    createElement('filter-context', args, [createElement('kpi-card', { metric: 'customers' }), createElement('distribution-tabs', {})]),
  play: async ({ canvasElement }) => {
    const before = batchRequests.length;
    const [tile, tabs] = await waitForState(canvasElement, 'complete');
    const sent = batchRequests.slice(before).map((url) => new URL(url).searchParams.getAll('r'));
    await expect(sent).toHaveLength(1);
    await expect(sent[0]).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/customers\/monthly\?/), expect.stringMatching(/^\/customers\/breakdown\?by=/)]),
    );
    await expect(deepText(tile!.shadowRoot!.querySelector('[part=value]')!)).toMatch(/\d/);
    await expect(tabs!.shadowRoot!.querySelectorAll('[part~="bar"], [part="bars"] *').length).toBeGreaterThan(0);
  },
};

export const Dutch: Story = {
  name: 'Locale nl',
  args: { locale: 'nl' },
  play: async ({ canvasElement }) => {
    const [card] = await waitForState(canvasElement, 'complete');
    await expect(deepText(card!.shadowRoot!.querySelector('[part=value]')!)).toMatch(/^\s*\d{1,3}(\.\d{3})+\s*$/);
  },
};

export const ServerError: Story = {
  name: 'Error: 500 problem document',
  args: { endpoint: endpointFor('server-error') },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'error');
  },
};

export const Dark: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'complete');
  },
};
