/**
 * The card header's tools, the same in every widget: the "Show as table" toggle (charts and the
 * map) and the export menu (WAI-ARIA menu button: Enter, Space or ↓ opens it on the first item,
 * ↑ on the last; ↑/↓/Home/End move; Enter/Space choose; Escape closes it and returns focus to
 * the button; Tab or a click elsewhere closes it), with a live region that says what it did.
 * Placed in the card's top corner, whatever the title's markup, so titles stay as they are.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import type { ExportController, ExportFormat } from './export-controller.js';

const FORMATS: readonly ExportFormat[] = ['csv', 'png', 'svg'];

const downloadIcon = svg`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 2v8m-3.5-3.5L8 10l3.5-3.5M3 13h10"></path></svg>`;
const tableIcon = svg`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2.5 3.5h11v9h-11zM2.5 6.5h11M2.5 9.5h11M6.5 6.5v6"></path></svg>`;

export interface ExportToolsOptions {
  /** Offer "Show as table" (charts and the map). */
  table: boolean;
  /** Hide the export menu (`no-export`). */
  noExport: boolean;
  /** The info button and its popover (`renderInfo`), first among the tools. */
  info?: unknown;
}

function items(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[role="menuitem"]')];
}

/** The toggle, the menu button with its menu, and the status line (`part="export"`). */
export function renderExportTools(exporter: ExportController, o: ExportToolsOptions): TemplateResult | typeof nothing {
  if (!o.table && o.noExport && !o.info) return nothing;
  const m = exporter.text;
  const focusItem = (menu: HTMLElement | null, index: number | 'last') => {
    const list = menu ? items(menu) : [];
    list[index === 'last' ? list.length - 1 : index]?.focus();
  };
  const openAt = async (button: HTMLElement, index: number | 'last') => {
    exporter.setOpen(true);
    await exporter.host.updateComplete;
    focusItem(button.parentElement!.querySelector('[role="menu"]'), index);
  };
  const close = (button: HTMLElement | null) => {
    exporter.setOpen(false);
    button?.focus();
  };
  const onButtonKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    void openAt(event.currentTarget as HTMLElement, event.key === 'ArrowUp' ? 'last' : 0);
  };
  const onButtonClick = (event: MouseEvent) => {
    const button = event.currentTarget as HTMLElement;
    // A keyboard's Enter/Space arrives as a click with detail 0: open on the first item.
    if (exporter.open) exporter.setOpen(false);
    else void openAt(button, 0);
  };
  const onMenuKeydown = (event: KeyboardEvent) => {
    const menu = event.currentTarget as HTMLElement;
    const button = menu.parentElement!.querySelector<HTMLElement>('[part="export-button"]');
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(button);
      return;
    }
    if (event.key === 'Tab') {
      exporter.setOpen(false);
      return;
    }
    RovingFocusController.move(event, items(menu), 'vertical');
  };
  const onFocusout = (event: FocusEvent) => {
    const wrap = event.currentTarget as HTMLElement;
    if (!wrap.contains(event.relatedTarget as Node | null)) exporter.setOpen(false);
  };
  const choose = (format: ExportFormat) => (event: Event) => {
    const button = (event.currentTarget as HTMLElement).closest('[part="export"]')?.querySelector<HTMLElement>('[part="export-button"]');
    close(button ?? null);
    void exporter.download(format);
  };
  const labels: Record<ExportFormat, string> = { csv: m.csv, png: m.png, svg: m.svg };
  return html`<div class="tools" part="tools">
    ${o.info ?? nothing}
    ${
      o.table
        ? html`<button
            type="button"
            class="tool"
            part="table-toggle"
            aria-pressed=${exporter.tableView ? 'true' : 'false'}
            aria-label=${m.showTable}
            title=${m.showTable}
            @click=${() => exporter.toggleTable()}
          >
            ${tableIcon}
          </button>`
        : nothing
    }
    ${
      o.noExport
        ? nothing
        : html`<div part="export" class="export" @focusout=${onFocusout}>
            <button
              type="button"
              class="tool"
              part="export-button"
              id="export-button"
              aria-haspopup="menu"
              aria-expanded=${exporter.open ? 'true' : 'false'}
              aria-controls="export-menu"
              aria-label=${m.menu}
              title=${m.menu}
              ?disabled=${!exporter.ready}
              @click=${onButtonClick}
              @keydown=${onButtonKeydown}
            >
              ${downloadIcon}
            </button>
            <ul
              part="export-menu"
              id="export-menu"
              role="menu"
              aria-labelledby="export-button"
              ?hidden=${!exporter.open}
              @keydown=${onMenuKeydown}
            >
              ${FORMATS.map(
                (format) =>
                  html`<li role="none">
                    <button type="button" role="menuitem" part="export-item" tabindex="-1" data-format=${format} @click=${choose(format)}>
                      ${labels[format]}
                    </button>
                  </li>`,
              )}
            </ul>
            <span class="sr-only" role="status" aria-live="polite">${exporter.status}</span>
          </div>`
    }
  </div>`;
}

/** The tools' look: small icon buttons in the card's top corner, the menu below them. */
export const exportMenuStyles = css`
  [part='base'] {
    position: relative;
  }
  /* Room for the tools beside the title: one button, two or three (info, "Show as table", export). */
  [part~='label'] {
    padding-inline-end: 36px;
  }
  [part='base']:has(> .tools > :nth-child(2)) > [part~='label'] {
    padding-inline-end: 64px;
  }
  [part='base']:has(> .tools > :nth-child(3)) > [part~='label'] {
    padding-inline-end: 92px;
  }
  .tools {
    position: absolute;
    inset-block-start: calc(var(--_space) - 6px);
    inset-inline-end: calc(var(--_space) - 6px);
    display: flex;
    gap: 2px;
    z-index: 2;
  }
  .export {
    position: relative;
  }
  .tool {
    display: inline-grid;
    place-items: center;
    width: 28px;
    height: 28px;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 6px;
    background: none;
    color: var(--_fg-muted);
    cursor: pointer;
  }
  .tool svg {
    width: 16px;
    height: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .tool:hover:not(:disabled),
  .tool[aria-pressed='true'],
  .tool[aria-expanded='true'] {
    background: var(--_bg-subtle);
    border-color: var(--_border);
    color: var(--_fg);
  }
  /* The info popover (card.ts renderInfo): under its button, inside the viewport. */
  .info [part='info'] {
    anchor-name: --info;
  }
  [part='info-popover'] {
    position-anchor: --info;
    inset: auto;
    top: anchor(bottom);
    right: anchor(right);
    position-try-fallbacks: flip-inline, flip-block;
    margin: 4px 0 0;
    box-sizing: border-box;
    max-width: min(320px, calc(100vw - 16px));
    padding: 10px 12px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    font-size: 0.8125rem;
    line-height: 1.45;
    text-align: start;
  }
  [part='info-popover'] p {
    margin: 0;
  }
  .tool:disabled {
    opacity: 0.4;
    cursor: default;
  }
  .tool:focus-visible,
  [part='export-item']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  [part='export-menu'] {
    position: absolute;
    inset-inline-end: 0;
    inset-block-start: calc(100% + 4px);
    min-width: 12rem;
    margin: 0;
    padding: 4px;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  [part='export-menu'][hidden] {
    display: none;
  }
  [part='export-item'] {
    display: block;
    width: 100%;
    padding: 6px 10px;
    border: 0;
    border-radius: 4px;
    background: none;
    color: var(--_fg);
    font: inherit;
    font-size: 0.875rem;
    text-align: start;
    cursor: pointer;
  }
  [part='export-item']:hover,
  [part='export-item']:focus-visible {
    background: var(--_bg-subtle);
  }
  @media (forced-colors: active) {
    .tool,
    [part='export-menu'],
    [part='info-popover'] {
      border-color: ButtonText;
    }
  }
`;
