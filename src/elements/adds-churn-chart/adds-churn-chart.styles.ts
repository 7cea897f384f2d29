import { css } from 'lit';

export const addsChurnChartStyles = css`
  :host {
    --_new: var(--_series-3);
    --_existing: var(--_series-1);
    --_churned: var(--_series-5);
  }
`;
