/**
 * Sets style properties (usually CSS custom properties) on an element through the CSSOM
 * (`style.setProperty`), which a strict `style-src` Content-Security-Policy allows, where an
 * inline `style="…"` attribute — and Lit's `styleMap` on first render — is blocked.
 *
 * @example
 * ```ts
 * html`<span class="bar" ${styleProps({ '--_width': `${pct}%` })}></span>`;
 * // CSS: .bar { width: var(--_width); }
 * ```
 */
import { noChange, nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number>>;

class StylePropsDirective extends Directive {
  private previous: ReadonlySet<string> = new Set();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() goes on an element: <span ${styleProps({ … })}>');
  }

  /** Without a DOM (server rendering) nothing is written. */
  render(_props: StyleProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, String(value));
    this.previous = new Set(Object.keys(props));
    return noChange;
  }
}

/** Sets `props` on the element through `style.setProperty` (CSP-safe). */
export const styleProps = directive(StylePropsDirective);
