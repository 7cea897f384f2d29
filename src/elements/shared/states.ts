/**
 * The loading, empty and error states every widget shows, so they look and read alike. Each
 * takes the widget's words (`StateMessages`, from its `LocaleController`), never a locale.
 */
import { html, css, type TemplateResult } from 'lit';
import { describeError } from '../../i18n/describe-error.js';
import { state } from '../../i18n/text/state.js';
import { error as errorText } from '../../i18n/text/error.js';

/** The text groups the states read; pass them to the element's `LocaleController.text()`. */
export const STATE_TEXT = { state, error: errorText };

/** The words of the states in one language. */
export interface StateMessages {
  state: (typeof state)['en'];
  error: (typeof errorText)['en'];
}

export const stateStyles = css`
  .skeleton {
    display: grid;
    gap: 8px;
  }
  .skeleton span {
    display: block;
    width: 90%;
    height: 12px;
    border-radius: 4px;
    background: var(--_bg-subtle);
    animation: pulse 1.2s ease-in-out infinite;
  }
  /* Each bar 20 points shorter than the one above (set here, not inline: strict CSP). */
  .skeleton span:nth-child(2) {
    width: 70%;
  }
  .skeleton span:nth-child(3) {
    width: 50%;
  }
  .skeleton span:nth-child(n + 4) {
    width: 30%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }
  .empty,
  .error {
    color: var(--_fg-muted);
    font-size: 0.875rem;
    margin: 0;
  }
  .error {
    color: var(--_fg);
    display: grid;
    gap: 8px;
    justify-items: start;
  }
  .error strong {
    color: var(--_negative);
  }
  button.retry {
    font: inherit;
    font-size: 0.875rem;
    padding: 4px 12px;
    border-radius: 6px;
    border: 1px solid var(--_border);
    background: var(--_bg-subtle);
    color: var(--_fg);
    cursor: pointer;
  }
  button.retry:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;

/** Grey bars while data loads; `label` (default "Loading…") is announced to screen readers. */
export function renderSkeleton(m: StateMessages, label?: string, rows = 3): TemplateResult {
  return html`<div class="skeleton" part="skeleton" role="status" aria-label=${label ?? m.state.loading}>
    ${Array.from({ length: rows }, () => html`<span></span>`)}
  </div>`;
}

/** Says the range holds no customers (or `message`). */
export function renderEmpty(m: StateMessages, message?: string): TemplateResult {
  return html`<p class="empty" part="empty" role="status">${message ?? m.state.empty}</p>`;
}

/**
 * The error in the widget's words, with a Retry button; the message is text, never HTML.
 * `message` replaces what `describeError` would say (for errors the kit raises itself).
 */
export function renderError(error: unknown, retry: () => void, m: StateMessages, message?: string): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <span><strong>${m.state.errorTitle}</strong> ${message ?? describeError(error, m.error)}</span>
    <button class="retry" part="retry" type="button" @click=${retry}>${m.state.retry}</button>
  </div>`;
}
