/**
 * Typed failures of the data client; each says what the user can do about it. The `message`
 * is English, for developers and logs; the class and the fields beside it let
 * `i18n/describe-error.ts` say the same in the widget's language.
 */
import type { Problem } from './contract.js';

export type DataErrorKind = 'network' | 'timeout' | 'http' | 'invalid' | 'auth' | 'config';

/** Base class: every error a widget shows comes through here. */
export abstract class InsightsDataError extends Error {
  abstract readonly kind: DataErrorKind;
  constructor(
    message: string,
    /** The request that failed. */
    readonly url: string,
  ) {
    super(message);
  }
}

/** The endpoint could not be reached (offline, DNS, CORS, refused) or the connection broke mid-answer. */
export class NetworkError extends InsightsDataError {
  readonly kind = 'network';
  constructor(url: string, cause?: unknown) {
    super('Could not reach the data endpoint. Check the connection and the endpoint URL, then retry.', url);
    this.cause = cause;
  }
}

/** The endpoint did not answer (or did not finish answering) within the client's timeout. */
export class TimeoutError extends InsightsDataError {
  readonly kind = 'timeout';
  constructor(
    url: string,
    /** The time allowed, in milliseconds. */
    readonly timeout: number,
  ) {
    super(`The endpoint did not answer in ${Math.round(timeout / 100) / 10} s. Check that it is up, then retry.`, url);
  }
}

/** The endpoint answered with an error status; `problem` is its RFC 9457 document if any. */
export class HttpError extends InsightsDataError {
  readonly kind = 'http';
  constructor(
    url: string,
    readonly status: number,
    readonly problem?: Problem,
  ) {
    super(
      problem?.detail
        ? `The endpoint answered ${status}: ${problem.detail}`
        : `The endpoint answered ${status}${status === 401 || status === 403 ? ': check the credentials given to the widget' : ''}.`,
      url,
    );
  }
}

/** The answer was not JSON, or does not match the data contract. */
export class InvalidResponseError extends InsightsDataError {
  readonly kind = 'invalid';
  constructor(
    url: string,
    /** Where the answer breaks the contract, e.g. `months.3.customers: expected number`. */
    readonly issue: string,
    /** `not-json` when the body did not parse; `contract` when it breaks the schema. */
    readonly reason: 'contract' | 'not-json' = 'contract',
  ) {
    super(`The endpoint's answer does not match the data contract (${issue}).`, url);
  }
}

/**
 * Not signed in or not allowed: a 401 that a fresh sign-in (the context's `authProvider`) did not
 * cure, a 403, or a provider that failed. `status` is the HTTP status, if any.
 */
export class AuthError extends InsightsDataError {
  readonly kind = 'auth';
  constructor(
    url: string,
    readonly status?: number,
    cause?: unknown,
  ) {
    super(
      status === 403
        ? 'The endpoint does not allow this account to see these figures (403). Ask for access, then retry.'
        : 'Not signed in to the data endpoint, or the sign-in has expired. Sign in again, then retry.',
      url,
    );
    this.cause = cause;
  }
}

/** The answer leaves out an optional field of the contract that this widget needs. */
export class MissingFieldError extends InsightsDataError {
  readonly kind = 'invalid';
  constructor(
    url: string,
    /** The field, as a path into the answer, e.g. `products`. */
    readonly field: string,
  ) {
    super(`The endpoint's answer has no "${field}", which this widget needs. Ask the endpoint's owner to add it.`, url);
  }
}

/** The widget has no endpoint to ask: neither its own `endpoint` nor a `filter-context`'s. */
export class MissingEndpointError extends InsightsDataError {
  readonly kind = 'config';
  constructor() {
    super('No data endpoint: set the endpoint attribute on this widget or on its filter-context.', '');
  }
}
