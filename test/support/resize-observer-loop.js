// Loaded before the test framework in every component test page (web-test-runner.config.mjs).
//
// "ResizeObserver loop completed with undelivered notifications" is a report, not a failure: the
// browser tells the page that some size changes will be delivered in the next frame instead of
// this one. WebKitGTK raises it now and then while a page lays out a popover (CI run of 2026-12-05:
// filter-bar's axe check), even though the kit's ResizeController never changes layout inside
// its callback (it defers to a task). Mocha would count it as an uncaught error and fail an
// unrelated test, so this one message, and nothing else, is kept from reaching mocha's handler.
window.addEventListener('error', (event) => {
  if (String(event.message).startsWith('ResizeObserver loop')) event.stopImmediatePropagation();
});
