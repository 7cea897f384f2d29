// Served under `default-src 'self'; style-src 'self'` (no unsafe-*, no nonce: the kit needs none):
// records every CSP violation, then loads the whole kit from its script-tag (CDN) build.
window.__violations = [];
document.addEventListener(
  'securitypolicyviolation',
  (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
  true,
);
await import('/cdn/insights-widgets.js');
window.__ready = true;
