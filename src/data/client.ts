/**
 * The endpoint client: one request per distinct URL however many widgets ask for it, an
 * in-memory cache of validated answers, aborts that only cancel a request nobody else still
 * waits for, a timeout so a hung endpoint ends in an error (with Retry) rather than a skeleton
 * forever, at most `maxConcurrent` requests on the wire, `If-None-Match` revalidation of answers
 * it has seen, single-flight sign-in (`authProvider`) with one retry after a 401, and answers
 * served from a snapshot without any request.
 */
import * as v from 'valibot';
import { ProblemSchema, type DataInfo } from './contract.js';
import { RequestBatcher, type Answer } from './batch.js';
import { AuthError, HttpError, InvalidResponseError, NetworkError, TimeoutError } from './errors.js';

/** How long a request may take, answer body included, before it fails. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Requests waiting for their answer's headers at once: a dashboard's first answers (seven on
 * the demo) leave together. Over HTTP/1.1 a browser opens six connections per host and queues
 * the rest itself, sending each as a connection frees; a request held here waits instead for
 * the page's main thread, busy with the first renders (≈ 100 ms later on the demo).
 */
export const DEFAULT_MAX_CONCURRENT = 8;

/**
 * How often a 503 with `Retry-After` (the endpoint still loading its data, as the reference
 * server answers while it starts) is asked again before it counts as an error; each wait is
 * at most {@link MAX_RETRY_AFTER_S} seconds and does not count against the timeout.
 */
export const MAX_LOADING_RETRIES = 60;
export const MAX_RETRY_AFTER_S = 30;

/** Why the client asks for headers: before its first request, or after a 401. */
export type AuthReason = 'initial' | 'unauthorized';

/** Gives the headers that sign requests in, e.g. a fresh bearer token. */
export type AuthProvider = (request: { reason: AuthReason; signal: AbortSignal }) => Promise<Record<string, string>>;

/** A finished request, for the host's analytics (`insights-load`). */
export interface LoadInfo {
  url: string;
  /** Milliseconds from asking to the validated answer (0 from cache or snapshot). */
  ms: number;
  /** Whether it went to the network (false: cache or snapshot). */
  network: boolean;
}

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers still waiting; when it drops to 0 before the answer, the request is aborted. */
  waiting: number;
  settled: boolean;
  /** The validated answer, once settled. */
  value?: unknown;
}

export interface ClientOptions {
  /** Sent with every request, e.g. `{ Authorization: 'Bearer …' }`. */
  headers?: Record<string, string>;
  /** Called once before the first request (`initial`) and once per 401 wave (`unauthorized`). */
  authProvider?: AuthProvider;
  /** How many answers the cache keeps (least recently used go first). */
  cacheSize?: number;
  /** Milliseconds a request may take, body included (default 15 000); then a `TimeoutError`. */
  timeout?: number;
  /** Requests on the wire at once (default 8); the rest wait their turn. */
  maxConcurrent?: number;
  /** Answers by URL that are served as they are, without any request (see `snapshot()`). */
  snapshot?: Readonly<Record<string, unknown>>;
  /** Never touch the network (a snapshot shown offline): a URL the snapshot lacks fails. */
  offline?: boolean;
  /** Injected for tests that count requests; defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /**
   * The endpoint answers `GET {endpoint}/batch` (the contract's `BATCH_PATH`): the requests of
   * one moment leave as one (`batch.ts`). An endpoint that turns out to lack the route is asked
   * one by one.
   */
  batch?: boolean;
}

/** Path of the first validation issue, e.g. `months.3.customers`, for the error message. */
function describeIssue(issues: v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}

export class InsightsClient {
  private readonly entries = new Map<string, Entry>();
  /** ETag and answer of URLs seen, kept after eviction or Retry for `If-None-Match`. */
  private readonly etags = new Map<string, { etag: string; value: unknown }>();
  /**
   * URLs whose last request failed on the network (refused by CORS, cut off): the next request
   * (Retry) skips the browser's HTTP cache, where Firefox keeps an answer it refused for CORS.
   */
  private readonly unreachable = new Set<string>();
  private readonly staticHeaders: Record<string, string>;
  private readonly cacheSize: number;
  private readonly fetchImpl: typeof fetch;
  private readonly timeout: number;
  private readonly maxConcurrent: number;
  private readonly authProvider?: AuthProvider;
  private readonly snapshotAnswers?: Readonly<Record<string, unknown>>;
  private readonly offline: boolean;
  private readonly batcher?: RequestBatcher;
  /** Headers from the auth provider, and which sign-in gave them. */
  private authHeaders: Record<string, string> = {};
  private authGeneration = 0;
  private signingIn?: Promise<void>;
  private active = 0;
  private readonly queue: (() => void)[] = [];
  private readonly listeners = new Set<(info: LoadInfo) => void>();
  /** Network requests sent so far (for `insights-ready` and tests). */
  requests = 0;
  /** The data block of the last `/dimensions` answer that had one: how fresh the data is. */
  dataInfo?: DataInfo;

  constructor(options: ClientOptions = {}) {
    this.staticHeaders = { Accept: 'application/json', ...options.headers };
    this.cacheSize = options.cacheSize ?? 100;
    this.timeout = options.timeout && options.timeout > 0 ? options.timeout : DEFAULT_TIMEOUT_MS;
    this.maxConcurrent = Math.max(1, options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT);
    this.authProvider = options.authProvider;
    this.snapshotAnswers = options.snapshot;
    this.offline = options.offline ?? false;
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    if (options.batch && !this.offline) this.batcher = new RequestBatcher((url, signal) => this.send(url, signal));
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
      if (entry.settled) this.notify({ url, ms: 0, network: false });
    } else {
      entry = this.start(url, schema);
    }
    return this.wait(url, entry, signal) as Promise<v.InferOutput<S>>;
  }

  /** Sends the batch of this moment now (`batch.ts`); nothing without `batch`. */
  flush(): void {
    this.batcher?.flush();
  }

  /** Whether the validated answer for `url` is in: a `get` would settle from memory. */
  has(url: string): boolean {
    return this.entries.get(url)?.settled === true;
  }

  /**
   * Asks the endpoint for `url` now, cache or not (with `If-None-Match` for an answer seen
   * before: a 304 costs no body), and keeps the answer: `filter-context`'s `refresh-interval`.
   */
  async revalidate<S extends v.GenericSchema>(url: string, schema: S, signal?: AbortSignal): Promise<v.InferOutput<S>> {
    const controller = new AbortController();
    const value = await this.load(url, schema, signal ?? controller.signal);
    this.entries.delete(url);
    this.entries.set(url, { promise: Promise.resolve(value), controller, waiting: 0, settled: true, value });
    return value as v.InferOutput<S>;
  }

  /** Forgets cached answers (all, or those whose URL starts with `prefix`), e.g. before Retry. */
  invalidate(prefix = ''): void {
    for (const [url, entry] of this.entries) {
      if (url.startsWith(prefix) && entry.settled) this.entries.delete(url);
    }
  }

  /** Every answer this client holds, by URL: what `filter-context`'s `captureSnapshot()` saves. */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [url, entry] of this.entries) if (entry.settled) out[url] = entry.value;
    return out;
  }

  /**
   * The headers this client sends (its own and the sign-in's, signing in first if it has not
   * yet): for requests the client does not make itself, such as `filter-bar`'s streamed export.
   */
  async requestHeaders(signal: AbortSignal): Promise<Record<string, string>> {
    if (this.authProvider && this.authGeneration === 0) await this.signIn('initial', signal, 0);
    return { ...this.staticHeaders, ...this.authHeaders };
  }

  /**
   * After a 401 to a request made with {@link requestHeaders}'s `used` headers (an expired
   * token): signs in again — once for everyone, unless another request already has — and gives
   * the new headers; `undefined` without an `authProvider` (nothing to renew).
   */
  async renewHeaders(signal: AbortSignal, used: Record<string, string>): Promise<Record<string, string> | undefined> {
    if (!this.authProvider) return undefined;
    const current = { ...this.staticHeaders, ...this.authHeaders };
    if (JSON.stringify(current) === JSON.stringify(used)) await this.signIn('unauthorized', signal);
    return { ...this.staticHeaders, ...this.authHeaders };
  }

  /** Calls `listener` for every answer handed out; returns the unsubscribe function. */
  onLoad(listener: (info: LoadInfo) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(info: LoadInfo): void {
    for (const listener of this.listeners) listener(info);
  }

  private start(url: string, schema: v.GenericSchema): Entry {
    const controller = new AbortController();
    const entry: Entry = { controller, waiting: 0, settled: false, promise: Promise.resolve() };
    const started = performance.now();
    const fromSnapshot = this.snapshotAnswers && url in this.snapshotAnswers;
    const load = fromSnapshot ? this.fromSnapshot(url, schema) : this.load(url, schema, controller.signal);
    entry.promise = load.then(
      (value) => {
        entry.settled = true;
        entry.value = value;
        this.notify({ url, ms: fromSnapshot ? 0 : performance.now() - started, network: !fromSnapshot });
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

  private async fromSnapshot(url: string, schema: v.GenericSchema): Promise<unknown> {
    const result = v.safeParse(schema, this.snapshotAnswers![url]);
    if (!result.success) throw new InvalidResponseError(url, describeIssue(result.issues));
    return result.output;
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

  /**
   * A free slot among `maxConcurrent` (at once when there is one: a widget's request then leaves
   * before the other widgets render), else a wait for one; the returned function frees it.
   */
  private slot(signal: AbortSignal): (() => void) | Promise<() => void> {
    if (this.active < this.maxConcurrent) return this.take();
    return this.queued(signal).then(() => this.take());
  }

  /** Settles when a slot frees up (first come, first served); a withdrawn waiter leaves the queue. */
  private queued(signal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const go = () => {
        signal.removeEventListener('abort', stop);
        resolve();
      };
      const stop = () => {
        const waiting = this.queue.indexOf(go);
        if (waiting >= 0) this.queue.splice(waiting, 1);
        reject(signal.reason);
      };
      this.queue.push(go);
      signal.addEventListener('abort', stop, { once: true });
    });
  }

  private take(): () => void {
    this.active++;
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      this.active--;
      this.queue.shift()?.();
    };
  }

  /**
   * Signs in through the provider, one call for every request that needs it (single flight).
   * `seen` is the sign-in a failed request used: if a newer one exists, it is used as it is.
   */
  private signIn(reason: AuthReason, signal: AbortSignal, seen = this.authGeneration): Promise<void> {
    if (!this.authProvider || seen < this.authGeneration) return Promise.resolve();
    this.signingIn ??= (async () => {
      try {
        // Shared by every waiting request: one request's abort must not cancel it.
        const headers = await this.authProvider!({ reason, signal: new AbortController().signal });
        this.authHeaders = { ...headers };
        this.authGeneration++;
      } finally {
        this.signingIn = undefined;
      }
    })();
    // A caller that is withdrawn stops waiting (the provider call goes on for the others).
    return Promise.race([
      this.signingIn,
      new Promise<void>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })),
    ]);
  }

  /** Fetches within the timeout: a caller's abort passes through, the timer's becomes a `TimeoutError`. */
  private async load(url: string, schema: v.GenericSchema, signal: AbortSignal): Promise<unknown> {
    const timer = new AbortController();
    const expire = () => setTimeout(() => timer.abort(new TimeoutError(url, this.timeout)), this.timeout);
    let timeout = expire();
    const both = AbortSignal.any([signal, timer.signal]);
    try {
      if (this.authProvider && this.authGeneration === 0) {
        await this.signIn('initial', both, 0).catch((error) => {
          if (both.aborted) throw error;
          throw new AuthError(url, undefined, error);
        });
      }
      let generation = this.authGeneration;
      // A first ask goes in the moment's batch; an answer seen before is revalidated alone (304).
      const batched = this.batcher && !this.etags.has(url) && !this.unreachable.has(url);
      let response = await (batched ? this.batcher!.request(url, both) : this.send(url, both));
      if (response.status === 401 && this.authProvider) {
        await this.signIn('unauthorized', both, generation).catch((error) => {
          if (both.aborted) throw error;
          throw new AuthError(url, 401, error);
        });
        generation = this.authGeneration;
        response = await this.send(url, both);
      }
      // Still loading its data: wait as asked (outside the timeout) and ask again, a bounded number of times.
      for (let attempt = 0; response.status === 503 && attempt < MAX_LOADING_RETRIES; attempt++) {
        const wait = retryAfter(response);
        if (wait === undefined) break;
        clearTimeout(timeout);
        await sleep(wait * 1000, signal);
        timeout = expire();
        response = await this.send(url, both);
      }
      if (response.status === 401 || response.status === 403) {
        // Auth only speaks for endpoints that sign in; a plain 401 stays an HTTP error.
        if (this.authProvider || response.status === 403) throw new AuthError(url, response.status);
      }
      return this.read(url, schema, response, both);
    } catch (error) {
      if (timer.signal.aborted && !signal.aborted) throw timer.signal.reason;
      throw error;
    } finally {
      clearTimeout(timeout);
    }
  }

  /**
   * One request on the wire (in turn), with `If-None-Match` for an answer seen before: its
   * status, headers and body (as text, straight from the response: the answers are JSON). The
   * slot is freed when the headers are in, not after the body: the next request then leaves as
   * soon as the page has a moment, not once a busy page has also read a body that is already
   * there (a browser itself holds it back while its connections are busy).
   */
  private async send(url: string, signal: AbortSignal): Promise<Answer> {
    if (this.offline) throw new NetworkError(url, new Error('This view is a snapshot and holds no answer for this request.'));
    const slot = this.slot(signal);
    const release = typeof slot === 'function' ? slot : await slot;
    try {
      const known = this.etags.get(url);
      const headers = { ...this.staticHeaders, ...this.authHeaders, ...(known ? { 'If-None-Match': known.etag } : {}) };
      this.requests++;
      const init: RequestInit = this.unreachable.has(url) ? { headers, signal, cache: 'reload' } : { headers, signal };
      const response = await this.fetchImpl(url, init);
      release();
      const body = response.status === 304 || response.status === 204 ? '' : await response.text();
      this.unreachable.delete(url);
      return { status: response.status, ok: response.ok, headers: response.headers, body };
    } catch (error) {
      if (signal.aborted) throw error;
      this.unreachable.add(url);
      throw new NetworkError(url, error);
    } finally {
      release();
    }
  }

  private read(url: string, schema: v.GenericSchema, response: Answer, signal: AbortSignal): unknown {
    if (response.status === 304 && this.etags.has(url)) return this.etags.get(url)!.value;
    if (!response.ok) {
      let problem: v.SafeParseResult<typeof ProblemSchema> | undefined;
      try {
        problem = v.safeParse(ProblemSchema, response.json ?? JSON.parse(response.body));
      } catch {
        problem = undefined;
      }
      if (signal.aborted) throw signal.reason;
      throw new HttpError(url, response.status, problem?.success ? problem.output : undefined);
    }
    let body: unknown;
    try {
      body = response.json !== undefined ? response.json : JSON.parse(response.body);
    } catch {
      throw new InvalidResponseError(url, 'the answer is not JSON', 'not-json');
    }
    const result = v.safeParse(schema, body);
    if (!result.success) throw new InvalidResponseError(url, describeIssue(result.issues));
    const data = (result.output as { dimensions?: unknown; data?: DataInfo }).data;
    if (data && (result.output as { dimensions?: unknown }).dimensions) this.dataInfo = data;
    const etag = response.headers.get('ETag');
    if (etag) {
      this.etags.delete(url);
      this.etags.set(url, { etag, value: result.output });
      if (this.etags.size > this.cacheSize * 4) this.etags.delete(this.etags.keys().next().value as string);
    }
    return result.output;
  }
}

/** Seconds of a `Retry-After` header given as seconds (capped), or undefined. */
function retryAfter(response: Answer): number | undefined {
  const value = response.headers.get('Retry-After');
  if (!value || !/^\d+$/.test(value.trim())) return undefined;
  return Math.min(Number(value), MAX_RETRY_AFTER_S);
}

/** Resolves after `ms`, or rejects with the signal's reason when it is aborted first. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const done = () => {
      signal.removeEventListener('abort', stop);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}

let shared: InsightsClient | undefined;

/** The client shared by every widget that is not inside a `filter-context` (no headers). */
export function sharedClient(): InsightsClient {
  return (shared ??= new InsightsClient());
}
