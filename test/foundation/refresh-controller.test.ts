/**
 * `filter-context`'s refresh checks (refresh-controller.ts) on a clock the test moves on itself,
 * so that "no check while the page is hidden" is seen without waiting: the real client asks the
 * real live endpoint of the test server (`/live/<key>/…`), only the time between checks is the
 * test's.
 */
import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { InsightsClient } from '../../src/data/client.js';
import type { DataInfo } from '../../src/data/contract.js';
import { RefreshController, type RefreshClock } from '../../src/elements/filter-context/refresh-controller.js';
import { resetRequests, RUN_KEY, settledRequestCount, until } from '../support/helpers.js';

/** A clock that stands still until `advance` moves it, running the timers that fall due in order. */
class ManualClock implements RefreshClock {
  private time = 1_000_000;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; run: () => void }>();

  now = () => this.time;
  setTimeout = (run: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, run });
    return id;
  };
  clearTimeout = (id: unknown) => void this.timers.delete(id as number);

  /** Timers waiting to run. */
  get pending(): number {
    return this.timers.size;
  }

  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const [id, due] = [...this.timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined) break;
      this.timers.delete(id);
      this.time = due!.at;
      due!.run();
    }
    this.time = end;
  }
}

class RefreshProbe extends ReactiveElement {}
customElements.define('refresh-probe', RefreshProbe);

const key = `refresh-${RUN_KEY}`;
const setData = (data: 'a' | 'b', of = key) => fetch(`/live-set?key=${of}&data=${data}`, { cache: 'no-store' });
const dimensions = `/live/${key}/dimensions`;

describe('RefreshController', () => {
  let host: RefreshProbe;
  /** A host on the page with a check a second of the live endpoint `of`, on a clock of the test's. */
  const connect = (of: string) => {
    const clock = new ManualClock();
    const changes: DataInfo[] = [];
    const client = new InsightsClient();
    host = document.createElement('refresh-probe') as RefreshProbe;
    new RefreshController(
      host,
      () => 1,
      () => ({ client, query: { endpoint: `/live/${of}`, last: 6, filters: {} } }),
      (info) => changes.push(info),
      clock,
    );
    document.body.append(host);
    return { clock, changes, client };
  };
  afterEach(() => {
    host?.remove();
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('checks every interval while the page is visible, none while it is hidden, and at once when it is shown again', async () => {
    await setData('a');
    resetRequests();
    const { clock, changes } = connect(key);
    // The first check, at once, learns the version; then one a second.
    const checked = async (count: number) => {
      clock.advance(count === 1 ? 0 : 1000);
      await until(() => clock.pending === 1, 5000, `check ${count} done and the next one due`);
      expect(await settledRequestCount(dimensions, count), `checks after ${count}`).to.equal(count);
    };
    await checked(1);
    await checked(2);

    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(clock.pending, 'checks due while hidden').to.equal(0);
    await setData('b');
    clock.advance(60_000);
    expect(clock.pending, 'checks due after a minute hidden').to.equal(0);
    expect(await settledRequestCount(dimensions, 2), 'checks while hidden').to.equal(2);
    expect(changes, 'changes seen while hidden').to.have.length(0);

    delete (document as { visibilityState?: unknown }).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
    // The interval passed while hidden: the check is due now, not a second later.
    clock.advance(0);
    await until(() => changes.length === 1, 5000, 'the new version');
    expect(await settledRequestCount(dimensions, 3)).to.equal(3);
  });

  it('a page hidden from the start learns the version at once, then checks only once shown', async () => {
    // A key of its own: the browser's cache holds no answer of it yet.
    const hiddenKey = `refresh-hidden-${RUN_KEY}`;
    const hiddenDimensions = `/live/${hiddenKey}/dimensions`;
    await setData('a', hiddenKey);
    resetRequests();
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    const { clock, changes, client } = connect(hiddenKey);
    // A tab opened in the background: its widgets load version a, and so does the first check.
    clock.advance(0);
    expect(await settledRequestCount(hiddenDimensions, 1), 'the first check while hidden').to.equal(1);
    await until(() => clock.pending === 0 && client.dataInfo?.version.startsWith('a-'), 5000, 'the first check done, none due');

    await setData('b', hiddenKey);
    clock.advance(60_000);
    expect(await settledRequestCount(hiddenDimensions, 1), 'checks after a minute hidden').to.equal(1);
    expect(changes, 'changes seen while hidden').to.have.length(0);

    // Shown: the check finds b, a change from the version the widgets show.
    delete (document as { visibilityState?: unknown }).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
    clock.advance(0);
    await until(() => changes.length === 1, 5000, 'the new version');
    expect(changes[0]!.version).to.match(/^b-/);
  });
});
