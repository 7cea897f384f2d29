/** Display labels of dimension members. */

const regions = new Intl.DisplayNames(['en'], { type: 'region' });
/** ICU may lack user-assigned codes; Kosovo's XK is the one partners meet in practice. */
const OVERRIDES: Record<string, string> = { XK: 'Kosovo' };

/** English country name of an ISO 3166-1 alpha-2 code, or the code itself when unknown. */
export function countryName(code: string): string {
  if (OVERRIDES[code]) return OVERRIDES[code];
  try {
    const name = regions.of(code);
    return name && name !== code && name !== 'Unknown Region' ? name : code;
  } catch {
    return code;
  }
}
