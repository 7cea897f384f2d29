/**
 * The loading, empty and error states every widget shows, so they look and read alike. Each
 * takes the widget's locale (`effectiveLocale`) for its words.
 */
import { html, css, type TemplateResult } from 'lit';
import { describeError } from '../../data/errors.js';
import { uiLanguage } from '../../i18n/define-text.js';
import { state } from '../../i18n/text/state.js';

export const stateStyles = css`
  .skeleton {
    display: grid;
    gap: 8px;
  }
  .skeleton span {
    display: block;
    height: 12px;
    border-radius: 4px;
    background: var(--_bg-subtle);
    animation: pulse 1.2s ease-in-out infinite;
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

/** Grey bars while data loads; `label` (default "Loading…" in `locale`) is announced to screen readers. */
export function renderSkeleton(locale: string, label?: string, rows = 3): TemplateResult {
  return html`<div class="skeleton" part="skeleton" role="status" aria-label=${label ?? state[uiLanguage(locale)].loading}>
    ${Array.from({ length: rows }, (_, i) => html`<span style="width:${90 - i * 20}%"></span>`)}
  </div>`;
}

/** Says the range holds no customers (or `message`), in `locale`. */
export function renderEmpty(locale: string, message?: string): TemplateResult {
  return html`<p class="empty" part="empty" role="status">${message ?? state[uiLanguage(locale)].empty}</p>`;
}

/**
 * The error, in words of `locale`, with a Retry button; the message is text, never HTML.
 * `message` replaces what `describeError` would say (for errors the kit raises itself).
 */
export function renderError(error: unknown, retry: () => void, locale: string, message?: string): TemplateResult {
  const m = state[uiLanguage(locale)];
  return html`<div class="error" part="error" role="alert">
    <span><strong>${m.errorTitle}</strong> ${message ?? describeError(error, locale)}</span>
    <button class="retry" part="retry" type="button" @click=${retry}>${m.retry}</button>
  </div>`;
}
