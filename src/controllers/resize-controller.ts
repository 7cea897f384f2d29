/**
 * Tracks the content-box size of an element (the host by default, or one of its parts) with a
 * `ResizeObserver` and asks the host to update when it changes. Observation starts when the
 * host connects, moves to a new target after an update if the target changed (a part rendered
 * later), and stops when the host disconnects.
 *
 * @example
 * ```ts
 * private size = new ResizeController(this, { target: () => this.renderRoot.querySelector('.map') });
 * render() {
 *   return html`<div class="map">${this.size.width ? drawAt(this.size.width) : nothing}</div>`;
 * }
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ResizeControllerOptions {
  /** The element to observe; the host when absent or when it returns nothing yet (unless `waitForTarget`). */
  target?: () => Element | null | undefined;
  /** Observe nothing (sizes stay 0) until `target` returns an element, rather than the host meanwhile. */
  waitForTarget?: boolean;
  /**
   * The elements `target` returns in turn have the same size (a chart's box, and the placeholder
   * shown in its place until the first answer): a new one is measured at once only while no
   * size is known, so the host draws into the new box in the same update, with no layout forced
   * in between. The observer still reports a size that differs.
   */
  sameSizeTargets?: boolean;
  /**
   * Sizes are rounded to this many px before comparing, so sub-pixel jitter does not cause
   * updates. Default 1.
   */
  step?: number;
  /** Which changes ask the host to update. Default `both`. */
  track?: 'width' | 'height' | 'both';
  /** Called with the new size, before the host is asked to update. */
  onResize?: (width: number, height: number) => void;
}

export class ResizeController implements ReactiveController {
  /** Content-box width in px (0 until first observed). */
  width = 0;
  /** Content-box height in px (0 until first observed). */
  height = 0;

  private observer?: ResizeObserver;
  private observed?: Element;
  private pending?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: ResizeControllerOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => this.measure(entries));
    this.observeTarget();
  }

  hostUpdated(): void {
    this.observeTarget();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    clearTimeout(this.pending);
  }

  private observeTarget(): void {
    if (!this.observer) return;
    const target = this.options.target?.() ?? (this.options.waitForTarget ? undefined : this.host);
    if (!target || target === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = target;
    this.observer.observe(target);
    if (this.options.sameSizeTargets && (this.width || this.height)) return;
    // Measure a new target at once: the first observation waits for a rendering frame,
    // which a background tab may not get for a long time. In a microtask after the host's
    // update: the elements upgraded with the host have rendered by then, so a page's widgets
    // share one forced layout (measured amid their first renders, the first to measure would lay
    // out the page rendered so far, and the frame lay it out again), and asking for an update
    // while one completes is wasteful (Lit warns).
    void this.host.updateComplete
      .catch(() => false)
      .then(() =>
        queueMicrotask(() => {
          if (this.observed !== target) return;
          const style = getComputedStyle(target);
          const box = target.getBoundingClientRect();
          const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) || 0;
          const padY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) || 0;
          this.apply(box.width - padX, box.height - padY);
        }),
      );
  }

  private measure(entries: ResizeObserverEntry[]): void {
    const entry = entries.at(-1);
    if (!entry || entry.target !== this.observed) return;
    const { width, height } = entry.contentRect;
    // Update in a task of its own, not inside the observer's delivery: a host that re-renders
    // (and so resizes the target) there would cause "ResizeObserver loop" errors.
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.apply(width, height));
  }

  private apply(rawWidth: number, rawHeight: number): void {
    const step = this.options.step ?? 1;
    const round = (n: number) => Math.max(0, Math.round(n / step) * step);
    const width = round(rawWidth);
    const height = round(rawHeight);
    const track = this.options.track ?? 'both';
    const changed = (track !== 'height' && width !== this.width) || (track !== 'width' && height !== this.height);
    this.width = width;
    this.height = height;
    if (!changed) return;
    this.options.onResize?.(width, height);
    this.host.requestUpdate();
  }
}
