/** The map's SVG, Home button, tooltip, legend and metric switch, as plain render functions. */
import { html, nothing, svg } from 'lit';
import type { Formatter } from '../../core/format.js';
import { styleProps } from '../../directives/style-props.js';
import type { MapLayout } from '../../core/geo/layout.js';
import { anchorOf, dotOf, dotRadius, fillClass, shapeOf, tooltipPosition, type MapRow } from '../../core/geo/map-view.js';
import { COLOR_STEPS, stepLabels, type ColorScale } from '../../core/geo/scale.js';
import { GEO_METRICS, share, type GeoMetric } from '../../core/geo/table.js';
import { viewBoxAttribute, type ViewBox } from '../../core/geo/zoom.js';
import type { BreakdownResponse } from '../../data/contract.js';
import type { geo } from '../../i18n/text/geo.js';
import { renderSwitch } from '../shared/switch.js';

/** The map's UI text. */
export type GeoText = (typeof geo)['en'];

export interface MapViewOptions {
  layout: MapLayout;
  /** The view box at rest. */
  view: ViewBox;
  byCode: ReadonlyMap<string, MapRow>;
  scale: ColorScale;
  metric: GeoMetric;
  /** Code of the hovered (map) or focused (grid) country. */
  hovered: string;
  /** The selected market's key, as in the data; empty for none. */
  selected: string;
  /** Its known code, if any. */
  selectedCode: string | undefined;
  total: BreakdownResponse['total'] | undefined;
  format: Formatter;
  messages: GeoText;
  onPointer: (event: PointerEvent) => void;
  onLeave: () => void;
  onClick: (event: MouseEvent) => void;
  onHome: () => void;
}

function renderOutline(layout: MapLayout, code: string, cls: string) {
  const dot = dotOf(layout, code);
  if (dot) return svg`<circle class="outline ${cls}" cx=${dot.x} cy=${dot.y}></circle>`;
  const shape = shapeOf(layout, code);
  return shape ? svg`<path class="outline ${cls}" d=${shape.d} transform=${layout.transform}></path>` : nothing;
}

/** The map's SVG, the Home button while zoomed, and the tooltip. */
export function renderMapView(o: MapViewOptions) {
  const { layout, view, byCode, scale, metric, hovered, selectedCode, messages: m } = o;
  const fill = (code: string | undefined) => fillClass(code ? byCode.get(code) : undefined, metric, scale);
  // eslint-disable-next-line lit-a11y/click-events-have-key-events -- a click on a country is a shortcut: by keyboard each country is a row of the grid beside the map
  return html`<svg
      part="map"
      role="img"
      aria-label=${m.mapLabel(metric)}
      viewBox=${viewBoxAttribute(view)}
      width=${layout.width}
      height=${layout.height}
      ${styleProps({ '--_dot-r': `${dotRadius(view, layout.width)}px` })}
      preserveAspectRatio="xMidYMid meet"
      @pointermove=${o.onPointer}
      @pointerleave=${o.onLeave}
      @click=${o.onClick}
    >
      <g class="shapes" transform=${layout.transform}>
        ${layout.shapes.map((s) => {
          const interactive = s.code && byCode.has(s.code);
          return svg`<path d=${s.d} class=${fill(s.code)} data-code=${interactive ? s.code! : nothing}></path>`;
        })}
      </g>
      <g class="dots">${layout.dots.map((d) => svg`<circle cx=${d.x} cy=${d.y} class=${fill(d.code)} data-code=${d.code}></circle>`)}</g>
      ${hovered && hovered !== selectedCode ? renderOutline(layout, hovered, 'hovered') : nothing}
      ${selectedCode ? renderOutline(layout, selectedCode, 'selected') : nothing}
    </svg>
    ${o.selected ? html`<button part="home" type="button" @click=${o.onHome}>⌂ ${m.home}</button>` : nothing} ${renderTooltip(o)}`;
}

/** The hovered or focused country's figures, beside it on the map. */
export function renderTooltip(o: Pick<MapViewOptions, 'layout' | 'view' | 'byCode' | 'hovered' | 'total' | 'format' | 'messages'>) {
  const { layout, view, total, format } = o;
  const row = o.hovered ? o.byCode.get(o.hovered) : undefined;
  if (!row || !total) return nothing;
  const point = anchorOf(layout, row.code);
  if (!point) return nothing;
  const { x, y, below } = tooltipPosition(point, layout, view);
  const labels = o.messages.metric;
  // The same figures are in the grid row; the tooltip is for the eye, so hidden from AT.
  return html`<div part="tooltip" class=${below ? 'below' : ''} aria-hidden="true" ${styleProps({ left: `${x}px`, top: `${y}px` })}>
    <strong>${row.name}</strong>
    <dl>
      ${GEO_METRICS.map(
        (m) =>
          html`<dt>${labels[m]}</dt>
            <dd>${format.number(row[m])}</dd>
            <dd>${format.percent(share(row[m], total[m]))}</dd>`,
      )}
    </dl>
  </div>`;
}

/** The colour scale's steps and "no data". */
export function renderLegend(scale: ColorScale, metric: GeoMetric, format: Formatter, m: GeoText) {
  const labels = stepLabels(scale, (n) => format.number(n), m.withData);
  return html`<ul part="legend" aria-label=${m.legend(metric)}>
    ${labels.map(
      (label, step) => html`<li><span class="swatch s${scale.color(step, COLOR_STEPS)}" aria-hidden="true"></span>${label}</li>`,
    )}
    <li><span class="swatch none" aria-hidden="true"></span>${m.noData}</li>
  </ul>`;
}

/** The customers | active | added switch (the kit's one segmented switch). */
export function renderMetricSwitch(active: GeoMetric, m: GeoText, onPick: (metric: GeoMetric) => void) {
  return renderSwitch({
    part: 'metrics',
    label: m.metricSwitch,
    options: GEO_METRICS.map((metric) => ({ key: metric, label: m.metric[metric] })),
    selected: active,
    onSelect: onPick,
  });
}
