/**
 * Loads one contract resource for its host and re-loads it when the host's query changes,
 * aborting the stale request (the last state wins). Built on `@lit/task`.
 *
 * @example
 * ```ts
 * private monthly = new ResourceController(this, MONTHLY);
 * render() {
 *   return this.monthly.render({ complete: (data) => html`${data.months.length}` });
 * }
 * ```
 */
import { Task, TaskStatus, type StatusRenderer } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { Resource, ResourceName, ResourceResponse } from '../data/contract.js';
import type { InsightsClient } from '../data/client.js';
import { MissingEndpointError } from '../data/errors.js';
import { buildUrl, type InsightsQuery, type ResourceParams } from '../data/query.js';

/** What the controller needs from its host: the query and client in force. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  readonly insightsQuery: InsightsQuery | undefined;
  readonly insightsClient: InsightsClient;
}

export class ResourceController<R extends ResourceName> {
  private readonly task: Task<[string | undefined, InsightsClient], ResourceResponse<R>>;

  constructor(
    private readonly host: DataHost,
    private readonly resource: { readonly name: R; readonly path: string; readonly schema: Resource<R>['schema'] },
    /** Extra parameters read at every update, e.g. `() => ({ by: this.dimension })`. */
    private readonly params: () => ResourceParams = () => ({}),
  ) {
    this.task = new Task(host, {
      args: () => [this.url, host.insightsClient] as [string | undefined, InsightsClient],
      task: async ([url, client], { signal }) => {
        if (!url) throw new MissingEndpointError();
        return client.get(url, resource.schema, signal) as Promise<ResourceResponse<R>>;
      },
    });
  }

  /** The contract URL for the host's current query, `undefined` without an endpoint. */
  get url(): string | undefined {
    const query = this.host.insightsQuery;
    return query?.endpoint ? buildUrl(this.resource, query, this.params()) : undefined;
  }

  get value(): ResourceResponse<R> | undefined {
    return this.task.value;
  }

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

  render<T>(renderers: StatusRenderer<ResourceResponse<R>>): T | undefined {
    return this.task.render(renderers) as T | undefined;
  }

  /** Loads again from the network (after an error, or to refresh). */
  retry(): void {
    const url = this.url;
    if (url) this.host.insightsClient.invalidate(url);
    void this.task.run();
  }
}
