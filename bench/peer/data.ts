/** The peer page's data: the same endpoint answers the kit reads, and the shapes its components take. */
export interface Month {
  month: string;
  customers: number;
  active: number;
  new: number;
  existing: number;
  churned: number;
}
export interface Monthly {
  months: Month[];
}
export interface Breakdown {
  total: { customers: number };
  rows: { key: string; label: string; customers: number }[];
}

const endpoint = new URLSearchParams(location.search).get('endpoint') ?? '/';

/** The monthly series and the breakdown by partner location for one filter state, asked together. */
export function load(params: URLSearchParams): Promise<[Monthly, Breakdown]> {
  const get = async <T>(path: string, extra = ''): Promise<T> => {
    const res = await fetch(`${endpoint.replace(/\/$/, '')}${path}?${extra}${params}`);
    if (!res.ok) throw new Error(`${res.status} ${path}`);
    return res.json() as Promise<T>;
  };
  return Promise.all([get<Monthly>('/customers/monthly'), get<Breakdown>('/customers/breakdown', 'by=partnerLocation&')]);
}
