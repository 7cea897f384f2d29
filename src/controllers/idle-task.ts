/**
 * One piece of work that is not urgent: it runs once no data load is in flight on the page
 * (`page-loads.ts`) and the page is then idle (at most 500 ms later), after the widgets'
 * updates, so it never delays the dashboard's paint or update: an idle moment between two
 * answers does not count (work done there held the next widget back). Asked again before it
 * ran, it runs once, with the state in force by then. `filter-context` writes the address
 * (`history.pushState` takes up to ~10 ms) and checks filter members against `/dimensions` (one
 * more request) with one each; `IdleContent` draws content nobody sees at first glance with one.
 */
import { whenNoLoads } from './page-loads.js';

export class IdleTask {
  private waiting = false;

  constructor(
    /** Nothing runs once the host has left the page. */
    private readonly host: Element,
    private readonly work: () => void,
  ) {}

  /** Runs the work once the page's loads are answered and it is idle, unless it is already waiting to. */
  schedule(): void {
    if (this.waiting) return;
    this.waiting = true;
    const run = () => {
      this.waiting = false;
      if (this.host.isConnected) this.work();
    };
    whenNoLoads(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
      else setTimeout(run, 50);
    });
  }
}
