/**
 * ApexCharts measures text in an off-screen `<svg>` (svg.js's parser node) that it appends to
 * `document.body`, where the host page's CSS can restyle it (`svg { display: none }` and the
 * labels measure 0). The kit moves that node into the shadow root of a holder element once it
 * exists: svg.js keeps measuring with it (it only re-appends a node that has no parent), and no
 * page selector reaches inside a shadow root.
 */
let holder: HTMLElement | undefined;

function isMeasuringSvg(el: Element): el is SVGSVGElement {
  return el instanceof SVGSVGElement && el.getAttribute('aria-hidden') === 'true' && el.getAttribute('focusable') === 'false';
}

/** Moves the chart engine's measuring SVG out of the page's reach (idempotent, cheap). */
export function shieldMeasuringSvg(): void {
  const node = [...document.body.children].find(isMeasuringSvg);
  if (!node) return;
  if (!holder?.isConnected) {
    holder = document.createElement('insights-measure');
    holder.setAttribute('aria-hidden', 'true');
    // CSSOM, not a style attribute: allowed under a strict style-src CSP.
    for (const [name, value] of Object.entries({ position: 'absolute', left: '-10000px', top: '0', width: '0', height: '0', overflow: 'hidden' })) {
      holder.style.setProperty(name, value, 'important');
    }
    holder.attachShadow({ mode: 'open' });
    document.body.append(holder);
  }
  holder.shadowRoot!.append(node);
}
