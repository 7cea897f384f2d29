/**
 * The box of a round chart drawn in SVG (distribution-tabs' donut, product-sunburst): square,
 * the SVG filling it, its centre label laid over it. Shared so both round charts size alike.
 */
import { css } from 'lit';

export const radialStyles = css`
  .radial {
    position: relative;
    aspect-ratio: 1;
  }
  .radial > svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
`;
