/**
 * A widget as an image: its shadow DOM copied into an SVG `<foreignObject>`, every element
 * carrying its *computed* style (so the theme in force, the host's `::part` rules and the
 * `light-dark()` tokens are all resolved to plain colours), then drawn on a canvas for a PNG.
 * Loaded with `import()` only when an image is asked for.
 *
 * Why this route: a widget is part SVG (the month charts, the map, the sunburst, the donut) and part
 * HTML (KPI tiles, bars, legends, tables); a `<foreignObject>` keeps both exactly as laid out,
 * where redrawing the HTML parts as SVG would be a second renderer to keep in step. Computed
 * styles, not the shadow root's style sheets, because sheets miss the host page's `::part`
 * rules and inherited tokens, and their `:host` selectors mean nothing outside the widget.
 *
 * Safe by construction: only elements and text are copied; `<script>`, `<style>`, `<link>`,
 * `<iframe>`, comments, event-handler (`on*`) and `style` attributes and `javascript:` links
 * are left out. Styles go into one `<style>` of class rules inside the SVG file, never a
 * `style` attribute in the live page (strict CSP). The PNG loads the SVG from a `data:` URL,
 * which a policy allowing `img-src data:` permits (a `blob:` URL would need `img-src blob:`).
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

const SKIPPED_TAGS = new Set(['script', 'style', 'link', 'template', 'iframe', 'object', 'embed', 'noscript', 'meta']);
/** Properties never copied: motion, interaction, and SVG geometry the attributes already hold. */
const SKIPPED_PROPS = new Set([
  'd',
  'x',
  'y',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'cursor',
  'pointer-events',
  'will-change',
  'user-select',
  '-webkit-user-select',
]);
/** Logical aliases (the physical property is copied) and custom properties (values are computed). */
const SKIPPED_PREFIXES = [
  '--',
  'transition',
  'animation',
  'border-block',
  'border-inline',
  'margin-block',
  'margin-inline',
  'padding-block',
  'padding-inline',
  'inset-block',
  'inset-inline',
  'block-size',
  'inline-size',
  'min-block',
  'min-inline',
  'max-block',
  'max-inline',
  'scroll-',
];
/** Default to the text colour: left out when they equal it. */
const CURRENT_COLOR =
  /^(border-(top|right|bottom|left)-color|outline-color|caret-color|column-rule-color|text-decoration-color|text-emphasis-color|-webkit-text-(fill|stroke)-color)$/;
const DROPPED_ATTRIBUTES = new Set(['style', 'class', 'part', 'tabindex', 'contenteditable', 'autofocus']);

type StyleMap = Map<string, string>;

/** Characters XML forbids (e.g. the NUL of the "Other" key): dropped, or the SVG would not parse. */
// eslint-disable-next-line no-control-regex -- the control characters XML forbids
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xmlText = (text: string) => text.replace(NOT_XML, '');

/**
 * What can change how a shape or text inside an `<svg>` is painted: read instead of all ~350
 * properties (a chart or the map holds hundreds of shapes; this makes its copy several times faster).
 */
const SVG_PROPS = [
  'display',
  'visibility',
  'opacity',
  'color',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'paint-order',
  'vector-effect',
  'shape-rendering',
  'clip-path',
  'clip-rule',
  'mask',
  'filter',
  'mix-blend-mode',
  'marker-start',
  'marker-mid',
  'marker-end',
  'stop-color',
  'stop-opacity',
  'transform',
  'transform-origin',
  'transform-box',
  'overflow',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-stretch',
  'font-variant-numeric',
  'letter-spacing',
  'word-spacing',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'text-decoration-line',
  'white-space',
  'writing-mode',
];

function styleMap(cs: CSSStyleDeclaration, names?: readonly string[]): StyleMap {
  const map: StyleMap = new Map();
  const color = cs.getPropertyValue('color');
  const count = names ? names.length : cs.length;
  for (let i = 0; i < count; i++) {
    const name = names ? names[i]! : cs[i]!;
    if (SKIPPED_PROPS.has(name) || SKIPPED_PREFIXES.some((p) => name.startsWith(p))) continue;
    const value = cs.getPropertyValue(name);
    if (CURRENT_COLOR.test(name) && value === color) continue;
    map.set(name, value);
  }
  return map;
}

/** A shape or text inside an `<svg>` (the `<svg>` itself is laid out like any box). */
const inSvg = (el: Element) => el.namespaceURI === SVG_NS && el.localName !== 'svg';

/** Default computed styles per element type, read in an empty shadow root (no page CSS, initial inheritance). */
class Baselines {
  private readonly box = document.createElement('div');
  private readonly root: ShadowRoot;
  private readonly svgRoot = document.createElementNS(SVG_NS, 'svg');
  private readonly cache = new Map<string, StyleMap>();

  constructor() {
    // Set through the CSSOM (allowed under a strict style-src), removed when done.
    const s = this.box.style;
    s.setProperty('all', 'initial');
    s.setProperty('position', 'fixed');
    s.setProperty('contain', 'strict');
    s.setProperty('width', '0');
    s.setProperty('height', '0');
    document.body.append(this.box);
    this.root = this.box.attachShadow({ mode: 'open' });
    this.root.append(this.svgRoot);
  }

  of(el: Element): StyleMap {
    const key = `${el.namespaceURI}|${el.localName}`;
    let map = this.cache.get(key);
    if (!map) {
      const probe = document.createElementNS(el.namespaceURI, el.localName);
      (el.namespaceURI === SVG_NS && el.localName !== 'svg' ? this.svgRoot : this.root).append(probe);
      map = styleMap(getComputedStyle(probe), inSvg(el) ? SVG_PROPS : undefined);
      probe.remove();
      this.cache.set(key, map);
    }
    return map;
  }

  dispose(): void {
    this.box.remove();
  }
}

/** `a:b;c:d` of what differs from the type's default or from the parent (inherited values). */
function declarations(own: StyleMap, base: StyleMap, parent: StyleMap | undefined, svgWithTransform: boolean): string {
  let out = '';
  for (const [name, value] of own) {
    if (svgWithTransform && (name === 'transform' || name === 'transform-origin')) continue;
    if (value !== base.get(name) || (parent && value !== parent.get(name))) out += `${name}:${value};`;
  }
  return out;
}

class Copier {
  readonly rules: string[] = ['*{animation:none!important;transition:none!important;scrollbar-width:none}'];
  readonly families = new Set<string>();
  private count = 0;

  constructor(private readonly baselines: Baselines) {}

  /** A copy of `el` (or of the host as a `<div>` when `as` is given) with its children. */
  element(el: Element, parent: StyleMap | undefined, as?: string): Element | null {
    if (SKIPPED_TAGS.has(el.localName)) return null;
    const cs = getComputedStyle(el);
    const own = styleMap(cs, inSvg(el) ? SVG_PROPS : undefined);
    const svgWithTransform = el.namespaceURI === SVG_NS && el.hasAttribute('transform');
    const copy = as ? document.createElementNS(XHTML_NS, as) : document.createElementNS(el.namespaceURI, el.localName);
    if (!as) this.attributes(el, copy);
    const cls = `e${this.count++}`;
    copy.setAttribute('class', cls);
    this.rules.push(`.${cls}{${declarations(own, this.baselines.of(as ? copy : el), parent, svgWithTransform)}}`);
    this.pseudo(el, cls, own);
    for (const family of cs.fontFamily.split(',')) this.families.add(family.trim().replace(/^["']|["']$/g, ''));
    if (cs.display === 'none') return copy;
    if (el instanceof HTMLInputElement && el.type !== 'checkbox' && el.type !== 'radio') copy.setAttribute('value', el.value);
    if (el instanceof HTMLInputElement && el.checked) copy.setAttribute('checked', '');
    const children = el.shadowRoot
      ? el.shadowRoot.childNodes
      : el instanceof HTMLSlotElement
        ? el.assignedNodes({ flatten: true })
        : el.childNodes;
    for (const child of children) {
      const c = this.node(child, own);
      if (c) copy.append(c);
    }
    return copy;
  }

  private node(node: Node, parent: StyleMap): Node | null {
    if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(xmlText(node.textContent ?? ''));
    if (node.nodeType === Node.ELEMENT_NODE) return this.element(node as Element, parent);
    return null; // comments (Lit's markers), processing instructions
  }

  private attributes(from: Element, to: Element): void {
    for (const attr of from.attributes) {
      const name = attr.localName.toLowerCase();
      if (DROPPED_ATTRIBUTES.has(name) || name.startsWith('on')) continue;
      if ((name === 'href' || name === 'src' || name === 'action') && /^\s*javascript:/i.test(attr.value)) continue;
      if (attr.namespaceURI) to.setAttributeNS(attr.namespaceURI, attr.name, xmlText(attr.value));
      else to.setAttribute(attr.name, xmlText(attr.value));
    }
  }

  /** `::before`/`::after` content (a swatch, an arrow), as a rule of their own. */
  private pseudo(el: Element, cls: string, own: StyleMap): void {
    for (const which of ['::before', '::after'] as const) {
      const cs = getComputedStyle(el, which);
      if (cs.content === 'none' || cs.content === 'normal') continue;
      const map = styleMap(cs);
      let decl = '';
      for (const [name, value] of map) if (value !== own.get(name) || name === 'content') decl += `${name}:${value};`;
      this.rules.push(`.${cls}${which}{${decl}}`);
    }
  }
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/**
 * `@font-face` rules of the page (same-origin sheets) for the families the widget uses, their
 * files embedded as `data:` URLs. Best effort: a font that cannot be read falls back in the image.
 */
async function embeddedFonts(families: ReadonlySet<string>): Promise<string[]> {
  const rules: CSSFontFaceRule[] = [];
  for (const sheet of document.styleSheets) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet
    }
    for (const rule of list) {
      if (rule instanceof CSSFontFaceRule && families.has(rule.style.getPropertyValue('font-family').replace(/^["']|["']$/g, '')))
        rules.push(rule);
    }
  }
  return Promise.all(
    rules.map(async (rule) => {
      const src = rule.style.getPropertyValue('src');
      const url = /url\(["']?([^"')]+)["']?\)/.exec(src)?.[1];
      if (!url || url.startsWith('data:')) return rule.cssText;
      try {
        const response = await fetch(new URL(url, rule.parentStyleSheet?.href ?? document.baseURI));
        if (!response.ok) return '';
        const embedded = await dataUrl(await response.blob());
        return rule.cssText.replace(src, `url("${embedded}")`);
      } catch {
        return '';
      }
    }),
  );
}

/** The widget as SVG text, its box in CSS pixels (whole pixels, rounded up). */
export async function widgetSvg(host: HTMLElement): Promise<{ svg: string; width: number; height: number }> {
  const box = host.getBoundingClientRect();
  const width = Math.max(1, Math.ceil(box.width));
  const height = Math.max(1, Math.ceil(box.height));
  const baselines = new Baselines();
  let body: Element | null;
  let copier: Copier;
  try {
    copier = new Copier(baselines);
    body = copier.element(host, undefined, 'div');
    // The page places the host; in the image it sits at the origin.
    copier.rules.push('.e0{margin:0!important;position:static!important;inset:auto!important}');
  } finally {
    baselines.dispose();
  }
  const fonts = await embeddedFonts(copier.families);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = [...fonts, ...copier.rules].join('\n');
  const object = document.createElementNS(SVG_NS, 'foreignObject');
  object.setAttribute('width', '100%');
  object.setAttribute('height', '100%');
  if (body) object.append(body);
  svg.append(style, object);
  return { svg: new XMLSerializer().serializeToString(svg), width, height };
}

/** The widget as an SVG file, or as a PNG drawn from it at the device pixel ratio. */
export async function renderImage(host: HTMLElement, type: 'png' | 'svg'): Promise<Blob> {
  const { svg, width, height } = await widgetSvg(host);
  if (type === 'svg') return new Blob([svg], { type: 'image/svg+xml' });
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d')!;
  context.scale(ratio, ratio);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'),
  );
}
