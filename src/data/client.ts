/**
 * The endpoint client: one request per distinct URL however many widgets ask for it, an
 * in-memory cache of validated answers, aborts that only cancel a request nobody else still
 * waits for, and a timeout so a hung endpoint ends in an error (with Retry) rather than a
 * skeleton forever.
 */
import * as v from 'valibot';
import { ProblemSchema } from './contract.js';
import { HttpError, InvalidResponseError, NetworkError, TimeoutError } from './errors.js';

/** How long a request may take, answer body included, before it fails. */
export const DEFAULT_TIMEOUT_MS = 15_000;

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers still waiting; when it drops to 0 before the answer, the request is aborted. */
  waiting: number;
  settled: boolean;
}

export interface ClientOptions {
  /** Sent with every request, e.g. `{ Authorization: 'Bearer …' }`. */
  headers?: Record<string, string>;
  /** How many answers the cache keeps (least recently used go first). */
  cacheSize?: number;
  /** Milliseconds a request may take, body included (default 15 000); then a `TimeoutError`. */
  timeout?: number;
  /** Injected for tests that count requests; defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
}

/** Path of the first validation issue, e.g. `months.3.customers`, for the error message. */
function describeIssue(issues: v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}

export class InsightsClient {
  private readonly entries = new Map<string, Entry>();
  private readonly headers: Record<string, string>;
  private readonly cacheSize: number;
  private readonly fetchImpl: typeof fetch;
  private readonly timeout: number;

  constructor(options: ClientOptions = {}) {
    this.headers = { Accept: 'application/json', ...options.headers };
    this.cacheSize = options.cacheSize ?? 100;
    this.timeout = options.timeout && options.timeout > 0 ? options.timeout : DEFAULT_TIMEOUT_MS;
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /**
   * The validated answer for `url`. Concurrent and later calls for the same URL share one
   * request; `signal` withdraws only this caller.
   */
  get<S extends v.GenericSchema>(url: string, schema: S, signal?: AbortSignal): Promise<v.InferOutput<S>> {
    let entry = this.entries.get(url);
    if (entry) {
      // Refresh LRU order.
      this.entries.delete(url);
      this.entries.set(url, entry);
    } else {
      entry = this.start(url, schema);
    }
    return this.wait(url, entry, signal) as Promise<v.InferOutput<S>>;
  }

  /** Forgets cached answers (all, or those whose URL starts with `prefix`), e.g. before Retry. */
  invalidate(prefix = ''): void {
    for (const [url, entry] of this.entries) {
      if (url.startsWith(prefix) && entry.settled) this.entries.delete(url);
    }
  }

  private start(url: string, schema: v.GenericSchema): Entry {
    const controller = new AbortController();
    const entry: Entry = { controller, waiting: 0, settled: false, promise: Promise.resolve() };
    entry.promise = this.load(url, schema, controller.signal).then(
      (value) => {
        entry.settled = true;
        return value;
      },
      (error: unknown) => {
        // Failures are not cached: the next ask (Retry) goes to the network again.
        if (this.entries.get(url) === entry) this.entries.delete(url);
        throw error;
      },
    );
    this.entries.set(url, entry);
    while (this.entries.size > this.cacheSize) {
      const oldest = this.entries.keys().next().value as string;
      if (!this.entries.get(oldest)!.settled) break;
      this.entries.delete(oldest);
    }
    return entry;
  }

  private wait(url: string, entry: Entry, signal?: AbortSignal): Promise<unknown> {
    if (entry.settled || !signal) return entry.promise;
    if (signal.aborted) return Promise.reject(signal.reason);
    entry.waiting++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        entry.waiting--;
        if (entry.waiting === 0 && !entry.settled) {
          entry.controller.abort(signal.reason);
          if (this.entries.get(url) === entry) this.entries.delete(url);
        }
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          entry.waiting--;
          resolve(value);
        },
        (error) => {
          signal.removeEventListener('abort', onAbort);
          entry.waiting--;
          reject(error);
        },
      );
    });
  }

  /** Fetches within the timeout: a caller's abort passes through, the timer's becomes a `TimeoutError`. */
  private async load(url: string, schema: v.GenericSchema, signal: AbortSignal): Promise<unknown> {
    const timer = new AbortController();
    const timeout = setTimeout(() => timer.abort(new TimeoutError(url, this.timeout)), this.timeout);
    const both = AbortSignal.any([signal, timer.signal]);
    try {
      return await this.fetchAndRead(url, schema, both);
    } catch (error) {
      if (timer.signal.aborted && !signal.aborted) throw timer.signal.reason;
      throw error;
    } finally {
      clearTimeout(timeout);
    }
  }

  private async fetchAndRead(url: string, schema: v.GenericSchema, signal: AbortSignal): Promise<unknown> {
    let response: Response;
    try {
      response = await this.fetchImpl(url, { headers: this.headers, signal });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new NetworkError(url, error);
    }
    if (!response.ok) {
      const problem = await response
        .json()
        .then((body) => v.safeParse(ProblemSchema, body))
        .catch(() => undefined);
      if (signal.aborted) throw signal.reason;
      throw new HttpError(url, response.status, problem?.success ? problem.output : undefined);
    }
    // Read the whole body first: a connection cut mid-answer is a network failure, told
    // apart from an answer that arrived whole but is not JSON.
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw error;
      throw new NetworkError(url, error);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new InvalidResponseError(url, 'the answer is not JSON', 'not-json');
    }
    const result = v.safeParse(schema, body);
    if (!result.success) throw new InvalidResponseError(url, describeIssue(result.issues));
    return result.output;
  }
}

let shared: InsightsClient | undefined;

/** The client shared by every widget that is not inside a `filter-context` (no headers). */
export function sharedClient(): InsightsClient {
  return (shared ??= new InsightsClient());
}
