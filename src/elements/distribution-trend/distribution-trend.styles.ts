import { css } from 'lit';

export const distributionTrendStyles = css`
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 2px;
    border-bottom: 1px solid var(--_border);
  }
  [role='tab'] {
    font: inherit;
    font-size: 0.875rem;
    color: var(--_fg-muted);
    background: none;
    border: none;
    border-bottom: 2px solid transparent;
    margin-bottom: -1px;
    padding: 6px 10px;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--_fg);
    border-bottom-color: var(--_accent);
    font-weight: 600;
  }
  [role='tab']:hover {
    color: var(--_fg);
  }
  [role='tab']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  [role='tabpanel'] {
    display: grid;
    gap: 8px;
    min-width: 0;
  }
`;
