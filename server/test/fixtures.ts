/**
 * Small handcrafted datasets holding the edge cases, readable month by month.
 * Months 2025-01..2025-06. Per customer (state per month; `u` = ActiveUsers):
 * - A (NL, SM&C Commercial, loc 1): M365/Business Basic, CSP, Active 01–06, u 5.
 *   Azure plan (pricing "Azure plan", CSP Tier 1) Active 03–04, u 0: overlapping subscription.
 * - B (DE, Education, loc 2): M365/Office 365 E3, Active 01–02, no row 03 (churned), Active
 *   04–06 (came back), u 0 in 05.
 * - C (US, Major Commercial, loc 1): Power BI Pro, Active 01, Suspended 02–03 (not a customer),
 *   Active 04–06, u 2.
 * - D (XK, SM&C Public Sector, loc 2): Dynamics 365/Business Central Essentials, first row in
 *   02 (Active), Renewed 05 (still counts), Deprovisioned 06 (gone), u 1.
 * - E (GB then IE from 05, Major Public Sector, loc 1): M365/Office 365 E3 Active 01–06 via EA,
 *   u 3: its latest row makes it an IE customer throughout.
 * - F (NL, SM&C Commercial, loc 2): M365/Business Basic via CSP Active 01–06 u 4, and a second
 *   M365 subscription (Office 365 E3, EA) Active 03–06 u 0.
 */
import type { RawRow } from '../data/raw-row.ts';

const LOCATIONS: Record<string, string> = { '1001': 'Contoso Amsterdam', '1002': 'Contoso Berlin' };

/** A row with sensible defaults; `over` sets the columns that matter for the case. */
export function row(month: string, tenant: string, over: Partial<RawRow> = {}): RawRow {
  const partnerLocation = over.partnerLocation ?? '1001';
  return {
    month,
    customerTenantId: tenant,
    customerName: `Customer ${tenant}`,
    customerMarket: 'NL',
    customerSegment: 'SM&C Commercial',
    partnerLocation,
    partnerLocationName: LOCATIONS[partnerLocation] ?? '',
    partnerAttributionType: 'CSP Tier 2',
    salesChannel: 'CSP',
    azurePricingModel: '',
    product: 'Microsoft 365',
    sku: 'Microsoft 365 Business Basic',
    subscriptionId: `${tenant}-1`,
    subscriptionState: 'Active',
    activeUsers: 1,
    ...over,
  };
}

const m = (i: number) => `2025-0${i}`;
const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The edge-case dataset described above. */
export const EDGE_ROWS: RawRow[] = [
  ...span(1, 6).map((i) => row(m(i), 'A', { activeUsers: 5 })),
  ...span(3, 4).map((i) =>
    row(m(i), 'A', {
      product: 'Microsoft Azure',
      sku: 'Azure plan',
      azurePricingModel: 'Azure plan',
      partnerAttributionType: 'CSP Tier 1',
      subscriptionId: 'A-2',
      activeUsers: 0,
    }),
  ),
  ...[1, 2, 4, 5, 6].map((i) =>
    row(m(i), 'B', {
      customerMarket: 'DE',
      customerSegment: 'Education',
      partnerLocation: '1002',
      sku: 'Office 365 E3',
      activeUsers: i === 5 ? 0 : 7,
    }),
  ),
  ...span(1, 6).map((i) =>
    row(m(i), 'C', {
      customerMarket: 'US',
      customerSegment: 'Major Commercial',
      product: 'Power BI',
      sku: 'Power BI Pro',
      subscriptionState: i === 2 || i === 3 ? 'Suspended' : 'Active',
      activeUsers: 2,
    }),
  ),
  ...span(2, 6).map((i) =>
    row(m(i), 'D', {
      customerMarket: 'XK',
      customerSegment: 'SM&C Public Sector',
      partnerLocation: '1002',
      product: 'Dynamics 365',
      sku: 'Business Central Essentials',
      subscriptionState: i === 5 ? 'Renewed' : i === 6 ? 'Deprovisioned' : 'Active',
    }),
  ),
  ...span(1, 6).map((i) =>
    row(m(i), 'E', {
      customerMarket: i >= 5 ? 'IE' : 'GB',
      customerSegment: 'Major Public Sector',
      sku: 'Office 365 E3',
      salesChannel: 'EA',
      activeUsers: 3,
    }),
  ),
  ...span(1, 6).map((i) => row(m(i), 'F', { partnerLocation: '1002', activeUsers: 4 })),
  ...span(3, 6).map((i) =>
    row(m(i), 'F', {
      partnerLocation: '1002',
      sku: 'Office 365 E3',
      salesChannel: 'EA',
      subscriptionId: 'F-2',
      activeUsers: 0,
    }),
  ),
];
