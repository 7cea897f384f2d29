/**
 * The signed-in demo (demo/secure.html, `npm start -- --auth demo`): a person picks a role and a
 * partner location, and the dashboard reads the endpoint with the short-lived token the demo
 * server signs for that user (`/demo/token`), as a partner's portal would. When a token
 * expires, the endpoint answers 401 and the kit asks the `authProvider` for a fresh one.
 */

/** The seed's roles, and one outside them (the endpoint answers 403: "not allowed"). */
export const DEMO_ROLES = ['report-viewer', 'executive-report-viewer', 'admin-agent', 'global-admin', 'guest'];

/**
 * Wires the page: `context` is the `<filter-context>`, `role` and `location` the two selects,
 * `status` where the sign-in is told. `endpoint` is the API's base ("/" on the demo server).
 * Returns what a test reads: the sign-ins so far, by reason.
 */
export function startSecureDemo({ context, role, location, status, endpoint = '/' }) {
  // The endpoint as a folder: `/api` and `/api/` alike.
  const base = new URL(endpoint.replace(/\/?$/, '/'), document.baseURI);
  const tokenUrl = new URL('demo/token', base);
  const signIns = [];
  let expiresAt = 0;

  const tell = () => {
    const left = Math.max(0, Math.round(expiresAt - Date.now() / 1000));
    const refreshed = signIns.filter((reason) => reason === 'unauthorized').length;
    status.textContent = expiresAt
      ? `Signed in as ${role.value}${location.value ? ` for ${location.selectedOptions[0].textContent}` : ''}: ` +
        `token valid ${left > 0 ? `${left} s more` : 'no longer (a fresh one comes with the next request)'}, ` +
        `${refreshed} fresh token${refreshed === 1 ? '' : 's'} after expiry.`
      : 'Signing in…';
  };

  const signIn = () => {
    const params = new URLSearchParams({ role: role.value });
    if (location.value) params.set('partnerLocation', location.value);
    expiresAt = 0;
    tell();
    // A new provider gives the context a new client: nothing cached for the previous user shows.
    context.authProvider = async ({ reason, signal }) => {
      const res = await fetch(`${tokenUrl}?${params}`, { signal, cache: 'no-store' });
      if (!res.ok) throw new Error(`The demo's token service answered ${res.status}.`);
      const answer = await res.json();
      expiresAt = answer.expiresAt;
      signIns.push(reason);
      tell();
      return { Authorization: `Bearer ${answer.token}` };
    };
  };

  const timer = setInterval(tell, 1000);
  role.addEventListener('change', signIn);
  location.addEventListener('change', signIn);
  const ready = fillLocations(location, tokenUrl, base).then(() => {
    // ?role=…&partnerLocation=… preselect (a link to one user's view).
    const asked = new URLSearchParams(globalThis.location.search);
    if (DEMO_ROLES.includes(asked.get('role'))) role.value = asked.get('role');
    if ([...location.options].some((o) => o.value === asked.get('partnerLocation'))) location.value = asked.get('partnerLocation');
    signIn();
    // Only now: widgets that loaded before the provider was set would ask without a token.
    context.endpoint = endpoint;
  });
  return { signIns, ready, stop: () => clearInterval(timer) };
}

/** Fills the location select from `/dimensions`, read as a global admin (the demo's own look-up). */
async function fillLocations(select, tokenUrl, base) {
  const { token } = await (await fetch(`${tokenUrl}?role=global-admin`, { cache: 'no-store' })).json();
  const answer = await (await fetch(new URL('dimensions', base), { headers: { Authorization: `Bearer ${token}` } })).json();
  for (const member of answer.dimensions.partnerLocation ?? []) {
    const option = document.createElement('option');
    option.value = member.key;
    option.textContent = member.label;
    select.append(option);
  }
}
