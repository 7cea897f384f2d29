/** The KPI tile's render helpers: the sparkline with its comparison and goal lines, the comparison line. */
import { html, nothing, svg } from 'lit';
import type { KpiComparison } from '../../core/metrics.js';
import type { TargetProgress } from '../../core/target.js';
import { styleProps } from '../../directives/style-props.js';
import { sparklineDomain, sparklinePoints, sparklineY } from '../../core/sparkline.js';
import type { Formatter } from '../../core/format.js';
import { changeDirection } from '../shared/comparison-text.js';

const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 40;

export interface SparklineInput {
  /** The range's months. */
  series: readonly number[];
  /** The comparison range's months, month by month beside them (`null`: no data): a faint line. */
  previous?: readonly (number | null)[];
  /** A goal line's value, on the same scale (a flow's target per month). */
  goal?: number;
}

/** One scale for every line, so the comparison and the goal read against the figure's line. */
export function renderSparkline({ series, previous, goal }: SparklineInput) {
  const domain = sparklineDomain(series, previous ?? [], goal === undefined ? [] : [goal]);
  return svg`<svg part="sparkline" viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}" preserveAspectRatio="none" aria-hidden="true">
    ${
      goal === undefined
        ? nothing
        : svg`<line class="goal" part="goal-line" x1="0" x2=${SPARK_WIDTH} y1=${sparklineY(goal, SPARK_HEIGHT, domain)} y2=${sparklineY(goal, SPARK_HEIGHT, domain)}></line>`
    }
    ${
      previous
        ? svg`<polyline class="previous" part="sparkline-previous" points=${sparklinePoints(previous, SPARK_WIDTH, SPARK_HEIGHT, 2, domain)}></polyline>`
        : nothing
    }
    <polyline class="current" points=${sparklinePoints(series, SPARK_WIDTH, SPARK_HEIGHT, 2, domain)}></polyline>
  </svg>`;
}

/** "vs previous 12 months: ▲ +4.1 %" (the arrow for readers who cannot tell the colours), or a note why there is none. */
export function renderComparisonLine(
  versus: string,
  comparison: KpiComparison | undefined,
  note: string | undefined,
  format: Formatter,
  labelValue: (label: string, value: string) => string,
) {
  if (!comparison) {
    return html`<span part="comparison" class="secondary">${note ?? html`${versus} …`}</span>`;
  }
  if (comparison.change === null) {
    return html`<span part="comparison" class="secondary">${labelValue(versus, '—')}</span>`;
  }
  const { direction, arrow } = changeDirection(comparison.change);
  // "vs previous 12 months: " in the language's own punctuation (French puts a space before ":").
  const label = labelValue(versus, '');
  return html`<span part="comparison" class="secondary"
    >${label}<span class=${direction}><span aria-hidden="true">${arrow}</span> ${format.signedPercent(comparison.change)}</span></span
  >`;
}

/**
 * The progress to a target: a glyph and words say met or missed (never colour alone), and the
 * bar's fill is solid when met, hatched when missed; the track's end is the target.
 */
export function renderTarget(progress: TargetProgress, text: string) {
  const fill = progress.ratio === null ? 1 : Math.min(1, Math.max(0, progress.ratio));
  return html`<div part="target" class=${progress.met ? 'met' : 'missed'}>
    <span class="secondary"><span class="glyph" aria-hidden="true">${progress.met ? '✓' : '!'}</span> ${text}</span>
    <span part="target-bar" aria-hidden="true"><span class="fill" ${styleProps({ '--_progress': `${fill * 100}%` })}></span></span>
  </div>`;
}
