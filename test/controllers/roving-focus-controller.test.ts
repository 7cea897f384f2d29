/**
 * controllers/roving-focus-controller: one tab stop, arrows move focus (wrapping), Home/End,
 * orientation, other keys left alone, the stop kept among fewer items; and `move()` for items
 * whose DOM says where the stop is.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { RovingOrientation } from '../../src/core/roving.js';
import { RovingFocusController } from '../../src/controllers/roving-focus-controller.js';

class RovingProbe extends LitElement {
  @property({ type: Number }) count = 4;
  @property() orientation: RovingOrientation = 'both';
  /** Keys the controller let through (not a navigation key for it). */
  readonly ignored: string[] = [];
  readonly roving = new RovingFocusController(this, {
    orientation: 'both',
    stop: () => this.renderRoot.querySelector<HTMLElement>('button[tabindex="0"]'),
  });
  readonly horizontal = new RovingFocusController(this, {
    orientation: 'horizontal',
    stop: () => this.renderRoot.querySelector<HTMLElement>('button[tabindex="0"]'),
  });

  private get active() {
    return this.orientation === 'horizontal' ? this.horizontal : this.roving;
  }

  protected override render() {
    const onKeydown = (e: KeyboardEvent) => {
      if (this.active.keydown(e, this.count) === null) this.ignored.push(`${e.key}${e.defaultPrevented ? ' (prevented)' : ''}`);
    };
    return html`<div @keydown=${onKeydown}>
      ${Array.from({ length: this.count }, (_, i) => html`<button data-i=${i} tabindex=${this.active.tabIndex(i, this.count)}>${i}</button>`)}
    </div>`;
  }
}
customElements.define('roving-probe', RovingProbe);

/** A month chart's group: the stop starts on the last item, ↑/↓ a second axis, Enter/Space an action. */
class RovingGridProbe extends LitElement {
  /** What the callbacks were given, in order: `across <index> <step>`, `activate <index>`. */
  readonly calls: string[] = [];
  readonly roving = new RovingFocusController(this, {
    orientation: 'horizontal',
    start: 'last',
    stop: () => this.renderRoot.querySelector<HTMLElement>('button[tabindex="0"]'),
    across: (i, step) => this.calls.push(`across ${i} ${step}`),
    activate: (i) => this.calls.push(`activate ${i}`),
  });

  protected override render() {
    const onKeydown = (e: KeyboardEvent) => this.roving.keydown(e, 3, Number((e.target as HTMLElement).dataset.i));
    return html`<div @keydown=${onKeydown}>
      ${[0, 1, 2].map((i) => html`<button data-i=${i} tabindex=${this.roving.tabIndex(i, 3)}>${i}</button>`)}
    </div>`;
  }
}
customElements.define('roving-grid-probe', RovingGridProbe);

/** Buttons that say where the stop is themselves, moved with the static `move()`. */
class RovingListProbe extends LitElement {
  protected override render() {
    const onKeydown = (e: KeyboardEvent) => {
      RovingFocusController.move(e, [...this.renderRoot.querySelectorAll<HTMLElement>('button')], 'vertical');
    };
    return html`<div @keydown=${onKeydown}>${[0, 1, 2].map((i) => html`<button data-i=${i}>${i}</button>`)}</div>`;
  }
}
customElements.define('roving-list-probe', RovingListProbe);

const focusedIndex = (el: Element) => el.shadowRoot!.activeElement?.getAttribute('data-i') ?? null;
const stops = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.getAttribute('tabindex'));

describe('controllers/roving-focus-controller', () => {
  it('is one tab stop; arrows move focus and the stop, wrapping; Home/End jump to the ends', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe></roving-probe>`);
    expect(stops(el)).to.deep.equal(['0', '-1', '-1', '-1']);
    el.shadowRoot!.querySelector<HTMLElement>('button')!.focus();
    const steps: [string, string][] = [
      ['ArrowRight', '1'],
      ['ArrowDown', '2'],
      ['ArrowLeft', '1'],
      ['ArrowUp', '0'],
      ['ArrowUp', '3'], // wraps back to the last
      ['ArrowRight', '0'], // and forward to the first
      ['End', '3'],
      ['Home', '0'],
    ];
    for (const [key, expected] of steps) {
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(focusedIndex(el), `focus after ${key}`).to.equal(expected);
      expect(el.roving.index, `stop after ${key}`).to.equal(Number(expected));
      expect(
        stops(el).filter((t) => t === '0'),
        'one tab stop',
      ).to.have.length(1);
      expect(stops(el)[Number(expected)]).to.equal('0');
    }
  });

  it('leaves other keys, and the other axis of a horizontal group, to the page', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe orientation="horizontal"></roving-probe>`);
    el.shadowRoot!.querySelector<HTMLElement>('button')!.focus();
    for (const key of ['ArrowDown', 'ArrowUp', 'Enter', 'a']) await sendKeys({ press: key });
    expect(el.ignored).to.deep.equal(['ArrowDown', 'ArrowUp', 'Enter', 'a']);
    expect(focusedIndex(el)).to.equal('0');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedIndex(el)).to.equal('1');
  });

  it('placing the stop re-renders without moving focus; fewer items keep it on the last', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe></roving-probe>`);
    el.roving.index = 3;
    await el.updateComplete;
    expect(stops(el)).to.deep.equal(['-1', '-1', '-1', '0']);
    expect(focusedIndex(el)).to.equal(null);
    el.count = 2;
    await el.updateComplete;
    expect(stops(el)).to.deep.equal(['-1', '0']);
    expect(el.roving.stopIndex(2)).to.equal(1);
  });

  it("start: 'last', across and activate: the stop on the last item; the other axis and Enter/Space call back on the focused item", async () => {
    const el = await fixture<RovingGridProbe>(html`<roving-grid-probe></roving-grid-probe>`);
    expect(stops(el)).to.deep.equal(['-1', '-1', '0']);
    el.shadowRoot!.querySelector<HTMLElement>('button[tabindex="0"]')!.focus();
    for (const key of ['ArrowUp', 'ArrowDown', 'Enter', ' ']) await sendKeys({ press: key });
    expect(el.calls).to.deep.equal(['across 2 -1', 'across 2 1', 'activate 2', 'activate 2']);
    expect(focusedIndex(el), 'the other axis keeps focus').to.equal('2');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedIndex(el)).to.equal('0');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.calls.at(-1)).to.equal('across 0 1');
  });

  it("move(): focus goes from the item the key was pressed on, in the group's orientation", async () => {
    const el = await fixture<RovingListProbe>(html`<roving-list-probe></roving-list-probe>`);
    el.shadowRoot!.querySelector<HTMLElement>('button[data-i="1"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedIndex(el)).to.equal('2');
    await sendKeys({ press: 'ArrowRight' }); // not this group's axis
    expect(focusedIndex(el)).to.equal('2');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedIndex(el)).to.equal('0');
    await sendKeys({ press: 'End' });
    expect(focusedIndex(el)).to.equal('2');
    await sendKeys({ press: 'Home' });
    expect(focusedIndex(el)).to.equal('0');
  });
});
