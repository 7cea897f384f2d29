/**
 * The comparison of `compare="previous-period | previous-year"`: the same resource, loaded for
 * the comparison range through ordinary `ResourceController`s (the client's cache, shared
 * requests and aborts; counted for `insights-ready`), and what the endpoint holds of that range.
 *
 * The range a query stands for is resolved as the endpoint resolves it, from `/dimensions` (its
 * `range.max` is the endpoint's "last month with data"; one cached request per endpoint, which the
 * filter bar makes too), so the comparison's request leaves with the current one, not after it.
 * A comparison range the endpoint holds nothing of is not requested: it is reported `missing`.
 *
 * @example
 * ```ts
 * private readonly comparison = new ComparisonController(this, MONTHLY);
 * // render: this.comparison.value (the answer for this.comparison.range), .coverage, .state
 * ```
 */
import { TaskStatus } from '@lit/task';
import {
  comparisonRange,
  coverage,
  figureKnown,
  resolveRange,
  type CompareMode,
  type Coverage,
  type DataBounds,
  type MonthRange,
} from '../core/compare-range.js';
import { DIMENSIONS_RESOURCE, type ResourceName, type ResourceResponse } from '../data/contract.js';
import type { InsightsQuery, ResourceParams } from '../data/query.js';
import { ResourceController, type DataHost, type ResourceRef } from './resource-controller.js';

/** A host that says which comparison is in force (its own `compare`, else its context's). */
export interface ComparisonHost extends DataHost {
  readonly compareInForce: CompareMode | undefined;
}

/** `off`: no comparison asked; `loading`; `ready`: `value` holds the comparison's answer; `missing`: the endpoint holds no data for the range; `error`. */
export type ComparisonState = 'off' | 'loading' | 'ready' | 'missing' | 'error';

type Loadable = Exclude<ResourceName, 'dimensions'>;

export class ComparisonController<R extends Loadable> {
  private readonly bounds: ResourceController<'dimensions'>;
  private readonly loader: ResourceController<R>;

  constructor(
    private readonly host: ComparisonHost,
    resource: ResourceRef<R>,
    params: () => ResourceParams = () => ({}),
  ) {
    this.bounds = new ResourceController(host, DIMENSIONS_RESOURCE, () => ({}), {
      query: () => (this.mode ? host.insightsQuery : undefined),
    });
    this.loader = new ResourceController(host, resource, params, { query: () => this.query });
  }

  /** The comparison in force; `undefined` when none, or when the host shows answers given to it (`data`: no endpoint to ask). */
  get mode(): CompareMode | undefined {
    if (this.host.insightsData?.length || !this.host.insightsQuery?.endpoint) return undefined;
    return this.host.compareInForce;
  }

  /** The months the endpoint holds; `undefined` until known. */
  get dataBounds(): DataBounds | undefined {
    return this.bounds.status === TaskStatus.COMPLETE ? (this.bounds.value?.range ?? null) : undefined;
  }

  /** The range the host's query stands for; `undefined` until known or when the endpoint holds no data. */
  get currentRange(): MonthRange | undefined {
    const bounds = this.dataBounds;
    const query = this.host.insightsQuery;
    return bounds && query ? resolveRange(query, bounds.max) : undefined;
  }

  /** The range compared with; `undefined` without a comparison or before it is known. */
  get range(): MonthRange | undefined {
    const mode = this.mode;
    const current = this.currentRange;
    return mode && current ? comparisonRange(current, mode) : undefined;
  }

  /** How much of `range` the endpoint holds data for. */
  get coverage(): Coverage | undefined {
    const bounds = this.dataBounds;
    if (!this.mode || bounds === undefined) return undefined;
    const range = this.range;
    return range ? coverage(range, bounds) : { kind: 'none' };
  }

  /** The comparison's query: the host's with the comparison range; `undefined` when there is nothing to load. */
  private get query(): InsightsQuery | undefined {
    const range = this.range;
    const query = this.host.insightsQuery;
    if (!range || !query || this.coverage?.kind === 'none') return undefined;
    return { ...query, from: range.from, to: range.to, last: undefined };
  }

  /** The comparison's answer, only when it is the one for the current `range` and query (never a stale one). */
  get value(): ResourceResponse<R> | undefined {
    const range = this.range;
    const value = this.loader.value as (ResourceResponse<R> & { query: MonthRange }) | undefined;
    if (!range || this.loader.status !== TaskStatus.COMPLETE || !value) return undefined;
    return value.query.from === range.from && value.query.to === range.to ? value : undefined;
  }

  get state(): ComparisonState {
    if (!this.mode) return 'off';
    if (this.bounds.status === TaskStatus.ERROR || this.loader.status === TaskStatus.ERROR) return 'error';
    if (this.coverage?.kind === 'none') return 'missing';
    return this.value ? 'ready' : 'loading';
  }

  /** The comparison's answer when it gives the figure asked for (a flow needs the month before its range too; see `figureKnown`). */
  valueFor(flow: boolean): ResourceResponse<R> | undefined {
    const range = this.range;
    const bounds = this.dataBounds;
    return range && bounds !== undefined && figureKnown(range, bounds, flow) ? this.value : undefined;
  }

  /** Settles when the comparison's loads do (either way); handy in tests. */
  get complete(): Promise<unknown> {
    return Promise.all([this.bounds.complete, this.loader.complete]);
  }

  /** Loads the comparison again (after an error). */
  retry(): void {
    if (this.bounds.status === TaskStatus.ERROR) this.bounds.retry();
    else this.loader.retry();
  }
}
