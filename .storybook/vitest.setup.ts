/**
 * Story tests fail on any `console.error` during a story (render, load, play, a11y), on top
 * of the play assertions and the a11y check (`parameters.a11y.test = 'error'`).
 */
import { afterEach, beforeEach, vi } from 'vitest';

let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (errors.length) {
    const text = errors.map((args) => args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' ')).join('\n');
    throw new Error(`console.error was called during the story:\n${text}`);
  }
});
