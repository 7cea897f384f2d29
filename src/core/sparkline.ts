/** Sparkline geometry: values → SVG polyline points in a `width`×`height` box. Pure. */
export function sparklinePoints(values: number[], width: number, height: number, pad = 2): string {
  if (values.length === 0) return '';
  // The line spans the box: a sparkline shows the trend's shape, not its distance from zero.
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  return values
    .map((value, i) => {
      const x = values.length > 1 ? pad + i * step : width / 2;
      const y = height - pad - ((value - min) / span) * (height - 2 * pad);
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
}

const round = (n: number) => Math.round(n * 100) / 100;
