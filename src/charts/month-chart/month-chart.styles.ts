/**
 * The month chart's look (`month-chart-view.ts`): every colour is a token or a palette slot, so
 * the chart follows the theme, dark mode and forced colours without being redrawn. The tooltip's
 * swatches are the legend's (`legendStyles`, in every monthly chart's styles).
 */
import { css } from 'lit';
import { AXIS_FONT_PX } from '../../core/month-chart-layout.js';
import { ANIMATION_MS } from '../animation.js';

export const monthChartStyles = css`
  .month-chart-box {
    position: relative;
    cursor: pointer;
    touch-action: pan-y;
  }
  .month-chart {
    display: block;
    overflow: visible;
    font-size: ${AXIS_FONT_PX}px;
    user-select: none;
    -webkit-user-select: none;
  }
  .month-chart text {
    fill: var(--_fg-muted);
    font-variant-numeric: tabular-nums;
  }
  .month-chart .grid line,
  .month-chart .baseline {
    stroke: var(--_border);
    shape-rendering: crispEdges;
  }
  .month-chart .zero {
    stroke: var(--_fg-muted);
    shape-rendering: crispEdges;
  }
  .month-chart .crosshair {
    fill: var(--_bg-subtle);
  }
  /* A month's button: unpainted over its band (yet hit), ringed when the keyboard focuses it. */
  .month-chart .month {
    fill: none;
    pointer-events: all;
    outline: none;
  }
  .month-chart .month:focus-visible {
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  .month-chart .columns rect {
    fill: var(--_slot);
  }
  /* The column hovered or walked to with ↑/↓ (a stack choice): outlined; by keyboard, the focus
     ring moves from the month to it. */
  .month-chart .columns rect.stack-active {
    stroke: var(--_fg);
    stroke-width: 2px;
  }
  .month-chart:has(.month:focus-visible) .columns rect.stack-active {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .month-chart .month.on-stack:focus-visible {
    stroke: none;
  }
  .month-chart .line path {
    fill: none;
    stroke: var(--_slot);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .month-chart .line path.dashed {
    stroke-dasharray: 6;
  }
  .month-chart .line circle {
    fill: var(--_slot);
  }
  /* The comparison (compare): hollow columns beside the current ones, a dotted line with hollow
     markers: told from the current marks by shape, not colour alone (also in forced colours). */
  .month-chart .columns rect.previous {
    fill: var(--_bg);
    stroke: var(--_slot);
    stroke-width: 1.5px;
  }
  .month-chart .line path.previous {
    stroke-width: 2px;
    stroke-dasharray: 2 4;
    stroke-linecap: round;
  }
  .month-chart .line circle.previous {
    fill: var(--_bg);
    stroke: var(--_slot);
    stroke-width: 2px;
  }
  /* Another view of the same answer (legend, zoom, view switch) slides; a new answer does not. */
  .month-chart.animate rect,
  .month-chart.animate circle,
  .month-chart.animate path {
    transition-property: x, y, width, height, cx, cy, d;
    transition-duration: ${ANIMATION_MS}ms;
    transition-timing-function: ease-out;
  }
  @media (prefers-reduced-motion: reduce) {
    .month-chart.animate * {
      transition: none;
    }
  }

  [part='tooltip'] {
    position: absolute;
    top: var(--_tip-y, 0);
    left: var(--_tip-left, auto);
    right: var(--_tip-right, auto);
    max-width: var(--_tip-room, none);
    box-sizing: border-box;
    z-index: 1;
    pointer-events: none;
    min-width: 8rem;
    padding: 6px 8px;
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    font-size: 0.8125rem;
    line-height: 1.5;
    white-space: nowrap;
  }
  .tooltip-title {
    font-weight: 600;
    margin-bottom: 2px;
  }
  .tooltip-row {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .tooltip-row.active {
    font-weight: 600;
  }
  .tooltip-name {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .tooltip-value {
    margin-left: auto;
    padding-left: 12px;
    font-variant-numeric: tabular-nums;
  }
  .tooltip-previous {
    color: var(--_fg-muted);
    font-variant-numeric: tabular-nums;
  }

  /* Forced colours: the marks keep the system colour of their slot (tokens.ts), outlined. */
  @media (forced-colors: active) {
    .month-chart .series {
      forced-color-adjust: none;
    }
    .month-chart .crosshair {
      fill: none;
      stroke: Highlight;
    }
    .month-chart .columns rect.stack-active {
      stroke: Highlight;
      stroke-width: 3px;
      stroke-dasharray: none;
    }
  }
`;
