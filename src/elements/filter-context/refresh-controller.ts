/**
 * `filter-context`'s `refresh-interval`: every so many seconds while the page is visible (paused
 * while hidden, checked at once on return when the interval has passed), `/dimensions` is asked
 * again with `If-None-Match` (a 304 costs no body). When its data block names a new version,
 * `onChange` is told, once per version. A failed check changes nothing: the next one tries again.
 * The first check learns the version the widgets are loading, so it runs at once even on a
 * hidden page (a tab opened in the background): learned only once the page is shown, a version
 * that came in between would be taken for the one on screen, and never reported.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InsightsClient } from '../../data/client.js';
import { DIMENSIONS_RESOURCE, type DataInfo } from '../../data/contract.js';
import { buildUrl, type InsightsQuery } from '../../data/query.js';

/** The shortest interval honoured, in seconds: a dashboard is not a ticker (a 304 of `/dimensions` costs little). */
export const MIN_REFRESH_SECONDS = 1;

/** The time the checks are scheduled by: the page's own, or a test's that it moves on itself. */
export interface RefreshClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const PAGE_CLOCK: RefreshClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class RefreshController implements ReactiveController {
  private timer?: unknown;
  private seconds = 0;
  private lastCheck = 0;
  private known?: string;
  private checking?: AbortController;
  /** The first check has run: while the page is hidden, no other does. */
  private learning = true;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Seconds between checks (0: never), already validated. */
    private readonly interval: () => number,
    /** The client and query in force. */
    private readonly source: () => { client: InsightsClient; query: InsightsQuery },
    /** A new data version was found. */
    private readonly onChange: (info: DataInfo) => void,
    private readonly clock: RefreshClock = PAGE_CLOCK,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    // The first check, at once, learns the version the widgets are loading now.
    this.lastCheck = this.known === undefined ? 0 : this.clock.now();
    this.schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.clock.clearTimeout(this.timer);
    this.checking?.abort();
  }

  hostUpdated(): void {
    if (this.interval() !== this.seconds) this.schedule();
  }

  /** Hidden, and the version learned: the checks wait for the page to be shown. */
  private get paused(): boolean {
    return document.visibilityState === 'hidden' && !this.learning;
  }

  /** The next check, `seconds` after the last one; none while paused or without an interval. */
  private schedule(): void {
    this.clock.clearTimeout(this.timer);
    this.seconds = this.interval();
    if (!this.seconds || this.paused || this.checking) return;
    const due = Math.max(0, this.lastCheck + this.seconds * 1000 - this.clock.now());
    this.timer = this.clock.setTimeout(() => void this.check(), due);
  }

  private readonly onVisibility = () => {
    if (this.paused) this.clock.clearTimeout(this.timer);
    else this.schedule();
  };

  private async check(): Promise<void> {
    const { client, query } = this.source();
    if (!query.endpoint) return void ((this.lastCheck = this.clock.now()), this.schedule());
    this.checking = new AbortController();
    const known = this.known ?? client.dataInfo?.version;
    const url = buildUrl(DIMENSIONS_RESOURCE, query);
    try {
      // Learning the version shares the filter bar's request; later checks go to the endpoint.
      const answer =
        known === undefined
          ? await client.get(url, DIMENSIONS_RESOURCE.schema, this.checking.signal)
          : await client.revalidate(url, DIMENSIONS_RESOURCE.schema, this.checking.signal);
      const info = answer.data;
      if (info) {
        this.known = info.version;
        if (known !== undefined && info.version !== known) this.onChange(info);
      }
    } catch {
      // Offline, a timeout, the endpoint restarting: the widgets keep what they show.
    } finally {
      this.checking = undefined;
      this.learning = false;
      this.lastCheck = this.clock.now();
      if (this.host.isConnected) this.schedule();
    }
  }
}
