/** Sparkline geometry: values → SVG polyline points in a `width`×`height` box. Pure. */

/** [lowest, highest] of every value given (`null`s skipped): the one scale of a tile's lines. */
export function sparklineDomain(...series: (readonly (number | null | undefined)[])[]): [number, number] {
  const values = series.flat().filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return values.length ? [Math.min(...values), Math.max(...values)] : [0, 0];
}

/** The y of `value` in a box of `height` whose lines span `domain` (the highest at the top). */
export function sparklineY(value: number, height: number, domain: [number, number], pad = 2): number {
  const [min, max] = domain;
  const span = max - min || 1;
  return round(height - pad - ((value - min) / span) * (height - 2 * pad));
}

/**
 * The points of `values` (a `null`, a month without data, gets no point). By default the line
 * spans the box: a sparkline shows the trend's shape, not its distance from zero; `domain` puts
 * several lines (a comparison, a goal) on one scale.
 */
export function sparklinePoints(
  values: readonly (number | null)[],
  width: number,
  height: number,
  pad = 2,
  domain: [number, number] = sparklineDomain(values),
): string {
  if (values.length === 0) return '';
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  return values
    .flatMap((value, i) => {
      if (value === null) return [];
      const x = values.length > 1 ? pad + i * step : width / 2;
      return [`${round(x)},${sparklineY(value, height, domain, pad)}`];
    })
    .join(' ');
}

const round = (n: number) => Math.round(n * 100) / 100;
