import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/kpi-card/define.js';
import { deepText, waitForState } from './support/dom.js';
import { flakyHandlers } from './support/msw.js';
import { renderFromManifest, stateStories, type Story } from './support/stories.js';

const meta = {
  title: 'Elements/kpi-card',
  component: 'kpi-card',
  render: renderFromManifest('kpi-card'),
  args: { metric: 'customers' },
  argTypes: {
    metric: { control: 'select', options: ['customers', 'active', 'added', 'churned', 'products'] },
  },
} satisfies Meta;
export default meta;

const states = stateStories({ tag: 'kpi-card', hostileArgs: { metric: 'products' }, manyArgs: { metric: 'products' } });

export const Data = states.Data;
export const Loading = states.Loading;
export const Empty = states.Empty;
export const ServerError = states.ServerError;
export const BadRequest = states.BadRequest;
export const NetworkError = states.NetworkError;
export const Malformed = states.Malformed;
export const NotJson = states.NotJson;
export const Hostile = states.Hostile;
export const Dark = states.Dark;
export const Narrow = states.Narrow;
export const ManyMembers = states.ManyMembers;

export const Dutch: Story = {
  ...states.Dutch,
  play: async ({ canvasElement }) => {
    const [card] = await waitForState(canvasElement, 'complete');
    // Dutch groups thousands with a dot: 1.189, never 1,189.
    await expect(deepText(card!.shadowRoot!.querySelector('[part=value]')!)).toMatch(/^\s*\d{1,3}(\.\d{3})+\s*$/);
  },
};

/** The five tiles of the dashboard, side by side: one request for all five. */
export const AllMetrics: Story = {
  name: 'All five metrics',
  render: (args) => {
    const row = document.createElement('div');
    row.style.cssText = 'display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px';
    for (const metric of ['customers', 'active', 'added', 'churned', 'products']) {
      row.append(renderFromManifest('kpi-card')({ ...args, metric }));
    }
    return row;
  },
  args: { endpoint: '/mock/default' },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'complete');
  },
};

const flaky = flakyHandlers('/mock/flaky-kpi-card');

/**
 * A new range or filter while a figure is on show: the tile keeps the last figure, dimmed and
 * `aria-busy`, until the new one arrives (no skeleton in between). The endpoint answers in 1.5 s.
 */
export const Reloading: Story = {
  name: 'Reloading (the last figure kept)',
  args: { endpoint: '/mock/slow' },
  play: async ({ canvasElement }) => {
    const [card] = await waitForState(canvasElement, 'complete');
    const figure = card!.shadowRoot!.querySelector('[part=value]')!.textContent;
    (card as HTMLElement & { from: string }).from = '2025-12';
    await waitFor(() => expect(card!.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-busy')).toBe('true'));
    await expect(card!.shadowRoot!.querySelector('[part=skeleton]'), 'no skeleton').toBeNull();
    await expect(card!.shadowRoot!.querySelector('[part=value]')!.textContent, 'the last figure').toBe(figure);
    await waitForState(canvasElement, 'complete');
  },
};

/** The endpoint fails, then recovers: Retry loads again (failures are never cached). */
export const RetryAfterError: Story = {
  name: 'Retry after an error',
  args: { endpoint: '/mock/flaky-kpi-card' },
  parameters: { msw: { handlers: { flaky: flaky.handlers } } },
  beforeEach: () => flaky.reset(),
  play: async ({ canvasElement }) => {
    const [card] = await waitForState(canvasElement, 'error');
    flaky.heal();
    await userEvent.click(card!.shadowRoot!.querySelector('[part=retry]')!);
    await waitForState(canvasElement, 'complete');
  },
};
