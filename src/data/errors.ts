/**
 * Typed failures of the data client; each says what the user can do about it. The `message`
 * is English, for developers and logs; `kind` and the fields beside it let `describeError`
 * say the same in the locale of the widget.
 */
import { uiLanguage } from '../i18n/define-text.js';
import { error as errorText } from '../i18n/text/error.js';
import type { Problem } from './contract.js';

export type DataErrorKind = 'network' | 'http' | 'invalid';

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

/** The endpoint could not be reached (offline, DNS, CORS, refused). */
export class NetworkError extends InsightsDataError {
  readonly kind = 'network';
  constructor(url: string, cause?: unknown) {
    super('Could not reach the data endpoint. Check the connection and the endpoint URL, then retry.', url);
    this.cause = cause;
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
 * Turns anything thrown into a message fit to show, in `locale` (English by default); never
 * leaks a stack. The kit's data errors are told from their `kind`; a problem document's
 * `detail` and a contract `issue` are shown as the endpoint and the client wrote them.
 */
export function describeError(error: unknown, locale = 'en'): string {
  const m = errorText[uiLanguage(locale)];
  if (error instanceof NetworkError) return m.network;
  if (error instanceof HttpError) return m.http(error.status, error.problem?.detail);
  if (error instanceof InvalidResponseError) return error.reason === 'not-json' ? m.notJson : m.invalid(error.issue);
  if (error instanceof Error && error.message) return error.message;
  return m.unknown;
}
