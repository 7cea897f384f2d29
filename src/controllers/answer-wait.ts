/**
 * Holds back an update that only a new query asked for until that query's answers are in, at
 * most {@link ANSWER_WAIT_MS}: the widget then draws the new answer in one update, in the frame
 * it arrives, instead of first drawing the last answer again, marked busy, while the answers are
 * on their way (main-thread work and a frame of style and layout that delay taking them in).
 * Whatever else asks for an update (a hover, a resize, a language) ends the wait: that update
 * is drawn at once, as it always was. A load slower than the wait shows the last answer busy,
 * then dimmed, as before.
 *
 * The host (`InsightsElement`) arms it when its context's query changes and its requests have
 * left (`arm`), cancels it on any other update request (`cancel`), and awaits `take()` in
 * `scheduleUpdate`.
 */

/** How long an update waits for its answers: short enough that nothing looks stuck. */
export const ANSWER_WAIT_MS = 100;

export class AnswerWait {
  private answers?: Promise<unknown>;
  private release?: () => void;

  /** The update about to be scheduled waits for `answers` (settling, never rejecting). */
  arm(answers: Promise<unknown>[]): void {
    // Already waiting (a second change within the wait): that wait ends as planned.
    if (!this.release) this.answers = Promise.all(answers);
  }

  /** Something else asked for an update: no wait, and a wait under way ends now. */
  cancel(): void {
    this.answers = undefined;
    this.release?.();
  }

  /** What the host's `scheduleUpdate` awaits first, if anything. */
  take(): Promise<void> | undefined {
    const answers = this.answers;
    this.answers = undefined;
    if (!answers) return undefined;
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.release = undefined;
        resolve();
      };
      const timer = setTimeout(done, ANSWER_WAIT_MS);
      this.release = done;
      void answers.then(done);
    });
  }
}
