/**
 * controllers/tween-controller: eased frames, one onDone, background-tab fallback, cancel on disconnect.
 * Chromium only: the tests switch prefers-reduced-motion at run time (DevTools protocol only).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, restoreMedia } from '../support/media.js';
import { LitElement } from 'lit';
import { TweenController } from '../../src/controllers/tween-controller.js';

class TweenProbe extends LitElement {
  readonly tween = new TweenController(this, 120);
}
customElements.define('tween-probe', TweenProbe);

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('controllers/tween-controller', () => {
  // Other test files leave the page emulating reduced motion; these tests set what they need.
  beforeEach(() => emulateMedia({ reducedMotion: 'no-preference' }));
  after(() => restoreMedia());

  it('does not animate under prefers-reduced-motion: one frame at the end, then onDone', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<TweenProbe>(html`<tween-probe></tween-probe>`);
    const frames: number[] = [];
    let done = 0;
    el.tween.run(
      (t) => frames.push(t),
      () => done++,
    );
    expect(frames).to.deep.equal([1]);
    expect(done).to.equal(1);
    expect(el.tween.active).to.equal(false);
  });

  it('calls onFrame with rising eased progress, ending at 1, then onDone once', async () => {
    const el = await fixture<TweenProbe>(html`<tween-probe></tween-probe>`);
    const frames: number[] = [];
    let done = 0;
    el.tween.run(
      (t) => frames.push(t),
      () => done++,
    );
    expect(el.tween.active).to.equal(true);
    await wait(400);
    expect(done).to.equal(1);
    expect(el.tween.active).to.equal(false);
    expect(frames.at(-1)).to.equal(1);
    expect(frames.length).to.be.greaterThan(1);
    for (let i = 1; i < frames.length; i++) expect(frames[i]).to.be.at.least(frames[i - 1]!);
  });

  it('lands on the end when no animation frames come (a background tab)', async () => {
    const el = await fixture<TweenProbe>(html`<tween-probe></tween-probe>`);
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0; // frames never come
    try {
      let last = -1;
      let done = 0;
      el.tween.run(
        (t) => (last = t),
        () => done++,
      );
      await wait(400);
      expect(last).to.equal(1);
      expect(done).to.equal(1);
    } finally {
      window.requestAnimationFrame = raf;
    }
  });

  it('a new run cancels the one in flight; disconnecting cancels without onDone', async () => {
    const el = await fixture<TweenProbe>(html`<tween-probe></tween-probe>`);
    let first = 0;
    let second = 0;
    el.tween.run(
      () => {},
      () => first++,
    );
    el.tween.run(
      () => {},
      () => second++,
    );
    await wait(400);
    expect([first, second]).to.deep.equal([0, 1]);
    let third = 0;
    el.tween.run(
      () => {},
      () => third++,
    );
    el.remove();
    await wait(400);
    expect(third).to.equal(0);
    expect(el.tween.active).to.equal(false);
  });
});
