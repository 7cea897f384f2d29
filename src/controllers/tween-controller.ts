/**
 * One animation at a time for its host: calls `onFrame(t)` with eased progress 0…1 on every
 * animation frame, then `onDone()` once. The kit's only tween (the map's zoom and the
 * sunburst's zoom use it), so every animation of the kit behaves alike:
 * - under `prefers-reduced-motion: reduce` it does not animate (one `onFrame(1)`, then `onDone`);
 * - in a background tab, where no frames come, it still lands on the end after the duration;
 * - it stops when the host disconnects, and a new `run` cancels the one in flight.
 *
 * @example
 * ```ts
 * private readonly tween = new TweenController(this);
 * this.tween.run((t) => this.applyView(interpolate(from, to, t)), () => this.finish(to));
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { easeCubicInOut } from '../core/ease.js';
import { prefersReducedMotion } from './reduced-motion.js';

/** How long the kit's zoom animations take. */
export const TWEEN_MS = 450;

export class TweenController implements ReactiveController {
  private frame = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private running = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly duration = TWEEN_MS,
    private readonly ease: (t: number) => number = easeCubicInOut,
  ) {
    host.addController(this);
  }

  /** True while a tween runs. */
  get active(): boolean {
    return this.running;
  }

  /** Runs a tween: `onFrame(eased t)` per frame, then `onDone()` exactly once. */
  run(onFrame: (t: number) => void, onDone: () => void): void {
    this.cancel();
    const finish = () => {
      if (!this.running) return;
      this.cancel();
      onFrame(1);
      onDone();
    };
    this.running = true;
    if (prefersReducedMotion()) {
      finish();
      return;
    }
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / this.duration);
      if (t >= 1) return finish();
      onFrame(this.ease(t));
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
    // A background tab gets no animation frames: land on the end anyway.
    this.timer = setTimeout(finish, this.duration + 100);
  }

  /** Stops the tween where it is; `onDone` is not called. */
  cancel(): void {
    this.running = false;
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }
}
