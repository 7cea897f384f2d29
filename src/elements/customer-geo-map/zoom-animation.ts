import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpolateViewBox, type ViewBox } from '../../core/geo/zoom.js';

/** Length of the zoom tween. */
export const ZOOM_MS = 450;

/** Whether the user asked for less motion. */
export function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Tweens the map's view box from one place to another, one animation frame at a time, and
 * lands on the target even when no frames come (a background tab). Stops when the host
 * disconnects.
 *
 * @example
 * ```ts
 * private readonly zoom = new ZoomAnimation(this);
 * this.zoom.run(from, to, (view) => this.applyView(view), () => this.finishZoom(to));
 * ```
 */
export class ZoomAnimation implements ReactiveController {
  private frame = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly duration = ZOOM_MS,
  ) {
    host.addController(this);
  }

  /** Calls `onFrame` with each in-between view box, then `onDone` once at the end. */
  run(from: ViewBox, to: ViewBox, onFrame: (view: ViewBox) => void, onDone: () => void): void {
    this.cancel();
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / this.duration);
      onFrame(interpolateViewBox(from, to, t));
      if (t < 1) this.frame = requestAnimationFrame(step);
      else onDone();
    };
    this.frame = requestAnimationFrame(step);
    // A background tab gets no animation frames: land on the target anyway.
    this.timer = setTimeout(onDone, this.duration + 100);
  }

  /** Stops the tween where it is. */
  cancel(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }
}
