/** The list beside the sunburst (products, or the zoomed product's SKUs) and the footnote. */
import { html, nothing } from 'lit';
import { renderSubtitle, type HeadingLevel } from '../shared/card.js';
import type { Formatter } from '../../core/format.js';
import { share, type SunburstNode, type SunburstTree } from '../../core/sunburst.js';
import { productNodes, ringFigures, skuNodes, skuOpacity } from '../../core/sunburst-focus.js';
import { styleProps } from '../../directives/style-props.js';
import { productSlot, type SunburstText } from './sunburst-view.js';
import { renderChange } from '../shared/change-view.js';

/** With `compare`: a product's or SKU's change against the comparison range. */
export type ChangeOf = (level: 'product' | 'sku', key: string, current: number) => number | null;

/** The products with their share of `total`, each a button that zooms into it. */
function renderProducts(
  tree: SunburstTree,
  total: number,
  format: Formatter,
  m: SunburstText,
  level: HeadingLevel | undefined,
  onChoose: (key: string) => void,
  change?: ChangeOf,
) {
  return html`<div part="list">
    ${renderSubtitle(level, m.sunburst.products, 'list-title')}
    <ol aria-labelledby="list-title">
      ${productNodes(tree).map(
        (p) =>
          html`<li>
            <button class="row${change ? ' compared' : ''}" type="button" data-key=${p.key} @click=${() => onChoose(p.key)}>
              <span class="swatch" data-slot=${productSlot(p.index)}></span>
              <span class="name" title=${p.label}>${p.label}</span>
              <span class="count">${format.number(p.customers)}</span>
              <span class="pct">${format.percent(share(p.customers, total))}</span>
              ${change ? renderChange(change('product', p.key, p.customers), format) : nothing}
            </button>
          </li>`,
      )}
    </ol>
  </div>`;
}

/** The zoomed product's SKUs with their share of its customers. */
function renderSkus(
  tree: SunburstTree,
  focused: SunburstNode,
  format: Formatter,
  m: SunburstText,
  level: HeadingLevel | undefined,
  change?: ChangeOf,
) {
  const skus = skuNodes(tree, focused.key);
  return html`<div part="list">
    ${renderSubtitle(level, m.sunburst.skusOf(focused.label), 'list-title')}
    ${
      skus.length === 0
        ? html`<p class="pct">${m.sunburst.noSkus}</p>`
        : html`<ol aria-labelledby="list-title">
            ${skus.map(
              (s) =>
                html`<li class="row${change ? ' compared' : ''}" data-key=${s.key}>
                  <span class="swatch" data-slot=${productSlot(focused.index)} ${styleProps({ opacity: skuOpacity(s) })}></span>
                  <span class="name" title=${s.label}>${s.label}</span>
                  <span class="count">${format.number(s.customers)}</span>
                  <span class="pct">${format.percent(share(s.customers, focused.customers))}</span>
                  ${change ? renderChange(change('sku', s.key, s.customers), format) : nothing}
                </li>`,
            )}
          </ol>`
    }
  </div>`;
}

/** The list beside the chart: the products, or the SKUs of `focused`; its title a heading under `level`'s. */
export function renderSkuList(
  tree: SunburstTree,
  focused: SunburstNode | undefined,
  total: number,
  format: Formatter,
  m: SunburstText,
  level: HeadingLevel | undefined,
  onChoose: (key: string) => void,
  change?: ChangeOf,
) {
  return focused ? renderSkus(tree, focused, format, m, level, change) : renderProducts(tree, total, format, m, level, onChoose, change);
}

/** Why the ring adds up to more than the centre (when it does). */
export function renderFootnote(tree: SunburstTree, total: number, selected: string | null, format: Formatter, m: SunburstText) {
  const { centre, ring } = ringFigures(tree, total, selected);
  const sum = ring > centre ? format.number(ring) : undefined;
  return html`<p part="footnote">${m.sunburst.footnote(format.number(centre), sum)}</p>`;
}
