// Served under `default-src 'self'; style-src 'self' 'nonce-n0nce-csp-test'` (no unsafe-*):
// records every CSP violation, then loads the whole kit from its script-tag (CDN) build.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`), true);
window.litNonce = undefined; // the nonce comes from filter-context's nonce attribute
await import('/cdn/insights-widgets.js');
window.__ready = true;
