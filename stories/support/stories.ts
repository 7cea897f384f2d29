/**
 * One factory for the states every widget has, so each `stories/<tag>.stories.ts` stays a few
 * lines: data, loading, empty, errors (500 problem document, 400, network, contract-breaking
 * JSON, not JSON), hostile strings, dark theme, Dutch, 320 px and many members.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { HOSTILE_STRINGS } from './fixtures.js';
import { deepElements, deepText, luminance, waitForState, type WidgetState } from './dom.js';
import { createElement } from './manifest.js';
import { endpointFor, type Scenario } from './msw.js';

type Args = Record<string, unknown>;
export type Story = StoryObj<Args>;

/** The parts of a meta that come from the manifest: render any tag from its args. */
export function renderFromManifest(tag: string) {
  return (args: Args) => createElement(tag, args);
}

export interface StateStoryOptions {
  tag: string;
  /** Args every state story starts from (besides `endpoint`). */
  args?: Args;
  /** Extra args for the hostile story (e.g. `{ metric: 'products' }` so labels show). */
  hostileArgs?: Args;
  /** Extra args for the many-members story (e.g. a `by` with 45 members). */
  manyArgs?: Args;
  /** The hostile strings must be visible as text (false when the widget shows no labels). */
  hostileTextVisible?: boolean;
  /** What the widget shows for the empty dataset (default `empty`). */
  emptyState?: WidgetState;
}

const at = (scenario: Scenario, args: Args = {}) => ({ endpoint: endpointFor(scenario), ...args });

function expectState(state: WidgetState, text?: RegExp): Story['play'] {
  return async ({ canvasElement }) => {
    const found = await waitForState(canvasElement, state);
    if (text) for (const el of found) await expect(deepText(el)).toMatch(text);
  };
}

/** The state stories of one widget, to re-export one by one from its stories file. */
export function stateStories(options: StateStoryOptions) {
  const { args = {}, hostileArgs = {}, manyArgs = {}, hostileTextVisible = true, emptyState = 'empty' } = options;
  return {
    Data: { args: at('default', args), play: expectState('complete') },
    Loading: {
      args: at('loading', args),
      play: async ({ canvasElement }) => {
        const found = await waitForState(canvasElement, 'loading');
        for (const el of found) {
          const status = el.shadowRoot!.querySelector('[role=status]');
          await expect(status, 'the skeleton is announced').not.toBeNull();
        }
      },
    },
    /**
     * A new range while the answer is on show (the endpoint answers in 1.5 s): the widget keeps
     * the last answer, `aria-busy` at once and dimmed once the load has taken 200 ms (its
     * `slow-load` state), with no skeleton in between.
     */
    Reloading: {
      name: 'Reloading (the last answer kept)',
      args: at('slow', args),
      play: async ({ canvasElement }) => {
        const found = await waitForState(canvasElement, 'complete');
        for (const el of found) (el as HTMLElement & { from: string }).from = '2025-12';
        await waitFor(() => {
          for (const el of found) expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), `${el.localName} busy`).not.toBeNull();
        });
        for (const el of found) await expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), `${el.localName}: no skeleton`).toBeNull();
        await waitFor(() => {
          for (const el of found) expect(el.matches(':state(slow-load)'), `${el.localName} dimmed`).toBe(true);
        });
        await waitForState(canvasElement, 'complete');
        for (const el of found) await expect(el.matches(':state(slow-load)'), `${el.localName}: no longer dimmed`).toBe(false);
      },
    },
    Empty: { args: at('empty', args), play: expectState(emptyState) },
    ServerError: {
      name: 'Error: 500 problem document',
      args: at('server-error', args),
      play: expectState('error', /500: The engine failed to compute this resource\./),
    },
    BadRequest: {
      name: 'Error: 400 naming a parameter',
      args: at('bad-request', args),
      play: expectState('error', /400: from "2026-13" is not a calendar month/),
    },
    NetworkError: {
      name: 'Error: network',
      args: at('network-error', args),
      play: expectState('error', /Could not reach the data endpoint/),
    },
    Malformed: {
      name: 'Error: answer breaks the contract',
      args: at('malformed', args),
      play: expectState('error', /does not match the data contract/),
    },
    NotJson: {
      name: 'Error: answer is not JSON',
      args: at('not-json', args),
      play: expectState('error', /the answer is not JSON/),
    },
    Hostile: {
      name: 'Hostile strings',
      args: at('hostile', { ...args, ...hostileArgs }),
      play: async ({ canvasElement }) => {
        const found = await waitForState(canvasElement, 'complete');
        // Labels are text: no element was created from them, and they read as written.
        await expect(deepElements(canvasElement).filter((el) => el.localName === 'img')).toHaveLength(0);
        if (hostileTextVisible) {
          const text = found.map((el) => deepText(el)).join(' ');
          for (const s of HOSTILE_STRINGS) await expect(text).toContain(s);
        }
      },
    },
    Dark: {
      name: 'Dark theme',
      args: at('default', args),
      globals: { theme: 'dark' },
      play: async ({ canvasElement }) => {
        const found = await waitForState(canvasElement, 'complete');
        for (const el of found) {
          await expect(luminance(getComputedStyle(el).color), `${el.localName} text is light`).toBeGreaterThan(0.5);
        }
      },
    },
    Dutch: {
      name: 'Locale nl',
      args: at('default', { ...args, locale: 'nl' }),
      play: expectState('complete'),
    },
    Narrow: {
      name: 'Narrow (320 px)',
      args: at('default', args),
      parameters: { width: 320 },
      play: async ({ canvasElement }) => {
        const found = await waitForState(canvasElement, 'complete');
        for (const el of found) {
          await expect(el.getBoundingClientRect().width, `${el.localName} fits`).toBeLessThanOrEqual(320);
          await expect(el.scrollWidth, `${el.localName} does not overflow`).toBeLessThanOrEqual(el.clientWidth + 1);
        }
      },
    },
    ManyMembers: {
      name: 'Many members',
      args: at('many', { ...args, ...manyArgs }),
      play: expectState('complete'),
    },
  } satisfies Record<string, Story>;
}

/** The changes a member widget shows with `compare` (`part~=change`), or its note (`part~=comparison`). */
async function changesShown(canvasElement: HTMLElement, part: 'change' | 'comparison') {
  const found = await waitForState(canvasElement, 'complete');
  await waitFor(() => {
    for (const el of found) expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), `${el.localName} ${part}`).not.toBeNull();
  });
  return found;
}

/**
 * The `compare` and info states of a member widget (map grid, distribution-tabs, sunburst): a
 * change per member (previous period: the stories' comparison mock is the dataset 10 % lower),
 * dark, Dutch, no data for the comparison range, and the info popover open.
 */
export function comparisonStories(options: { tag: string; args?: Args }) {
  const { args = {} } = options;
  const compared = (extra: Args = {}) => ({ endpoint: endpointFor('compare'), compare: 'previous-period', ...args, ...extra });
  const Comparison: Story = {
    name: 'Comparison: previous period',
    args: compared(),
    play: async ({ canvasElement }) => {
      const [el] = await changesShown(canvasElement, 'change');
      await expect(deepText(el!.shadowRoot!.querySelector('[part~="change"]')!)).toMatch(/[▲▼▶—]/);
    },
  };
  return {
    Comparison,
    ComparisonDark: { ...Comparison, name: 'Comparison: dark', globals: { theme: 'dark' } },
    ComparisonDutch: { ...Comparison, name: 'Comparison: locale nl', args: compared({ locale: 'nl', compare: 'previous-year' }) },
    NoComparisonData: {
      name: 'Comparison: no data for it',
      // Data from June 2025: the year before Aug–Oct 2025 holds none.
      args: { endpoint: endpointFor('compare-edge'), compare: 'previous-year', from: '2025-08', to: '2025-10', ...args },
      play: async ({ canvasElement }) => {
        const [el] = await changesShown(canvasElement, 'comparison');
        // The note says "…" until the comparison range's answer is in.
        await waitFor(() =>
          expect(deepText(el!.shadowRoot!.querySelector('[part~="comparison"]')!)).toMatch(
            /no data for the same months a year earlier before Jun 2025/,
          ),
        );
      },
    },
    InfoOpen: {
      name: 'Info open',
      args: at('default', args),
      play: async ({ canvasElement }) => {
        const [el] = await waitForState(canvasElement, 'complete');
        (el!.shadowRoot!.querySelector('[part~="info"]') as HTMLButtonElement).click();
        await waitFor(() => expect(el!.shadowRoot!.querySelector('[part~="info-popover"]')!.matches(':popover-open')).toBe(true));
      },
    },
  } satisfies Record<string, Story>;
}
