/**
 * `filter-context`'s `refresh-interval`: every so many seconds while the page is visible (paused
 * while hidden, checked at once on return when the interval has passed), `/dimensions` is asked
 * again with `If-None-Match` (a 304 costs no body). When its data block names a new version,
 * `onChange` is told, once per version. A failed check changes nothing: the next one tries again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InsightsClient } from '../../data/client.js';
import { DIMENSIONS_RESOURCE, type DataInfo } from '../../data/contract.js';
import { buildUrl, type InsightsQuery } from '../../data/query.js';

/** The shortest interval honoured, in seconds: a dashboard is not a ticker (a 304 of `/dimensions` costs little). */
export const MIN_REFRESH_SECONDS = 1;

export class RefreshController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private seconds = 0;
  private lastCheck = 0;
  private known?: string;
  private checking?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Seconds between checks (0: never), already validated. */
    private readonly interval: () => number,
    /** The client and query in force. */
    private readonly source: () => { client: InsightsClient; query: InsightsQuery },
    /** A new data version was found. */
    private readonly onChange: (info: DataInfo) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    // The first check, at once, learns the version the widgets are loading now.
    this.lastCheck = this.known === undefined ? 0 : Date.now();
    this.schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.timer);
    this.checking?.abort();
  }

  hostUpdated(): void {
    if (this.interval() !== this.seconds) this.schedule();
  }

  /** The next check, `seconds` after the last one; none while hidden or without an interval. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.seconds = this.interval();
    if (!this.seconds || document.visibilityState === 'hidden' || this.checking) return;
    const due = Math.max(0, this.lastCheck + this.seconds * 1000 - Date.now());
    this.timer = setTimeout(() => void this.check(), due);
  }

  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') clearTimeout(this.timer);
    else this.schedule();
  };

  private async check(): Promise<void> {
    const { client, query } = this.source();
    if (!query.endpoint) return void ((this.lastCheck = Date.now()), this.schedule());
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
      this.lastCheck = Date.now();
      if (this.host.isConnected) this.schedule();
    }
  }
}
