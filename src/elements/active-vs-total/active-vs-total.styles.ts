import { css } from 'lit';

export const activeVsTotalStyles = css`
  :host {
    --_active: var(--_series-1);
    --_total: var(--_series-2);
  }
`;
