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

/** The text of a part, white space folded. */
const flat = (el: Node) => deepText(el).replace(/\s+/g, ' ').trim();

/** The five tiles and the products tile with `compare` (and `args`), side by side. */
function tiles(args: Record<string, unknown>, extra: Record<string, Record<string, unknown>> = {}) {
  const row = document.createElement('div');
  row.style.cssText = 'display:grid;grid-template-columns:repeat(auto-fit,minmax(190px,1fr));gap:12px';
  // The stories' dataset predates `subscriptions`: the five tiles of the seed.
  for (const metric of ['customers', 'active', 'added', 'churned', 'products']) {
    row.append(renderFromManifest('kpi-card')({ ...args, metric, ...extra[metric] }));
  }
  return row;
}

/** Every comparison line settled ("vs …: +4.1 %", or why there is none). */
async function comparisons(canvasElement: HTMLElement, pattern: RegExp) {
  const cards = await waitForState(canvasElement, 'complete');
  await waitFor(() => {
    for (const card of cards.filter((c) => c.getAttribute('metric') !== 'products')) {
      expect(flat(card.shadowRoot!.querySelector('[part=comparison]')!)).toMatch(pattern);
    }
  });
  return cards;
}

/**
 * `compare="previous-period"`: each tile's second line compares it with the 12 months before
 * (stocks: the last month of each range; flows: their sums), the sparkline draws that range as a
 * faint line, the products tile gives each product's change.
 */
export const Comparison: Story = {
  name: 'Comparison: previous period',
  render: (args) => tiles(args),
  args: { endpoint: '/mock/compare', compare: 'previous-period' },
  play: async ({ canvasElement }) => {
    const cards = await comparisons(canvasElement, /^vs previous 12 months: [▲▼▶] [+-−]?[\d.]+%$/);
    await expect(cards[0]!.shadowRoot!.querySelector('[part=sparkline-previous]')).not.toBeNull();
    await expect(cards[0]!.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-label')).toMatch(/vs previous 12 months$/);
  },
};

export const ComparisonOff: Story = {
  name: 'Comparison: off (the default)',
  render: (args) => tiles(args),
  args: { endpoint: '/mock/compare' },
  play: async ({ canvasElement }) => {
    const cards = await waitForState(canvasElement, 'complete');
    for (const card of cards) await expect(card.shadowRoot!.querySelector('[part=comparison]')).toBeNull();
  },
};

export const ComparisonDark: Story = { ...Comparison, name: 'Comparison: dark', globals: { theme: 'dark' } };

export const ComparisonDutch: Story = {
  name: 'Comparison: locale nl',
  render: (args) => tiles(args),
  args: { endpoint: '/mock/compare', compare: 'previous-year', locale: 'nl' },
  play: async ({ canvasElement }) => {
    await comparisons(canvasElement, /^t\.o\.v\. een jaar eerder: [▲▼▶] [+-−]?[\d,]+%$/);
  },
};

/**
 * The data starts in June 2025, inside the comparison range: stocks still compare their last
 * month; flows (added, churned) say which months are missing rather than show a 0.
 */
export const NoComparisonData: Story = {
  name: 'Comparison: no data for part of it',
  render: (args) => tiles(args),
  args: { endpoint: '/mock/compare-edge', compare: 'previous-period' },
  play: async ({ canvasElement }) => {
    const cards = await comparisons(canvasElement, /^(vs previous 12 months: [▲▼▶]|no data for the previous period before Jun 2025)/);
    await expect(flat(cards[2]!.shadowRoot!.querySelector('[part=comparison]')!)).toBe('no data for the previous period before Jun 2025');
  },
};

/** Targets: customers and active reached (✓, a solid bar), added missed (!, a hatched bar), churned kept under its ceiling. */
export const Targets: Story = {
  name: 'Targets: met and missed',
  render: (args) => tiles(args, { customers: { target: 500 }, active: { target: 400 }, added: { target: 2000 }, churned: { target: 600 } }),
  args: { endpoint: '/mock/compare' },
  play: async ({ canvasElement }) => {
    const cards = await waitForState(canvasElement, 'complete');
    const target = (i: number) => cards[i]!.shadowRoot!.querySelector('[part=target]')!;
    await expect(flat(target(2))).toMatch(/^! Target 2,000: [\d.]+%, below target$/);
    await expect(target(2).classList.contains('missed')).toBe(true);
    await expect(cards[0]!.shadowRoot!.querySelector('[part=goal-line]')).not.toBeNull();
  },
};

export const TargetsDark: Story = { ...Targets, name: 'Targets: dark', globals: { theme: 'dark' } };

export const TargetsNarrow: Story = { ...Targets, name: 'Targets: narrow (320 px)', parameters: { width: 320 } };

/** The info button opens the definition of the tile's figure (the platform's popover). */
export const InfoOpen: Story = {
  name: 'Info open',
  args: { endpoint: '/mock/default', metric: 'customers' },
  play: async ({ canvasElement }) => {
    const [card] = await waitForState(canvasElement, 'complete');
    await userEvent.click(card!.shadowRoot!.querySelector('[part=info]')!);
    const popover = card!.shadowRoot!.querySelector('[part=info-popover]')!;
    await waitFor(() => expect(popover.matches(':popover-open')).toBe(true));
    await expect(deepText(popover)).toMatch(/at least one subscription in state Active/);
  },
};

export const InfoOpenDutch: Story = {
  ...InfoOpen,
  name: 'Info open: locale nl',
  args: { endpoint: '/mock/default', metric: 'customers', locale: 'nl' },
  play: async ({ canvasElement }) => {
    const [card] = await waitForState(canvasElement, 'complete');
    await waitFor(() => expect(card!.shadowRoot!.querySelector('[part=info]')!.getAttribute('aria-label')).toBe('Over deze cijfers'));
    await userEvent.click(card!.shadowRoot!.querySelector('[part=info]')!);
    await waitFor(() => expect(deepText(card!.shadowRoot!.querySelector('[part=info-popover]')!)).toMatch(/ten minste één abonnement/));
  },
};
