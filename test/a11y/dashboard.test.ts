/**
 * The demo page (demo/index.html, its markup as served) on the test endpoint: axe on the whole
 * page (landmarks, heading order, unique region names), and a keyboard walk through the full
 * dashboard: every Tab stop has a visible focus indicator (the focused element's outline,
 * box-shadow or SVG stroke differs from its unfocused look) and an accessible name.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/bundle.js';
import { until } from '../support/helpers.js';
import { deepActiveElement, emulateFeatures, painted, stateOf } from './support.js';

interface AxeCommons {
  setup(node: Node): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown): string } };
}
const axe = (window as unknown as { axe: AxeCommons }).axe;

const WIDGETS =
  'kpi-card, customer-geo-map, adds-churn-chart, active-vs-total, distribution-tabs, product-sunburst, distribution-trend, filter-bar';

/** The demo's body (its script left out) on this page, pointed at the test endpoint, loading at once. */
async function mountDemo(): Promise<HTMLElement> {
  const source = await (await fetch('/demo/index.html')).text();
  const demo = new DOMParser().parseFromString(source, 'text/html');
  document.documentElement.lang = 'en';
  document.title = demo.title;
  const root = document.createElement('div');
  root.id = 'demo';
  for (const node of [...demo.body.childNodes]) if (!(node instanceof HTMLScriptElement)) root.append(document.importNode(node, true));
  const context = root.querySelector('filter-context')!;
  context.setAttribute('endpoint', '/api');
  context.setAttribute('loading', 'eager');
  context.removeAttribute('url-state');
  document.body.append(root);
  const widgets = [...root.querySelectorAll(WIDGETS)];
  for (const el of widgets) await until(() => stateOf(el) === 'complete', 10000, `${el.localName} loaded (now ${stateOf(el)})`);
  for (const el of widgets) await (el as Element & { chartComplete?: Promise<void> }).chartComplete;
  await painted();
  return root;
}

/** What makes focus visible, read from computed style. */
function ring(el: Element): string {
  const s = getComputedStyle(el);
  return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.stroke, s.strokeWidth, s.borderColor].join(' | ');
}

function accessibleName(el: Element): string {
  axe.setup(document);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(el)).trim();
  } finally {
    axe.teardown();
  }
}

/** A short description of a stop for messages: the host widget, the tag and its part. */
function where(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  return `${host ? `${host.localName} ` : ''}${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`;
}

describe('the demo dashboard', () => {
  let root: HTMLElement;
  before(async () => {
    await emulateFeatures();
    root = await mountDemo();
  });
  after(() => root.remove());

  it('passes axe as a page: landmarks, heading order, unique region names', async () => {
    await expect(document.body).to.be.accessible();
    expect(document.querySelector('main')).to.not.equal(null);
    expect(document.querySelector('footer')).to.not.equal(null);
    // The outline: h1, then the widgets' titles at 2 (the tiles at 3 under the hidden "Summary").
    const levels = [...root.querySelectorAll(WIDGETS)]
      .map((el) => el.shadowRoot!.querySelector('[part="label"][role="heading"]')?.getAttribute('aria-level'))
      .filter(Boolean);
    expect(levels).to.deep.equal(['3', '3', '3', '3', '3', '3', '2', '2', '2', '2', '2', '2']);
  });

  it('walks every control by keyboard: each stop visibly focused and named', async function () {
    this.timeout(120_000); // a hundred Tab presses, each a WebDriver round trip in Firefox and WebKit
    const start = document.createElement('button');
    start.textContent = 'before the dashboard';
    root.before(start);
    // The walk ends here, inside the page: tabbing past the last stop would put Firefox's focus
    // in its own toolbar, where the keys of the next test files would go.
    const end = document.createElement('button');
    end.textContent = 'after the dashboard';
    root.after(end);
    start.focus();
    const stops: string[] = [];
    const problems: string[] = [];
    for (let i = 0; i < 300; i++) {
      await sendKeys({ press: 'Tab' });
      const el = deepActiveElement();
      if (!el || el === end || el === document.body || !root.contains((el.getRootNode() as ShadowRoot).host ?? el)) break;
      const focused = ring(el);
      const name = accessibleName(el);
      (el as HTMLElement).blur();
      const unfocused = ring(el);
      (el as HTMLElement).focus();
      expect(deepActiveElement(), 'focus restored').to.equal(el);
      stops.push(where(el));
      if (focused === unfocused) problems.push(`${where(el)}: no visible focus indicator (${focused})`);
      if (!name) problems.push(`${where(el)}: no accessible name`);
    }
    start.remove();
    end.remove();
    expect(problems, problems.join('\n')).to.deep.equal([]);
    // Every interactive part is on the way (in page order).
    const text = stops.join('\n');
    for (const expected of [
      'filter-bar select',
      'kpi-card button[part=info]',
      'active-vs-total button[part=info]',
      'customer-geo-map button',
      'customer-geo-map input[part=search]',
      'customer-geo-map tr',
      'adds-churn-chart button',
      'adds-churn-chart input[part=zoom-start]',
      'adds-churn-chart button[part=legend-item]',
      'adds-churn-chart rect[part=month]',
      'active-vs-total button[part=legend-item]',
      'active-vs-total rect[part=month]',
      'distribution-tabs button[part=tab',
      'product-sunburst path[part=arc',
      'distribution-trend button[part=tab',
      'distribution-trend button[part=legend-item]',
    ]) {
      expect(text, `a stop at ${expected}; the stops:\n${text}`).to.contain(expected);
    }
  });
});
