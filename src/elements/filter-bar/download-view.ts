/** The Download button (Cancel while streaming) and what the download is doing, in words. */
import { html, nothing } from 'lit';
import type { Formatter } from '../../core/format.js';
import { describeError } from '../../i18n/describe-error.js';
import type { error as errorText } from '../../i18n/text/error.js';
import type { filterBar } from '../../i18n/text/filter-bar.js';
import { formatBytes } from './export-download.js';

export type DownloadState =
  | { status: 'idle' }
  | { status: 'streaming'; bytes: number; rows: number; total?: number }
  | { status: 'done'; rows: number; fileName: string }
  | { status: 'cancelled' }
  | { status: 'error'; error: unknown };

export interface DownloadOptions {
  state: DownloadState;
  m: (typeof filterBar)['en'];
  errors: (typeof errorText)['en'];
  format: Formatter;
  onDownload: () => void;
  onCancel: () => void;
}

export function renderDownloadButton({ state, m, onDownload, onCancel }: DownloadOptions) {
  return state.status === 'streaming'
    ? html`<button part="download" type="button" class="cancel" @click=${onCancel}>${m.cancel}</button>`
    : html`<button part="download" type="button" @click=${onDownload}>${m.download}</button>`;
}

/** Progress while streaming, then the outcome; an error says what went wrong (role alert). */
export function renderDownloadStatus({ state, m, errors, format }: DownloadOptions) {
  switch (state.status) {
    case 'idle':
      return nothing;
    case 'streaming':
      return html`<div part="download-status" class="download-status">
        <progress
          part="progress"
          aria-label=${m.downloading}
          max=${state.total ?? nothing}
          value=${state.total ? state.bytes : nothing}
        ></progress>
        <span role="status">${m.progress(format.number(state.rows), formatBytes(state.bytes, format.locale))}</span>
      </div>`;
    case 'done':
      return html`<p part="download-status" class="download-status note" role="status">
        ${m.done(format.number(state.rows), state.fileName)}
      </p>`;
    case 'cancelled':
      return html`<p part="download-status" class="download-status note" role="status">${m.cancelled}</p>`;
    case 'error':
      return html`<p part="download-status download-error" class="download-status problem" role="alert">
        <strong>${m.failed}</strong> ${describeError(state.error, errors)}
      </p>`;
  }
}
