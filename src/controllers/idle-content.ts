/**
 * Content nobody sees at first glance — a chart's screen-reader table — drawn once the page's
 * loads are answered and it is idle (`IdleTask`) instead of in the update that draws what is
 * seen. On the full dashboard
 * the three month charts' tables are about 1,500 nodes: built with the charts, they held the
 * page's first paint back by ≈ 45 ms (`npm run bench -- browser`), and every filter change's too.
 *
 * `render(key, draw)` returns the content as last drawn while its `key` (a string of everything
 * the content shows) is unchanged; when the key changes it keeps the old content on show, asks
 * for an idle update, and draws the new content in that update. So assistive technology reads
 * the previous figures for at most one idle period (≤ 500 ms), never a half-built table, and an
 * update that does not change the content (a hover) costs nothing. Without a DOM (server
 * rendering) it draws at once.
 */
import { isServer, nothing, type ReactiveControllerHost } from 'lit';
import { IdleTask } from './idle-task.js';

export class IdleContent {
  private key?: string;
  private shown: unknown = nothing;
  /** The idle update has come: the next `render` with a new key draws. */
  private due = false;
  private readonly idle: IdleTask;

  /** The key of the last `render`: the content is behind while it differs from the drawn one. */
  private wanted?: string;
  private settledWaiters: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.idle = new IdleTask(host, () => {
      this.due = true;
      host.requestUpdate();
      // An update that no longer shows the content (an error in its place) leaves nothing to wait for.
      void host.updateComplete.then(() => {
        if (!this.due) return;
        this.due = false;
        this.wanted = this.key;
        this.settledWaiters.splice(0).forEach((resolve) => resolve());
      });
    });
  }

  /** Settles once the content drawn is the content last asked for (at once when it is). */
  get settled(): Promise<void> {
    if (this.wanted === this.key) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  /** The content for `key`: drawn by `draw` now when due (or on a server), else the last drawn while an idle update is asked for. */
  render(key: string, draw: () => unknown): unknown {
    this.wanted = key;
    if (key === this.key) {
      this.due = false;
      return this.shown;
    }
    if (!this.due && !isServer) {
      this.idle.schedule();
      return this.shown;
    }
    this.due = false;
    this.key = key;
    const waiters = this.settledWaiters.splice(0);
    if (waiters.length) void this.host.updateComplete.then(() => waiters.forEach((resolve) => resolve()));
    return (this.shown = draw());
  }
}
