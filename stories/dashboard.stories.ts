/**
 * The whole dashboard: one filter-context, every widget of the kit inside it, on the mocked
 * reference data. Its test also checks that no element of the manifest is missing here.
 */
import type { Meta } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/filter-context/define.js';
import '../src/elements/filter-bar/define.js';
import '../src/elements/kpi-card/define.js';
import '../src/elements/customer-geo-map/define.js';
import '../src/elements/adds-churn-chart/define.js';
import '../src/elements/active-vs-total/define.js';
import '../src/elements/distribution-tabs/define.js';
import '../src/elements/product-sunburst/define.js';
import '../src/elements/distribution-trend/define.js';
import { deepText, waitForState, widgets } from './support/dom.js';
import { createElement, manifestTags } from './support/manifest.js';
import { endpointFor, type Scenario } from './support/msw.js';
import type { Story } from './support/stories.js';

const KPIS = ['customers', 'active', 'added', 'churned', 'products'];

function section(columns: string, ...children: HTMLElement[]): HTMLElement {
  const el = document.createElement('div');
  el.style.cssText = `display:grid;gap:16px;grid-template-columns:${columns};margin-bottom:16px`;
  el.append(...children);
  return el;
}

function dashboard(args: Record<string, unknown>): HTMLElement {
  const { scenario = 'default', ...contextArgs } = args as { scenario?: Scenario };
  // Eager: the play functions wait for every widget, and the trend sits more than a viewport
  // below the story's 900 px frame, where lazy loading (the default) would never start it.
  return createElement('filter-context', { loading: 'eager', ...contextArgs, endpoint: endpointFor(scenario) }, [
    section('minmax(0, 1fr)', createElement('filter-bar', {})),
    section('repeat(auto-fit, minmax(180px, 1fr))', ...KPIS.map((metric) => createElement('kpi-card', { metric }))),
    section('minmax(0, 1fr)', createElement('customer-geo-map', {})),
    section('repeat(auto-fit, minmax(min(100%, 420px), 1fr))', createElement('adds-churn-chart', {}), createElement('active-vs-total', {})),
    section(
      'repeat(auto-fit, minmax(min(100%, 420px), 1fr))',
      createElement('distribution-tabs', {}),
      createElement('product-sunburst', {}),
    ),
    section('minmax(0, 1fr)', createElement('distribution-trend', {})),
  ]);
}

const meta = {
  title: 'Dashboard',
  component: 'filter-context',
  render: dashboard,
  args: { range: 12 },
  argTypes: {
    scenario: { control: 'select', options: ['default', 'hostile', 'many', 'empty', 'slow', 'server-error', 'malformed'] },
    range: { control: 'select', options: [3, 6, 12] },
  },
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
} satisfies Meta;
export default meta;

export const Dashboard: Story = {
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'complete', 15_000);
    const shown = new Set(widgets(canvasElement).map((el) => el.localName));
    const missing = manifestTags().filter((tag) => tag !== 'filter-context' && !shown.has(tag));
    await expect(missing, 'elements of the manifest missing from the dashboard').toEqual([]);
  },
};

export const Dark: Story = {
  name: 'Dashboard, dark',
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'complete', 15_000);
  },
};

export const Dutch: Story = {
  name: 'Dashboard, nl',
  args: { locale: 'nl' },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'complete', 15_000);
  },
};

export const German: Story = {
  name: 'Dashboard, de',
  args: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const found = await waitForState(canvasElement, 'complete', 15_000);
    // German words arrive as their own modules: wait for them, then check a title of each kind.
    const titles = () =>
      found
        .map((el) => el.shadowRoot!.querySelector('[part="label"], h3'))
        .filter((title): title is Element => title !== null) // filter-bar has no title
        .map((title) => deepText(title).trim());
    await waitFor(() => expect(titles()).toContain('Geografische Verteilung'), { timeout: 8000 });
    // Each widget re-renders once all of its groups' German modules are in: not all at once.
    await waitFor(
      () =>
        expect(titles()).toEqual(
          expect.arrayContaining(['Kunden', 'Abgewanderte Kunden', 'Zu- und Abgänge von Kunden', 'Kundenverteilung']),
        ),
      {
        timeout: 8000,
      },
    );
  },
};

/** German has the longest words of the shipped languages: nothing may overflow at 320 px. */
export const GermanNarrow: Story = {
  name: 'Dashboard, de, 320 px',
  args: { locale: 'de' },
  parameters: { width: 320 },
  play: async ({ canvasElement }) => {
    const found = await waitForState(canvasElement, 'complete', 15_000);
    await waitFor(() => expect(deepText(found[0]!.shadowRoot!)).toContain('Kunden'), { timeout: 8000 });
    for (const el of found) {
      await expect(el.getBoundingClientRect().width, `${el.localName} fits`).toBeLessThanOrEqual(320);
      await expect(el.scrollWidth, `${el.localName} does not overflow`).toBeLessThanOrEqual(el.clientWidth + 1);
    }
  },
};

/** A partner's own word for one label: `filterContext.messages`. */
export const OverriddenLabel: Story = {
  name: 'Dashboard, "Customers" renamed "Accounts"',
  args: { messages: { kpi: { title: { customers: 'Accounts' } }, common: { customers: 'Accounts' } } },
  play: async ({ canvasElement }) => {
    const found = await waitForState(canvasElement, 'complete', 15_000);
    const tile = found.find((el) => el.localName === 'kpi-card' && el.getAttribute('metric') === 'customers')!;
    await expect(deepText(tile.shadowRoot!.querySelector('[part="label"]')!).trim()).toBe('Accounts');
    const active = found.find((el) => el.localName === 'kpi-card' && el.getAttribute('metric') === 'active')!;
    await expect(deepText(active.shadowRoot!.querySelector('[part="label"]')!).trim()).toBe('Active customers');
  },
};

export const Hostile: Story = {
  name: 'Dashboard, hostile strings',
  args: { scenario: 'hostile' },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'complete', 15_000);
  },
};

/** Presses every "Show as table" and opens one export menu; the table rows match the CSV. */
async function showExport(canvasElement: HTMLElement): Promise<void> {
  const found = await waitForState(canvasElement, 'complete', 15_000);
  const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
  for (const el of found) part(el, 'table-toggle')?.click();
  await waitFor(() => expect(found.filter((el) => part(el, 'data-table')).length).toBe(6), { timeout: 8000 });
  for (const el of found.filter((w) => part(w, 'data-table'))) {
    const csv = (el as HTMLElement & { toCSV(): string }).toCSV();
    const rows = csv.split('\r\n').filter((line) => line && !line.startsWith('#')).length - 1;
    await expect(part(el, 'data-table')!.querySelectorAll('tbody tr').length, `${el.localName} rows`).toBe(rows);
  }
  const button = part(
    found.find((el) => el.localName === 'adds-churn-chart')!,
    'export-button',
  )!;
  button.click();
  await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
}

/** Export: every chart and the map shown as a table, an export menu open (axe checks both). */
export const Export: Story = {
  name: 'Dashboard, as tables, export menu open',
  play: async ({ canvasElement }) => showExport(canvasElement),
};

export const ExportDark: Story = {
  name: 'Dashboard, as tables, export menu open, dark',
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => showExport(canvasElement),
};
