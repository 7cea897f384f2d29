/**
 * The kit's one tab list (WAI-ARIA tabs with automatic activation): one tab stop, the selected
 * tab; arrow keys move and select, Home/End jump to the first/last tab
 * (`RovingFocusController.move`). Tab `i` is `#tab-<id>` and controls `#panel` (ids are scoped
 * by the widget's shadow root). Used by distribution-tabs and
 * distribution-trend; the panel is the element's own.
 */
import { css, html, type TemplateResult } from 'lit';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';

export interface TabItem<T extends string> {
  id: T;
  label: string;
}

export interface TabListOptions<T extends string> {
  tabs: readonly TabItem<T>[];
  selected: T;
  /** The tab list's accessible name. */
  label: string;
  /** A tab was chosen (click, or arrow keys / Home / End, which also move focus to it). */
  onSelect: (id: T) => void;
}

/** The tabs (`part="tabs"`; each `part="tab"`, the selected one also `tab-selected`). */
export function renderTabList<T extends string>({ tabs, selected, label, onSelect }: TabListOptions<T>): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    const list = event.currentTarget as HTMLElement;
    const buttons = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
    const current = buttons.indexOf(event.target as HTMLElement);
    const next = RovingFocusController.move(event, buttons, 'horizontal', current < 0 ? tabs.findIndex((t) => t.id === selected) : current);
    if (next !== null) onSelect(tabs[next]!.id);
  };
  return html`<div part="tabs" role="tablist" aria-label=${label} @keydown=${onKeydown}>
    ${tabs.map((tab) => {
      const isSelected = tab.id === selected;
      return html`<button
        part=${isSelected ? 'tab tab-selected' : 'tab'}
        role="tab"
        type="button"
        id="tab-${tab.id}"
        data-tab=${tab.id}
        aria-selected=${isSelected ? 'true' : 'false'}
        aria-controls="panel"
        tabindex=${isSelected ? 0 : -1}
        @click=${() => onSelect(tab.id)}
      >
        ${tab.label}
      </button>`;
    })}
  </div>`;
}

/** The tab list's look: an underline under the selected tab. */
export const tabListStyles = css`
  [part='tabs'] {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 4px;
    border-bottom: 1px solid var(--_border);
  }
  [part~='tab'] {
    font: inherit;
    font-size: 0.875rem;
    padding: 6px 10px;
    border: 0;
    border-bottom: 2px solid transparent;
    margin-bottom: -1px;
    background: none;
    color: var(--_fg-muted);
    cursor: pointer;
  }
  [part~='tab']:hover {
    color: var(--_fg);
  }
  [part~='tab'][aria-selected='true'] {
    color: var(--_fg);
    border-bottom-color: var(--_accent);
    font-weight: 600;
  }
  [part~='tab']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
`;
