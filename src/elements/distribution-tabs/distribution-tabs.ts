import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { donutSlices } from '../../core/donut.js';
import { formatNumber, formatPercent } from '../../core/format.js';
import { nextIndex } from '../../core/roving.js';
import { arcPath, isVisible, share } from '../../core/sunburst.js';
import { DEFAULT_TOP, normalizeTop, topMembers, type TopMember } from '../../core/top-members.js';
import { BREAKDOWN, type BreakdownResponse } from '../../data/contract.js';
import { emit } from '../../events/events.js';
import { tokens } from '../../themes/tokens.js';
import { InsightsElement } from '../shared/insights-element.js';
import { cardFillStyles, cardStyles } from '../shared/card.styles.js';
import { renderEmpty, renderError, renderSkeleton, stateStyles } from '../shared/states.js';
import { distributionTabsStyles } from './distribution-tabs.styles.js';
import { text } from '../../i18n/define-text.js';
import { common } from '../../i18n/text/common.js';
import { dimension } from '../../i18n/text/dimension.js';
import { tabs } from '../../i18n/text/tabs.js';

/** The dimensions this element breaks customers down by. */
export const DISTRIBUTION_DIMENSIONS = [
  'partnerLocation',
  'segment',
  'salesChannel',
  'pricingModel',
  'attributionType',
] as const;
export type DistributionDimension = (typeof DISTRIBUTION_DIMENSIONS)[number];

/** How the members are drawn. */
export type DistributionVariant = 'bars' | 'donut';

interface Tab {
  id: string;
  /** The dimensions the tab shows; the first is its default (and names the tab), more make a switch. */
  dimensions: DistributionDimension[];
}

/** One tab each, as in the source dashboard; sales channel pairs with the Azure pricing model. */
const TABS: Tab[] = [
  { id: 'partnerLocation', dimensions: ['partnerLocation'] },
  { id: 'segment', dimensions: ['segment'] },
  { id: 'salesChannel', dimensions: ['salesChannel', 'pricingModel'] },
  { id: 'attributionType', dimensions: ['attributionType'] },
];
const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

function memberColor(m: TopMember): string {
  return m.other ? 'var(--_series-other)' : `var(--_series-${(m.index % 8) + 1})`;
}

/**
 * Current customers broken down by partner location, segment, sales channel (with a switch to
 * the Azure pricing model) or attribution type: one tab each (WAI-ARIA tabs: arrow keys,
 * Home/End, one tab stop). Each member shows its count and % of the endpoint's distinct total
 * (a customer can count under several partner locations, channels or attribution types, so
 * shares may add up to more than 100%; a footnote says so when they do). The `top` largest
 * members are shown and the rest grouped as "Other". Legend items toggle members in and out of
 * the chart. Drawn by Lit (bars in HTML, the donut in SVG with d3-shape): no chart engine.
 *
 * One request per dimension, the first time its tab is shown; switching back is served from the
 * client's cache.
 *
 * Out-of-range attributes fall back rather than fail: an unknown `dimension` shows partner
 * locations, an unknown `variant` draws bars, and `top` is read as an integer ≥ 1 (`top="0"`
 * shows the largest member and "Other"; a non-number means the default 8). When only one member
 * would go to "Other" it is shown by name instead.
 *
 * @summary Customers per partner location, segment, sales channel / pricing model or attribution type, in tabs.
 * @csspart base - The card.
 * @csspart label - The title.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab; the selected one is also `tab-selected`.
 * @csspart panel - The tab panel.
 * @csspart switch - Sales channel / Azure pricing model switch (on the sales channel tab).
 * @csspart legend - The legend; each item is a toggle button.
 * @csspart bars - The list of bars (`variant="bars"`).
 * @csspart bar - Each bar.
 * @csspart donut - The donut's SVG (`variant="donut"`).
 * @csspart slice - Each slice of the donut.
 * @csspart footnote - Says when shares add up to more than 100%.
 * @csspart skeleton - Shown while loading.
 * @csspart empty - Shown when the range holds no customers.
 * @csspart error - Shown when loading failed, with a Retry button.
 * @csspart retry - The Retry button.
 * @cssproperty --insights-series-1 - Colour of the largest member (through `--insights-series-8`, repeating beyond).
 * @cssproperty --insights-series-other - Colour of "Other".
 * @cssproperty --insights-color-accent - Underline of the selected tab.
 * @cssproperty --insights-color-focus - Focus ring.
 * @event insights-select - The user selected a member (`{ dimension, key }`) or cleared the selection (`key: null`) by clicking it again.
 * @event change - The user switched tab or the sales channel / pricing model switch; read `dimension`.
 */
export class DistributionTabs extends InsightsElement {
  static override styles = [tokens, stateStyles, cardStyles, cardFillStyles, distributionTabsStyles];

  /** The UI text this element shows, in its locale. */
  protected override get messages() {
    return text(this.effectiveLocale, { common, dimension, tabs });
  }

  /**
   * The dimension shown: `partnerLocation` (default), `segment`, `salesChannel`, `pricingModel`
   * (the sales channel tab, switched) or `attributionType`. Unknown values show partner locations.
   */
  @property({ reflect: true }) dimension: string = 'partnerLocation';

  /** `bars` (default, horizontal bars) or `donut`; unknown values draw bars. */
  @property({ reflect: true }) variant: string = 'bars';

  /** How many members to show before grouping the rest as "Other"; an integer ≥ 1, default 8. */
  @property({ type: Number }) top = DEFAULT_TOP;

  /** Members hidden through the legend, per dimension (kept when switching tabs). */
  @state() private hiddenKeys = new Map<DistributionDimension, ReadonlySet<string>>();
  /** The member the user selected, per dimension (for cross-filtering). */
  @state() private selectedKey = new Map<DistributionDimension, string>();
  /** Roving tab stop among the donut's slices. */
  @state() private sliceIndex = 0;

  private readonly breakdown = new ResourceController(this, BREAKDOWN, () => ({ by: this.activeDimension }));

  /** The dimension in force: `dimension` if valid, else `partnerLocation`. */
  get activeDimension(): DistributionDimension {
    return (DISTRIBUTION_DIMENSIONS as readonly string[]).includes(this.dimension)
      ? (this.dimension as DistributionDimension)
      : 'partnerLocation';
  }

  private get activeVariant(): DistributionVariant {
    return this.variant === 'donut' ? 'donut' : 'bars';
  }

  private get activeTab(): Tab {
    return TABS.find((t) => t.dimensions.includes(this.activeDimension))!;
  }

  /** Reloads the current dimension from the endpoint. */
  retry(): void {
    this.breakdown.retry();
  }

  /** Shows `member` (one of the current dimension's keys, or "Other") again, or hides it. */
  toggleMember(key: string, visible?: boolean): void {
    const dim = this.activeDimension;
    const set = new Set(this.hiddenKeys.get(dim));
    const show = visible ?? set.has(key);
    if (show) set.delete(key);
    else set.add(key);
    this.hiddenKeys = new Map(this.hiddenKeys).set(dim, set);
  }

  private switchTo(dimension: DistributionDimension, focusTab: boolean): void {
    if (dimension === this.activeDimension) return;
    this.dimension = dimension;
    this.sliceIndex = 0;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    if (focusTab) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role="tab"][tabindex="0"]')?.focus());
    }
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const current = TABS.indexOf(this.activeTab);
    const next = nextIndex(event.key, current, TABS.length, 'horizontal');
    if (next === null) return;
    event.preventDefault();
    this.switchTo(TABS[next]!.dimensions[0]!, true);
  }

  private select(member: TopMember): void {
    if (member.other) return;
    const dim = this.activeDimension;
    const key = this.selectedKey.get(dim) === member.key ? null : member.key;
    const next = new Map(this.selectedKey);
    if (key === null) next.delete(dim);
    else next.set(dim, key);
    this.selectedKey = next;
    emit(this, 'insights-select', { dimension: dim, key });
  }

  private memberLabel(m: TopMember, total: number): string {
    const locale = this.effectiveLocale;
    const n = formatNumber(m.customers, locale);
    return this.messages.common.memberLabel(m.label, m.customers, n, formatPercent(share(m.customers, total), locale));
  }

  private renderTabs() {
    const active = this.activeTab;
    const names = this.messages.dimension;
    return html`<div part="tabs" role="tablist" aria-label=${this.messages.tabs.tabs} @keydown=${this.onTabKeydown}>
      ${TABS.map((tab) => {
        const selected = tab === active;
        return html`<button
          part=${selected ? 'tab tab-selected' : 'tab'}
          role="tab"
          type="button"
          id="tab-${tab.id}"
          data-tab=${tab.id}
          aria-selected=${selected ? 'true' : 'false'}
          aria-controls="panel"
          tabindex=${selected ? 0 : -1}
          @click=${() => this.switchTo(tab.dimensions.includes(this.activeDimension) ? this.activeDimension : tab.dimensions[0]!, false)}
        >
          ${names[tab.dimensions[0]!]}
        </button>`;
      })}
    </div>`;
  }

  private renderSwitch() {
    const tab = this.activeTab;
    if (tab.dimensions.length < 2) return nothing;
    return html`<div part="switch" role="group" aria-label=${this.messages.tabs.switch}>
      ${tab.dimensions.map(
        (dim) => html`<button
          type="button"
          data-dimension=${dim}
          aria-pressed=${dim === this.activeDimension ? 'true' : 'false'}
          @click=${() => this.switchTo(dim, false)}
        >
          ${this.messages.dimension[dim]}
        </button>`,
      )}
    </div>`;
  }

  private renderLegend(members: TopMember[], hidden: ReadonlySet<string>) {
    return html`<ul part="legend" aria-label=${this.messages.tabs.legend}>
      ${members.map(
        (m) => html`<li>
          <button
            type="button"
            data-key=${m.key}
            aria-pressed=${hidden.has(m.key) ? 'false' : 'true'}
            title=${m.label}
            @click=${() => this.toggleMember(m.key)}
          >
            <span class="swatch" style="background:${memberColor(m)}"></span><span class="name">${m.label}</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  private renderBars(shown: TopMember[], total: number) {
    const locale = this.effectiveLocale;
    const max = Math.max(1, ...shown.map((m) => m.customers));
    const selected = this.selectedKey.get(this.activeDimension);
    const { common, dimension } = this.messages;
    return html`<ol part="bars" aria-label=${dimension[this.activeDimension]}>
      ${shown.map(
        (m) => html`<li>
          <button
            type="button"
            class=${m.other ? 'bar-row other' : 'bar-row'}
            data-key=${m.key}
            data-customers=${m.customers}
            aria-pressed=${m.other ? nothing : selected === m.key ? 'true' : 'false'}
            aria-disabled=${m.other ? 'true' : nothing}
            @click=${() => this.select(m)}
          >
            <span class="name" title=${m.label}>${m.label}</span>
            <span class="track"
              ><span part="bar" style="width:${round4((m.customers / max) * 100)}%;background:${memberColor(m)}"></span
            ></span>
            <span class="count"
              >${formatNumber(m.customers, locale)}<span class="sr-only">
                ${common.customerWord(m.customers)},</span
              ></span
            >
            <span class="pct">${formatPercent(share(m.customers, total), locale)}</span>
          </button>
        </li>`,
      )}
    </ol>`;
  }

  private onSliceKeydown(event: KeyboardEvent, shown: TopMember[]): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const m = shown[this.sliceIndex];
      if (m) this.select(m);
      return;
    }
    const next = nextIndex(event.key, this.sliceIndex, shown.length);
    if (next === null) return;
    event.preventDefault();
    this.sliceIndex = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>('[part~="slice"][tabindex="0"]')?.focus());
  }

  private renderDonut(shown: TopMember[], total: number) {
    const locale = this.effectiveLocale;
    const slices = donutSlices(shown.map((m) => ({ id: m.key, value: m.customers })));
    const stop = Math.min(this.sliceIndex, shown.length - 1);
    const selected = this.selectedKey.get(this.activeDimension);
    return html`<div class="donut">
      <svg
        part="donut"
        viewBox="-100 -100 200 200"
        role="group"
        aria-label=${this.messages.dimension[this.activeDimension]}
        @keydown=${(e: KeyboardEvent) => this.onSliceKeydown(e, shown)}
      >
        ${shown.map((m, i) => {
          const a = slices[i]!;
          if (!isVisible(a)) return nothing;
          return svg`<path
            part="slice"
            class=${m.other ? 'other' : ''}
            d=${arcPath(a)}
            fill=${memberColor(m)}
            data-key=${m.key}
            data-customers=${m.customers}
            data-a0=${round4(a.a0)}
            data-a1=${round4(a.a1)}
            role="button"
            tabindex=${i === stop ? 0 : -1}
            aria-label=${this.memberLabel(m, total)}
            aria-pressed=${m.other ? nothing : selected === m.key ? 'true' : 'false'}
            aria-disabled=${m.other ? 'true' : nothing}
            @click=${() => {
              this.sliceIndex = i;
              this.select(m);
            }}
          ><title>${this.memberLabel(m, total)}</title></path>`;
        })}
      </svg>
      <div class="donut-center" aria-hidden="true">
        <span>${this.messages.common.customers}</span><span data-total=${total}>${formatNumber(total, locale)}</span>
      </div>
    </div>`;
  }

  private renderData(data: BreakdownResponse) {
    const locale = this.effectiveLocale;
    const m = this.messages;
    const total = data.total.customers;
    const members = topMembers(data.rows, normalizeTop(this.top), m.common.other);
    if (total === 0 || members.length === 0) return renderEmpty(locale);
    const hidden = this.hiddenKeys.get(this.activeDimension) ?? new Set<string>();
    const shown = members.filter((m) => !hidden.has(m.key));
    const rowSum = data.rows.reduce((s, r) => s + r.customers, 0);
    return html`${this.renderLegend(members, hidden)}
    ${shown.length === 0
      ? html`<p class="note" role="status">${m.tabs.allHidden}</p>`
      : this.activeVariant === 'donut'
        ? this.renderDonut(shown, total)
        : this.renderBars(shown, total)}
    ${rowSum > total
      ? html`<p part="footnote">${m.tabs.overlap(formatNumber(total, locale))}</p>`
      : nothing}`;
  }

  protected override render() {
    const tab = this.activeTab;
    const locale = this.effectiveLocale;
    const { common, dimension, tabs } = this.messages;
    return html`<section part="base" aria-label=${tabs.title}>
      <h3 part="label">${tabs.title}</h3>
      ${this.renderTabs()}
      <div part="panel" id="panel" role="tabpanel" aria-labelledby="tab-${tab.id}" data-dimension=${this.activeDimension}>
        ${this.renderSwitch()}
        ${this.breakdown.render({
          initial: () => renderSkeleton(locale, common.loading(dimension[this.activeDimension])),
          pending: () => renderSkeleton(locale, common.loading(dimension[this.activeDimension])),
          error: (error) => renderError(error, () => this.retry(), locale),
          complete: (data) => this.renderData(data),
        })}
      </div>
    </section>`;
  }
}

