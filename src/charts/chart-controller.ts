/**
 * The kit's one bridge to ApexCharts, as a Lit reactive controller. Generic: it draws whatever
 * ApexCharts options it is given; option builders in `./options/` make those from the tokens.
 *
 * Lifecycle (after Vaadin's chart): ApexCharts is imported lazily, as soon as the host may load
 * (connected, and near the viewport unless eager), in parallel with the host's data request, so
 * the engine is there when the data arrives (no waterfall). The chart is created after the
 * host's first render that has a target and options, drawn at once (no entrance animation, nor
 * for a new answer: see `context()`), UPDATED in place
 * (`updateOptions`, never rebuilt) when the `deps` or the theme change, destroyed a microtask
 * after the host disconnects (so a moved element keeps its chart) and created again when it
 * reconnects. The target must be nested — `<div class="wrap"><div class="chart"></div></div>` —
 * because ApexCharts measures and observes `el.parentNode` for its ResizeObserver. ApexCharts'
 * CSS goes into the host's shadow root (never `document.head`) with the page's CSP nonce (see
 * `styleNonce()`); each chart gets its own `chart.id`. The engine's off-screen text-measuring SVG
 * is moved out of `document.body` into a shadow root, where the host page's CSS cannot reach it,
 * and the labels it measures are remembered per chart (`text-measure-cache.ts`); a label of one
 * line is laid out without reading its styles again (`text-rebuild.ts`), and rotated month
 * labels are measured in one layout (`rotated-labels.ts`).
 *
 * @example
 * ```ts
 * class MyDonut extends InsightsElement {
 *   static styles = [tokens, chartStyles, css`…`];
 *   private data = new ResourceController(this, BREAKDOWN, () => ({ by: 'segment' }));
 *   private chart = new ChartController(this, {
 *     target: () => this.renderRoot.querySelector<HTMLElement>('.chart'),
 *     deps: () => [this.data.value, this.effectiveLocale],
 *     options: ({ theme, animate }) => {
 *       const rows = this.data.value?.rows;
 *       if (!rows?.length) return undefined; // no chart (yet)
 *       return mergeOptions(baseOptions({ theme, animate, format: this.localize.format, height: 320 }), {
 *         chart: { type: 'donut' },
 *         series: rows.map((r) => r.customers),
 *         labels: rows.map((r) => escapeHtml(r.label)), // legend and tooltip use innerHTML
 *       });
 *     },
 *   });
 *   render() {
 *     return html`<div class="wrap"><div class="chart"></div></div>`;
 *   }
 * }
 * // await this.chart.complete  → the current options are painted.
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApexOptions } from 'apexcharts';
import { loadApexCharts, trackChart, type ApexCharts } from './apex.js';
import { prefersReducedMotion } from '../controllers/reduced-motion.js';
import { shieldMeasuringSvg } from './measure-shield.js';
import { cacheTextMeasures, forgetTextMeasures } from './text-measure-cache.js';
import { skipSingleLineRebuilds } from './text-rebuild.js';
import { readRotatedLabelsAhead } from './rotated-labels.js';
import { ANIMATION_MS, nextFrame } from './animation.js';
import { watchPageTheme } from './page-theme.js';
import { readChartTheme, type ChartTheme } from './theme.js';

/** What an options builder is given. */
export interface ChartContext {
  /** The host's tokens, resolved to colours. */
  theme: ChartTheme;
  /**
   * True only when the user changes the view of the answer on show (a legend toggle, a zoom);
   * false for a first draw, a new answer, and when the user prefers reduced motion.
   */
  animate: boolean;
}

export interface ChartControllerConfig {
  /** The element to draw in (nested in a wrapper), `null` while the host shows no chart. */
  target: () => HTMLElement | null | undefined;
  /** ApexCharts options for the current state; `undefined` = no chart (e.g. no data). */
  options: (context: ChartContext) => ApexOptions | undefined;
  /**
   * Values whose change (by identity) calls `options` again and updates the chart. The first is
   * the answer the chart shows: a new one is drawn at once; a change of only the others (a
   * legend toggle, a zoom) animates.
   */
  deps: () => readonly unknown[];
}

type Host = ReactiveControllerHost & HTMLElement & {
  /** A CSP nonce the host was given (e.g. through its `filter-context`). */
  readonly styleNonce?: string;
  /** Settles when the host may load (lazy loading); absent: at once. */
  whenNear?(signal: AbortSignal): Promise<void>;
};

declare global {
  interface Window {
    /** Lit's own CSP nonce setting, which the kit honours for the chart engine's styles too. */
    litNonce?: string;
  }
}

/**
 * The nonce for `<style>` elements the chart engine adds: the host's (its context's), its own
 * `nonce` attribute, `window.litNonce`, or the nonce of a `script[nonce]` on the page.
 */
export function styleNonce(host: Host): string | undefined {
  return (
    host.styleNonce ||
    host.nonce ||
    window.litNonce ||
    document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ||
    undefined
  );
}

let instances = 0;

function sameDeps(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return !!a && a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}


export class ChartController implements ReactiveController {
  /** This chart's ApexCharts `chart.id`, unique on the page. */
  readonly id = `insights-chart-${++instances}`;

  private chart?: ApexCharts;
  private target?: HTMLElement;
  private lastDeps?: readonly unknown[];
  private themeDirty = false;
  /** Bumped on every destroy: a creation that finds it changed gives up. */
  private generation = 0;
  private creating = false;
  private dirtyWhileCreating = false;
  private work: Promise<void> = Promise.resolve();
  private disconnected = false;
  private animationEnded?: () => void;
  /** The theme the chart was last drawn with, to skip page changes that keep the colours. */
  private drawnTheme = '';
  /** That theme, reused by data updates (reading it forces a style recalculation). */
  private theme?: ChartTheme;
  /** Withdraws the wait for the viewport before loading the engine. */
  private preloading?: AbortController;
  private stopWatchingTheme?: () => void;
  private readonly onPageTheme = () => {
    const target = this.target;
    if (!this.chart || !target) return;
    if (JSON.stringify(readChartTheme(this.host, target.parentElement ?? target)) !== this.drawnTheme) this.refreshTheme();
  };

  constructor(
    private readonly host: Host,
    private readonly config: ChartControllerConfig,
  ) {
    host.addController(this);
  }

  /** The live ApexCharts instance, if drawn (for tests and advanced use). */
  get instance(): ApexCharts | undefined {
    return this.chart;
  }

  /** Settles when every pending create/update has painted (animation included). */
  get complete(): Promise<void> {
    return (async () => {
      let seen: Promise<void>;
      do {
        seen = this.work;
        await seen;
      } while (seen !== this.work);
    })();
  }

  /**
   * Reads the tokens again. Page theme switches on `<html>`/`<body>` and the OS scheme are seen
   * by themselves; call this after changing `--insights-*` on another ancestor.
   */
  refreshTheme(): void {
    this.themeDirty = true;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.disconnected = false;
    this.stopWatchingTheme = watchPageTheme(this.onPageTheme);
    this.preloadEngine();
    // Reconnected after a real disconnect: draw again.
    if (!this.chart) this.host.requestUpdate();
  }

  /** Starts loading ApexCharts once the host may load its data, so both arrive together. */
  private preloadEngine(): void {
    if (this.chart) return;
    this.preloading?.abort();
    const wait = (this.preloading = new AbortController());
    (this.host.whenNear?.(wait.signal) ?? Promise.resolve()).then(
      () => void loadApexCharts().catch(() => undefined), // a failure is reported by the draw
      () => undefined, // disconnected first
    );
  }

  hostDisconnected(): void {
    this.preloading?.abort();
    this.stopWatchingTheme?.();
    this.disconnected = true;
    // A microtask later: a moved element (disconnect + connect in one task) keeps its chart.
    queueMicrotask(() => {
      if (this.disconnected && !this.host.isConnected) this.destroy();
    });
  }

  hostUpdated(): void {
    this.sync();
  }

  private sync(): void {
    if (!this.host.isConnected) return;
    const target = this.config.target() ?? undefined;
    if (this.target && this.target !== target) this.destroy(); // its DOM was re-rendered away
    if (!target) return;
    if (this.creating) {
      this.dirtyWhileCreating = true;
      return;
    }
    if (!this.chart) {
      this.create(target);
      return;
    }
    const deps = this.config.deps();
    if (!sameDeps(this.lastDeps, deps) || this.themeDirty) this.update(deps);
  }

  /**
   * Animated only when the user changes the view of the same answer (legend, zoom), unless they
   * prefer reduced motion. A first draw or a new answer (a filter change) is drawn at once: an
   * ApexCharts animation costs the main thread ~30 ms a frame, which the other widgets wait for.
   */
  private context(target: HTMLElement, animate: boolean): ChartContext {
    if (!this.theme || this.themeDirty) {
      this.themeDirty = false;
      if (this.chart) forgetTextMeasures(this.chart); // the inherited styles may have changed too
      this.theme = readChartTheme(this.host, target.parentElement ?? target);
      this.drawnTheme = JSON.stringify(this.theme);
    }
    return { theme: this.theme, animate: animate && !prefersReducedMotion() };
  }

  /** The builder's options plus what every chart needs: id, nonce, paint notifications. */
  private build(context: ChartContext): ApexOptions | undefined {
    const options = this.config.options(context);
    if (!options) return undefined;
    const nonce = styleNonce(this.host);
    const events = options.chart?.events ?? {};
    return {
      ...options,
      chart: {
        ...options.chart,
        id: this.id,
        ...(nonce ? { nonce } : {}),
        events: {
          ...events,
          animationEnd: (chart, opts) => {
            this.animationEnded?.();
            events.animationEnd?.(chart, opts);
          },
        },
      },
    };
  }

  /** Resolves once an animated draw ended (or would have), then after a frame. */
  private painted(animate: boolean): Promise<void> {
    if (!animate) return nextFrame();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => done(), ANIMATION_MS + 400);
      const done = () => {
        clearTimeout(timer);
        this.animationEnded = undefined;
        resolve();
      };
      this.animationEnded = done;
    }).then(nextFrame);
  }

  private enqueue(job: () => Promise<void>): void {
    this.work = this.work.then(job).catch((error: unknown) => {
      console.error('[insights] chart failed to draw:', error);
    });
  }

  private create(target: HTMLElement): void {
    const generation = this.generation;
    this.creating = true;
    this.dirtyWhileCreating = false;
    this.target = target;
    this.enqueue(async () => {
      try {
        const ApexChartsCtor = await loadApexCharts();
        if (generation !== this.generation || !target.isConnected) return;
        const deps = this.config.deps();
        this.theme = undefined; // read afresh for a new chart
        const context = this.context(target, false);
        const options = this.build(context);
        if (!options) return; // nothing to draw yet; the next update tries again
        const chart = new ApexChartsCtor(target, options);
        cacheTextMeasures(chart);
        readRotatedLabelsAhead(chart);
        this.chart = chart;
        trackChart(chart, true);
        this.lastDeps = deps;
        const painted = this.painted(context.animate && !!options.chart?.animations?.enabled);
        await chart.render();
        skipSingleLineRebuilds(chart);
        shieldMeasuringSvg();
        await painted;
      } finally {
        this.creating = false;
        if (generation === this.generation && this.dirtyWhileCreating) this.sync();
        else if (generation === this.generation && !this.chart) this.target = undefined;
      }
    });
  }

  private update(deps: readonly unknown[]): void {
    const chart = this.chart!;
    const target = this.target!;
    const sameAnswer = Object.is(this.lastDeps?.[0], deps[0]);
    this.lastDeps = deps;
    this.enqueue(async () => {
      if (chart !== this.chart) return;
      const context = this.context(target, sameAnswer);
      const options = this.build(context);
      if (!options) {
        this.destroy();
        return;
      }
      // `theme` in updateOptions makes ApexCharts reset foreColor and palette to its own; the
      // colours are explicit already, so it is only sent at creation.
      delete options.theme;
      const animate = context.animate && !!options.chart?.animations?.enabled;
      const painted = this.painted(animate);
      await chart.updateOptions(options, false, animate);
      await painted;
    });
  }

  private destroy(): void {
    this.generation++;
    const chart = this.chart;
    this.chart = undefined;
    this.target = undefined;
    this.lastDeps = undefined;
    if (chart) {
      trackChart(chart, false);
      try {
        chart.destroy();
      } catch {
        // Its DOM may already be gone with a re-render; the instance is dropped either way.
      }
    }
  }
}
