// A partner's React 19 page using every element as the README shows: entries imported for
// their side effect, properties (`headers`, `range`), `on<event>` props with typed details,
// refs typed as the element classes. Type-checked, never run (test-package/consumer.test.mjs).
// The @ts-expect-error lines prove the types are real: tsc fails if they stop erroring.
import { useRef, useState } from 'react';
import 'insights-widgets/filter-context';
import 'insights-widgets/filter-bar';
import 'insights-widgets/kpi-card';
import 'insights-widgets/adds-churn-chart';
import 'insights-widgets/active-vs-total';
import 'insights-widgets/customer-geo-map';
import 'insights-widgets/distribution-tabs';
import 'insights-widgets/distribution-trend';
import 'insights-widgets/product-sunburst';
import { type FilterContext, type SelectDetail, InsightsClient } from 'insights-widgets';

export function Customers({ token }: { token: string }) {
  const [market, setMarket] = useState<string[]>([]);
  const dashboard = useRef<FilterContext>(null);
  const onSelect = (e: CustomEvent<SelectDetail>) => setMarket(e.detail.key ? [e.detail.key] : []);
  return (
    <filter-context
      ref={dashboard}
      endpoint="/insights"
      range={12}
      locale="nl"
      market={market}
      headers={{ Authorization: `Bearer ${token}` }}
      oninsights-filter-change={(e) => console.log(e.detail.filters, e.detail.locale)}
    >
      <filter-bar />
      <kpi-card metric="customers" />
      <kpi-card metric="products" className="wide" style={{ '--insights-color-accent': 'teal' }} />
      <adds-churn-chart height={280} oninsights-select={(e) => console.log(e.detail.dimension, e.detail.key)} />
      <active-vs-total />
      <customer-geo-map metric="active" oninsights-select={onSelect} />
      <distribution-tabs dimension="segment" variant="donut" top={5} onchange={() => console.log('tab')} />
      <distribution-trend dimension="market" top={6} />
      <product-sunburst
        selected={null}
        oninsights-select={(e) => console.log(e.detail.key?.toUpperCase())}
        onClick={() => dashboard.current?.filters}
      />
    </filter-context>
  );
}

/** A widget outside a context takes its own endpoint, range and locale. */
export const Standalone = () => <kpi-card endpoint="/insights" from="2025-01" to="2025-06" locale="en" metric="churned" />;

export const client = new InsightsClient({ headers: { Authorization: 'Bearer x' } });

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error: not a metric of the tile */}
      <kpi-card metric="revenue" />
      {/* @ts-expect-error: the detail has `dimension` and `key` only */}
      <customer-geo-map oninsights-select={(e) => e.detail.country} />
      {/* @ts-expect-error: read-only, React would throw setting it */}
      <kpi-card effectiveLocale="nl" />
      {/* @ts-expect-error: headers are strings */}
      <filter-context headers={{ Authorization: 42 }} />
    </>
  );
}

// Typed events from the DOM side too, whichever entry brought them in.
document.querySelector('customer-geo-map')?.addEventListener('insights-select', (e) => e.detail.key);
