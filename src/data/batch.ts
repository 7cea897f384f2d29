/**
 * Request batching for an endpoint that offers `GET {endpoint}/batch` (see `BATCH_PATH` in the
 * contract): the requests a page starts in one moment (a filter change: every widget's, in the
 * same task) leave as one request, and each caller gets back the answer its resource would have
 * had alone. On this machine a request costs the page's main thread about a millisecond to send
 * and another to take in, and the browser's network service serialises them: one request for
 * six is what lets a dashboard update within a frame or two of its answers.
 *
 * Nothing here decides what an answer means: a part becomes the same `Answer` a lone request
 * gives (status, `ETag`, `Retry-After`, body), and the client reads it as it reads any other
 * (sign-in, "still loading" retries, problem documents, validation). Whatever the batch itself
 * cannot carry falls back to one request per resource: a network failure, an unreadable answer,
 * a server error; an endpoint without the route (400, 404, 405, 501) is asked one by one from
 * then on.
 */
import * as v from 'valibot';
import { BATCH_MAX_PARTS, BATCH_PATH, BatchResponseSchema, RESOURCE_PATHS, type BatchResponse } from './contract.js';
import { splitResourceUrl } from './query.js';

/** What a request hands on of a response: the body already read (empty for 204 and 304). */
export interface Answer {
  status: number;
  ok: boolean;
  headers: Headers;
  body: string;
  /** The body already parsed (a batch part): read instead of `body`. */
  json?: unknown;
}

/** One resource's request waiting for the batch of its moment. */
interface Waiting {
  url: string;
  endpoint: string;
  part: string;
  signal: AbortSignal;
  resolve(answer: Answer): void;
  reject(reason: unknown): void;
}

const PATHS = Object.values(RESOURCE_PATHS);
/** Statuses that say the endpoint has no batch route: its resources are then asked one by one. */
const NO_BATCH_ROUTE = new Set([400, 404, 405, 501]);
/** Statuses the batch answers for all of its parts: the sign-in's, and "still loading". */
const FOR_EVERY_PART = new Set([401, 403, 503]);

export class RequestBatcher {
  private waiting: Waiting[] = [];
  /** Endpoints that answered they have no batch route. */
  private readonly refused = new Set<string>();

  /** `send` puts one request on the wire (the client's, with its headers, slots and errors). */
  constructor(private readonly send: (url: string, signal: AbortSignal) => Promise<Answer>) {}

  /**
   * The answer for `url`, from the batch of this moment (the requests started before the
   * current task's microtasks run), or alone for a URL no batch may carry.
   */
  request(url: string, signal: AbortSignal): Promise<Answer> {
    const split = splitResourceUrl(url, PATHS);
    if (!split || this.refused.has(split.endpoint)) return this.send(url, signal);
    return new Promise((resolve, reject) => {
      if (this.waiting.length === 0) queueMicrotask(() => this.flush());
      this.waiting.push({ url, ...split, signal, resolve, reject });
    });
  }

  /**
   * Sends what is waiting now, without waiting for the moment's end (the current task's
   * microtasks): the context calls it once every widget has been told of a new query, so the
   * batch leaves before the widgets render.
   */
  flush(): void {
    const byEndpoint = new Map<string, Waiting[]>();
    for (const w of this.waiting.splice(0)) {
      if (w.signal.aborted) w.reject(w.signal.reason);
      else if (byEndpoint.has(w.endpoint)) byEndpoint.get(w.endpoint)!.push(w);
      else byEndpoint.set(w.endpoint, [w]);
    }
    for (const [endpoint, all] of byEndpoint) {
      for (let i = 0; i < all.length; i += BATCH_MAX_PARTS) {
        const parts = all.slice(i, i + BATCH_MAX_PARTS);
        if (parts.length === 1) this.alone(parts[0]!);
        else void this.batch(endpoint, parts);
      }
    }
  }

  private alone(w: Waiting): void {
    if (w.signal.aborted) w.reject(w.signal.reason);
    else this.send(w.url, w.signal).then(w.resolve, w.reject);
  }

  private async batch(endpoint: string, parts: Waiting[]): Promise<void> {
    // Withdrawn when every caller is: a caller's abort only ends its own wait. The listeners
    // go once the answer is in (`sent`).
    const controller = new AbortController();
    const sent = new AbortController();
    let open = parts.length;
    for (const w of parts) {
      const leave = () => {
        w.reject(w.signal.reason);
        if (--open === 0) controller.abort(w.signal.reason);
      };
      w.signal.addEventListener('abort', leave, { once: true, signal: sent.signal });
    }
    const url = `${endpoint}${BATCH_PATH}?${new URLSearchParams(parts.map((w) => ['r', w.part])).toString()}`;
    let answer: Answer | undefined;
    try {
      answer = await this.send(url, controller.signal);
    } catch {
      answer = undefined; // cut off or refused on the way: each asks alone, and fails alone
    } finally {
      sent.abort();
    }
    if (controller.signal.aborted) return;
    if (answer?.status === 200) {
      const answers = readAnswers(answer.body, parts.length);
      if (answers) return parts.forEach((w, i) => w.resolve(partAnswer(answers[i]!)));
    } else if (answer && FOR_EVERY_PART.has(answer.status)) {
      return parts.forEach((w) => w.resolve(answer));
    } else if (answer && NO_BATCH_ROUTE.has(answer.status) && !this.refused.has(endpoint)) {
      this.refused.add(endpoint);
      console.warn(
        `insights-widgets: ${endpoint}${BATCH_PATH} answered ${answer.status}; this endpoint's resources are now asked one by one.`,
      );
    }
    for (const w of parts) this.alone(w);
  }
}

/** The batch's parts when the body is a batch answer of `count` parts, else undefined. */
function readAnswers(body: string, count: number): BatchResponse['answers'] | undefined {
  try {
    const result = v.safeParse(BatchResponseSchema, JSON.parse(body));
    return result.success && result.output.answers.length === count ? result.output.answers : undefined;
  } catch {
    return undefined;
  }
}

/** A part as the answer its resource would have had alone. */
function partAnswer(part: BatchResponse['answers'][number]): Answer {
  const headers = new Headers();
  try {
    if (part.etag) headers.set('ETag', part.etag);
  } catch {
    // Not a header value: the answer stands, without revalidation.
  }
  if (part.retryAfter !== undefined) headers.set('Retry-After', String(part.retryAfter));
  return { status: part.status, ok: part.status >= 200 && part.status < 300, headers, body: '', json: part.body };
}
