/** A KPI tile's target (`target`, `filterContext.targets`): progress, met or not, and its goal line. Pure. */

/** `up`: higher is better (the target is a floor to reach); `down`: lower is better (a ceiling, e.g. churned). */
export const TARGET_DIRECTIONS = ['up', 'down'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

export interface TargetProgress {
  target: number;
  /** value / target; `null` when the target is 0. */
  ratio: number | null;
  /** Reached (`up`: value ≥ target) or kept (`down`: value ≤ target). */
  met: boolean;
  direction: TargetDirection;
}

export function targetProgress(value: number, target: number, direction: TargetDirection): TargetProgress {
  return {
    target,
    ratio: target === 0 ? null : value / target,
    met: direction === 'up' ? value >= target : value <= target,
    direction,
  };
}

/**
 * The goal line on a tile's monthly sparkline: a stock's target as it is; a flow's target (for
 * the range's sum) spread evenly over its months, the pace that meets it.
 */
export function goalPerMonth(target: number, flow: boolean, months: number): number {
  return flow && months > 0 ? target / months : target;
}
