/**
 * The card every widget draws: a labelled region (`part="base"`) whose name states the
 * widget's headline, and its title (`part="label"`). A widget cannot know the outline of the
 * page it is embedded in, so its title is no heading unless the page says which level fits
 * (`heading-level`, read by `InsightsElement.headingLevelInForce`): by default the title is
 * plain text and the region's name carries it, which passes axe's `heading-order` on any page.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** The values `heading-level` allows. */
export const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The title: a heading of `level` when one is given, else plain text. */
export function renderTitle(level: HeadingLevel | undefined, title: string, id?: string): TemplateResult {
  return html`<div part="label" id=${id ?? nothing} role=${level ? 'heading' : nothing} aria-level=${level ?? nothing}>${title}</div>`;
}

/** The title of a part inside a card (`class="subtitle"`): a heading under the card's when it has one. */
export function renderSubtitle(level: HeadingLevel | undefined, title: string, id: string): TemplateResult {
  const sub = subLevel(level);
  return html`<div class="subtitle" id=${id} role=${sub ? 'heading' : nothing} aria-level=${sub ?? nothing}>${title}</div>`;
}

/** A heading one level under `level` for a section inside a card (none when the card has none). */
export function subLevel(level: HeadingLevel | undefined): HeadingLevel | undefined {
  return level ? (Math.min(6, level + 1) as HeadingLevel) : undefined;
}

export interface CardOptions {
  /** The heading level in force (`undefined`: the title is no heading). */
  level: HeadingLevel | undefined;
  /** The visible title. */
  title: string;
  /** The region's accessible name: the headline ("Customers: 4,123, up 3.2% over 12 months"); the title while there is none. */
  name?: string;
  /** The header's tools beside the title ("Show as table", the export menu). */
  tools?: unknown;
  /** What goes after the title (the header's controls included). */
  content: unknown;
  /** The content is the last answer while a newer one loads: marked busy and dimmed. */
  busy?: boolean;
}

/** The card: a `section` named by its headline (a region landmark), its title and tools, then `content`. */
export function renderCard({ level, title, name, tools, content, busy = false }: CardOptions): TemplateResult {
  return html`<section part="base" aria-label=${name || title} aria-busy=${busy ? 'true' : 'false'}>
    ${renderTitle(level, title)}${tools ?? nothing}${content}
  </section>`;
}

export interface InfoOptions {
  /** The button's accessible name and tooltip ("About these figures"). */
  label: string;
  /** The definition of what the card shows. */
  text: string;
}

/**
 * The header's info button (`part="info"`) and the definition it opens: the platform's popover
 * (`popover` + `popovertarget`: Enter/Space open it, Escape or a click elsewhere close it, focus
 * stays put, and the button tells screen readers it is expanded). Placed beside the title among
 * the card's tools; the popover sits under the button where CSS anchor positioning exists, else
 * in the middle of the viewport.
 */
export function renderInfo({ label, text }: InfoOptions): TemplateResult {
  return html`<span class="info">
    <button type="button" class="tool" part="info" popovertarget="info-popover" aria-label=${label} title=${label}>
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="8" cy="8" r="6"></circle>
        <path d="M8 7.2v4M8 4.6v.4"></path>
      </svg>
    </button>
    <div part="info-popover" id="info-popover" popover>
      <p>${text}</p>
    </div>
  </span>`;
}
