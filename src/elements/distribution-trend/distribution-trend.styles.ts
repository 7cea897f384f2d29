import { css } from 'lit';

export const distributionTrendStyles = css`
  [part='panel'] {
    display: grid;
    gap: 8px;
    min-width: 0;
  }
`;
