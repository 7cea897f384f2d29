/**
 * `filter-context`'s `url-state`: the dashboard's range and filters mirrored into the page's
 * query string under a prefix (`core/url-state.ts` reads and writes it), so a reload restores
 * the view and Back undoes a change. A controller of its own so the element keeps only the
 * provider: it listens to `popstate` while connected and writes the address when the page is
 * idle; the element decides when a change is the page's own (written) or came from the address
 * or a cross selection (not written again).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlState, writeUrlState, type UrlState } from '../../core/url-state.js';
import { IdleTask } from '../../controllers/idle-task.js';

export class UrlStateController implements ReactiveController {
  private readonly writer: IdleTask;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly options: {
      /** The `url-state` attribute: the prefix (blank: `insights`), `null` when the URL is left alone. */
      prefix: () => string | null;
      /** The state in force, to write. */
      state: () => UrlState;
      /** Applies the address's state; `undefined`: nothing of ours in it on the first read, keep the attributes. */
      apply: (state: UrlState | undefined) => void;
    },
  ) {
    host.addController(this);
    this.writer = new IdleTask(host, () => this.write());
  }

  private get enabled(): boolean {
    return this.options.prefix() !== null;
  }

  private get prefix(): string {
    return this.options.prefix()?.trim() || 'insights';
  }

  hostConnected(): void {
    if (!this.enabled) return;
    window.addEventListener('popstate', this.onPopState);
    this.read(true);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Writes the state in force into the address once the page is idle (with `url-state` only). */
  writeWhenIdle(): void {
    if (this.enabled) this.writer.schedule();
  }

  private readonly onPopState = () => this.read(false);

  /** Applies the address's state; on the first read, an address without ours keeps the attributes. */
  private read(first: boolean): void {
    const { state, rejected } = readUrlState(location.search, this.prefix);
    for (const value of rejected) console.warn(`<filter-context> ignores ${value} in the address: not a valid value.`);
    // Nothing of ours in the URL (a first visit): keep what the page's attributes say.
    const ours = new URLSearchParams(location.search).toString().includes(`${encodeURIComponent(this.prefix)}.`);
    this.options.apply(first && !ours ? undefined : state);
  }

  private write(): void {
    const search = writeUrlState(location.search, this.prefix, this.options.state());
    if (search === location.search) return;
    history.pushState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }
}
