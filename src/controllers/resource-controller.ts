/**
 * Loads one contract resource for its host and re-loads it when the host's query changes,
 * aborting the stale request (the last state wins). Built on `@lit/task`.
 *
 * Around the request it also: waits until a lazy host comes near the viewport before its first
 * load (later ones, e.g. a filter change, start at once: the widget is on show), serves an answer
 * the host was given directly (its `data` property) without any request, tells the host's
 * `filter-context` when a load starts and ends (for `insights-ready`), and emits the kit's
 * `insights-load` / `insights-error` events from the host.
 *
 * @example
 * ```ts
 * private monthly = new ResourceController(this, MONTHLY);
 * render() {
 *   return this.monthly.render({ complete: (data) => html`${data.months.length}` });
 * }
 * ```
 */
import { Task, TaskStatus, initialState, type StatusRenderer } from '@lit/task';
import { noChange, type ReactiveControllerHost } from 'lit';
import * as v from 'valibot';
import type { LoadTracker } from '../context/insights-context.js';
import type { Resource, ResourceName, ResourceResponse } from '../data/contract.js';
import type { InsightsClient } from '../data/client.js';
import { HttpError, InsightsDataError, MissingEndpointError, MissingFieldError } from '../data/errors.js';
import { buildUrl, type InsightsQuery, type ResourceParams } from '../data/query.js';
import { emit } from '../events/events.js';
import { loadStarted } from './page-loads.js';

/** What the controller needs from its host: the query and client in force. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  readonly insightsQuery: InsightsQuery | undefined;
  readonly insightsClient: InsightsClient;
  /** Answers given to the host directly (its `data` property); used instead of requests. */
  readonly insightsData?: readonly unknown[];
  /** The context's load counter, for `insights-ready`. */
  readonly insightsTracker?: LoadTracker;
  /** The endpoint's data version in force: a new one loads again (the last answer stays on show). */
  readonly insightsDataVersion?: string;
  /** Settles when the host is near the viewport (lazy loading); absent: at once. */
  whenNear?(signal: AbortSignal): Promise<void>;
  /** Told when a load has taken `SLOW_LOAD_MS` and when it ends (the reload's dimming waits for it). */
  slowLoad?(loader: object, slow: boolean): void;
  /** Where the controller registers to be told the query changed (`prefetch`), before the host updates. */
  readonly resourceLoaders?: Set<{ prefetch(first?: boolean): Promise<unknown> | undefined }>;
}

/** How long a load runs before the host counts it slow: a reload's last answer is dimmed from then on. */
export const SLOW_LOAD_MS = 200;

export type ResourceRef<R extends ResourceName> = { readonly name: R; readonly path: string; readonly schema: Resource<R>['schema'] };

/** The answer among `given` that is this resource's (by schema, and `by` where there is one). */
function givenAnswer<R extends ResourceName>(
  resource: ResourceRef<R>,
  params: ResourceParams,
  given: readonly unknown[],
): ResourceResponse<R> | undefined {
  for (const candidate of given) {
    const result = v.safeParse(resource.schema as v.GenericSchema, candidate);
    if (!result.success) continue;
    const by = (result.output as { by?: string }).by;
    if (params.by === undefined || by === params.by) return result.output as ResourceResponse<R>;
  }
  return undefined;
}

export class ResourceController<R extends ResourceName> {
  /** The answer `renderLatest` last drew as current (none after an error). */
  private shown?: ResourceResponse<R>;
  /** A load went past the viewport wait: the host has been near it. */
  private started = false;
  private readonly task: Task<
    [string | undefined, InsightsClient, readonly unknown[] | undefined, string | undefined],
    ResourceResponse<R>
  >;

  constructor(
    private readonly host: DataHost,
    private readonly resource: ResourceRef<R>,
    /** Extra parameters read at every update, e.g. `() => ({ by: this.dimension })`. */
    private readonly params: () => ResourceParams = () => ({}),
    /**
     * `query`: a query of its own instead of the host's (a comparison range's), read at every
     * update; `undefined` from it means "nothing to load": the loader rests (status `INITIAL`),
     * neither requesting nor failing, and never serves the host's `data`.
     */
    private readonly options: { query?: () => InsightsQuery | undefined } = {},
  ) {
    host.resourceLoaders?.add(this);
    this.task = new Task(host, {
      args: () =>
        [this.url, host.insightsClient, host.insightsData, host.insightsDataVersion] as [
          string | undefined,
          InsightsClient,
          readonly unknown[] | undefined,
          string | undefined,
        ],
      task: async ([url, client, given], { signal }) => {
        if (options.query) {
          if (!url) return initialState;
          given = undefined;
        }
        if (given?.length) {
          const answer = givenAnswer(resource, this.params(), given);
          if (answer) return answer;
          if (!url) throw new MissingFieldError('', this.params().by ? `${resource.name} by ${this.params().by}` : resource.name);
        }
        if (!url) throw new MissingEndpointError();
        if (!this.started) await host.whenNear?.(signal);
        this.started = true;
        const end = host.insightsTracker?.begin(url);
        const ended = loadStarted();
        const started = performance.now();
        const slow = setTimeout(() => host.slowLoad?.(this, true), SLOW_LOAD_MS);
        try {
          const answer = (await client.get(url, resource.schema, signal)) as ResourceResponse<R>;
          emit(host, 'insights-load', { resource: resource.name, url, ms: Math.round(performance.now() - started) });
          return answer;
        } catch (error) {
          if (!signal.aborted) this.report(error, url);
          throw error;
        } finally {
          clearTimeout(slow);
          host.slowLoad?.(this, false);
          end?.();
          ended();
        }
      },
    });
  }

  private report(error: unknown, url: string): void {
    const known = error instanceof InsightsDataError;
    emit(this.host, 'insights-error', {
      kind: known ? (error.kind === 'config' ? 'config' : error.kind) : 'network',
      status: error instanceof HttpError ? error.status : (error as { status?: number }).status,
      message: error instanceof Error ? error.message : String(error),
      url,
    });
  }

  /** The contract URL for the host's current query, `undefined` without an endpoint. */
  get url(): string | undefined {
    const query = this.options.query ? this.options.query() : this.host.insightsQuery;
    return query?.endpoint ? buildUrl(this.resource, query, this.params()) : undefined;
  }

  /** The answer on show; `undefined` before the first one arrives (kept while a newer one loads). */
  get value(): ResourceResponse<R> | undefined {
    return this.task.value;
  }

  /** Why the last load failed; `undefined` unless `status` is `ERROR`. */
  get error(): unknown {
    return this.task.error;
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  /** Settles when the current load does (resolves either way); handy in tests. */
  get complete(): Promise<unknown> {
    return this.task.taskComplete.catch(() => undefined);
  }

  /** Renders by status, returning the chosen renderer's own result (Lit's `Task.render`). */
  render<T extends StatusRenderer<ResourceResponse<R>>>(renderers: T) {
    return this.task.render(renderers);
  }

  /**
   * Renders by status, but a reload keeps the answer on show: while a newer one loads (a filter
   * change), `complete` draws the last answer with `stale` true, which the host marks busy and
   * dims, instead of swapping it for `loading` and back (a flash of skeletons, and twice the DOM
   * work). `loading` is drawn before the first answer, and when `keep(previous)` says the last
   * answer does not fit the new request (another dimension, say). When the new answer is already
   * in (the host waited for it, `InsightsElement.scheduleUpdate`), nothing is drawn in between:
   * the update that draws it follows in the same task.
   */
  renderLatest(renderers: {
    loading: () => unknown;
    error: (error: unknown) => unknown;
    complete: (data: ResourceResponse<R>, stale: boolean) => unknown;
    keep?: (previous: ResourceResponse<R>) => boolean;
  }): unknown {
    const { loading, error, complete, keep = () => true } = renderers;
    const previous = this.shown;
    return this.task.render({
      initial: loading,
      pending: () => {
        if (previous === undefined || !keep(previous)) return loading();
        // The new answer is in (the task completes in this same task): nothing to draw before it.
        return this.answerIn ? noChange : complete(previous, true);
      },
      error: (reason) => {
        this.shown = undefined; // a Retry shows the loading state, not the answer before the error
        return error(reason);
      },
      complete: (data) => complete((this.shown = data), false),
    });
  }

  /**
   * Whether the answer for the current query is already in the client (no `data` given): a
   * pending load then completes within the task, and a host draws nothing in between.
   */
  get answerIn(): boolean {
    const url = this.url;
    return url !== undefined && !this.host.insightsData?.length && this.host.insightsClient.has(url);
  }

  /**
   * Starts the request for the host's current query now, before the host updates (its task then
   * joins it: the client asks once per URL). The host calls this when its context's query
   * changes: every widget's request leaves in the same task, before any widget renders. Only
   * once the host has loaded (a lazy host still waits for the viewport), or for its `first`
   * query when it loads eagerly (it says so), and without `data`. Settles (never rejects) when
   * the answer or the failure is in.
   */
  prefetch(first = false): Promise<unknown> | undefined {
    const url = this.url;
    if (!url || !(this.started || first) || this.host.insightsData?.length) return undefined;
    return this.host.insightsClient.get(url, this.resource.schema).catch(() => undefined); // the task reports failures
  }

  /** Loads again from the network (after an error, or to refresh). */
  retry(): void {
    const url = this.url;
    if (url) this.host.insightsClient.invalidate(url);
    void this.task.run();
  }
}
