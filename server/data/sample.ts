/**
 * A deterministic, realistic sample export for the demo, the tests and the benchmark: the
 * same options always give the same rows. Markets are skewed like real sales with a long tail
 * of tiny countries; customers churn, come back, suspend subscriptions and vary in usage.
 */
import { addMonths, lastCompleteMonth } from '../months.ts';
import { emptyColumns, rowsOf, type RawColumns, type RawRow } from './raw-row.ts';

/** Options of {@link generateSample}. */
export interface SampleOptions {
  /** Number of customers (default 5,000). */
  customers?: number;
  /** Number of months of data (default 24). */
  months?: number;
  /** Last month of data, `YYYY-MM` (default: the month before today). */
  endMonth?: string;
  /** PRNG seed (default 42). */
  seed?: number;
}

type Weighted<T> = readonly (readonly [T, number])[];

/** Big markets first, then a long tail down to microstates (XK = Kosovo, user-assigned). */
const MARKETS: Weighted<string> = [
  ['US', 300],
  ['GB', 120],
  ['DE', 100],
  ['NL', 90],
  ['FR', 70],
  ['CA', 50],
  ['AU', 40],
  ['ES', 30],
  ['IT', 30],
  ['SE', 25],
  ['BE', 20],
  ['CH', 20],
  ['JP', 20],
  ['IN', 20],
  ['BR', 15],
  ['PL', 12],
  ['DK', 10],
  ['NO', 10],
  ['IE', 10],
  ['AT', 10],
  ['FI', 8],
  ['PT', 6],
  ['MX', 6],
  ['ZA', 5],
  ['NZ', 5],
  ['SG', 4],
  ['AE', 4],
  ['IL', 3],
  ['CZ', 3],
  ['HK', 3],
  ['LU', 1.5],
  ['MT', 1],
  ['BH', 0.8],
  ['IS', 0.8],
  ['CY', 0.8],
  ['EE', 0.8],
  ['MC', 0.4],
  ['LI', 0.3],
  ['AD', 0.3],
  ['SM', 0.2],
  ['BB', 0.2],
  ['MV', 0.2],
  ['XK', 0.3],
  ['FJ', 0.2],
  ['GI', 0.2],
];
const SEGMENTS: Weighted<string> = [
  ['SM&C Commercial', 55],
  ['Major Commercial', 15],
  ['SM&C Public Sector', 12],
  ['Major Public Sector', 8],
  ['Education', 10],
];
const CHANNELS: Weighted<string> = [
  ['CSP', 45],
  ['CSP indirect', 25],
  ['EA', 10],
  ['Direct', 8],
  ['Advisor', 7],
  ['Open', 5],
];
const ATTRIBUTIONS: Weighted<string> = [
  ['CSP Tier 1', 35],
  ['CSP Tier 2', 25],
  ['Digital partner of record (DPOR)', 12],
  ['Partner admin link (PAL)', 10],
  ['Delegated admin privileges (DAP)', 12],
  ['Claiming partner of record (CPOR)', 6],
];
const PRICING_MODELS: Weighted<string> = [
  ['Azure plan', 45],
  ['Enterprise Agreement', 15],
  ['Pay-as-you-go', 20],
  ['Microsoft Customer Agreement', 12],
  ['Legacy CSP', 8],
];
const PRODUCTS: Weighted<readonly [string, readonly string[]]> = [
  [
    [
      'Microsoft 365',
      [
        'Microsoft 365 Business Basic',
        'Microsoft 365 Business Standard',
        'Microsoft 365 Business Premium',
        'Office 365 E3',
        'Office 365 E5',
      ],
    ],
    50,
  ],
  [['Microsoft Azure', ['Azure plan']], 20],
  [['Dynamics 365', ['Dynamics 365 Sales Enterprise', 'Business Central Essentials']], 10],
  [['Enterprise Mobility + Security', ['EMS E3', 'EMS E5']], 10],
  [['Power BI', ['Power BI Pro', 'Power BI Premium Per User']], 10],
];
const LOCATIONS: Weighted<readonly [string, string]> = [
  [['4810123', 'Contoso Amsterdam'], 35],
  [['4810124', 'Contoso London'], 25],
  [['4810125', 'Contoso Seattle'], 25],
  [['4810126', 'Contoso Munich'], 10],
  [['4810127', 'Contoso Singapore'], 5],
];
const NAME_A = [
  'Northwind',
  'Fabrikam',
  'Adventure',
  'Tailspin',
  'Wingtip',
  'Litware',
  'Proseware',
  'Lamna',
  'Alpine',
  'Coho',
  'Margie',
  'Woodgrove',
  'Trey',
  'Humongous',
  'Blue Yonder',
];
const NAME_B = ['Traders', 'Works', 'Labs', 'Foods', 'Health', 'Logistics', 'Bank', 'Studio'];

/** mulberry32: a tiny, fast, good-enough 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates the sample export as row objects: for tests and small samples. */
export function generateSample(options: SampleOptions = {}): RawRow[] {
  const rows: RawRow[] = [];
  for (const chunk of sampleChunks(options)) rows.push(...rowsOf(chunk));
  return rows;
}

/**
 * Generates the sample export in columnar chunks of at most `chunkRows` rows (default 2,048,
 * DuckDB's vector size): one row per subscription per month, as {@link generateSample} gives,
 * but a million customers never exist as 25 million objects at once.
 */
export function* sampleChunks(options: SampleOptions & { chunkRows?: number } = {}): Generator<RawColumns> {
  const { customers = 5000, months = 24, endMonth = lastCompleteMonth(), seed = 42, chunkRows = 2048 } = options;
  const rnd = mulberry32(seed);
  const pick = <T>(items: Weighted<T>): T => pickWeighted(items, rnd);
  const monthKeys = Array.from({ length: months }, (_, t) => addMonths(endMonth, t - months + 1));
  let out = emptyColumns();
  for (let c = 0; c < customers; c++) {
    // The first customers take each market in turn, so even the smallest market exists.
    const market = c < MARKETS.length ? MARKETS[c]![0] : pick(MARKETS);
    const [partnerLocation, partnerLocationName] = pick(LOCATIONS);
    const customer = {
      customerTenantId: [8, 4, 4, 4, 12].map((n) => hex(rnd, n)).join('-'),
      customerName: `${NAME_A[c % NAME_A.length]} ${NAME_B[(c * 7) % NAME_B.length]} ${c + 1}`,
      customerMarket: market,
      customerSegment: pick(SEGMENTS),
      partnerLocation,
      partnerLocationName,
    };
    const alive = lifetime(rnd, months);
    const engagement = 0.4 + rnd() * 0.6;
    const channel = pick(CHANNELS);
    const subscriptions = 1 + Math.floor(rnd() * rnd() * 4);
    for (let s = 0; s < subscriptions; s++) {
      const [product, skus] = pick(PRODUCTS);
      const fixed = {
        ...customer,
        partnerAttributionType: pick(ATTRIBUTIONS),
        salesChannel: rnd() < 0.85 ? channel : pick(CHANNELS),
        azurePricingModel: product === 'Microsoft Azure' ? pick(PRICING_MODELS) : '',
        product,
        sku: skus[Math.floor(rnd() * skus.length)]!,
        subscriptionId: `${hex(rnd, 8)}-${c}-${s}`,
      };
      // Extra subscriptions start later and may end earlier than the customer's lifetime.
      const start = s === 0 ? 0 : Math.floor(rnd() * months * 0.5);
      const end = s === 0 || rnd() < 0.7 ? months : start + 1 + Math.floor(rnd() * months);
      const suspendAt = rnd() < 0.08 ? Math.floor(rnd() * months) : -1;
      const seats = 1 + Math.floor(rnd() * rnd() * 200);
      for (let t = Math.max(start, 0); t < Math.min(end + 1, months); t++) {
        if (!alive(t) && !(t === end && alive(t - 1))) continue;
        const state =
          t === end || !alive(t)
            ? 'Deprovisioned'
            : t === suspendAt || t === suspendAt + 1
              ? 'Suspended'
              : t > start && (t - start) % 12 === 0
                ? 'Renewed'
                : 'Active';
        const used = state !== 'Deprovisioned' && state !== 'Suspended' && rnd() < engagement;
        out.month.push(monthKeys[t]!);
        for (const field of FIXED_FIELDS) out[field].push(fixed[field]);
        out.subscriptionState.push(state);
        out.activeUsers.push(used ? 1 + Math.floor(rnd() * seats) : 0);
        if (out.month.length === chunkRows) {
          yield out;
          out = emptyColumns();
        }
      }
    }
  }
  if (out.month.length > 0) yield out;
}

/** The fields that stay the same over a subscription's months. */
const FIXED_FIELDS = [
  'customerTenantId',
  'customerName',
  'customerMarket',
  'customerSegment',
  'partnerLocation',
  'partnerLocationName',
  'partnerAttributionType',
  'salesChannel',
  'azurePricingModel',
  'product',
  'sku',
  'subscriptionId',
] as const satisfies readonly Exclude<keyof RawRow, 'month' | 'subscriptionState' | 'activeUsers'>[];

/**
 * A customer's lifetime over months 0..months-1: most exist from the start, some join
 * later, a quarter churn and some of those come back after a gap.
 */
function lifetime(rnd: () => number, months: number): (t: number) => boolean {
  const join = rnd() < 0.6 ? 0 : Math.floor(rnd() * months);
  const leave = rnd() < 0.25 ? join + 1 + Math.floor(rnd() * months) : Infinity;
  const back = rnd() < 0.35 ? leave + 1 + Math.floor(rnd() * 4) : Infinity;
  return (t) => t >= join && (t < leave || t >= back);
}

function pickWeighted<T>(items: Weighted<T>, rnd: () => number): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let r = rnd() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1]![0];
}

function hex(rnd: () => number, length: number): string {
  let out = '';
  while (out.length < length)
    out += Math.floor(rnd() * 0x10000)
      .toString(16)
      .padStart(4, '0');
  return out.slice(0, length);
}
