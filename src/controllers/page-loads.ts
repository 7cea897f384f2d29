/**
 * The page's data loads in flight (every `ResourceController`'s request, whatever its context),
 * so work that can wait (`IdleTask`) waits for the whole dashboard's answers rather than
 * only for an idle moment, which a page still loading has between its answers.
 */
let inFlight = 0;
let waiting = new Set<() => void>();

/** Counts a load as in flight; the returned function ends it (once, however often called). */
export function loadStarted(): () => void {
  inFlight++;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    if (--inFlight > 0) return;
    const run = waiting;
    waiting = new Set();
    for (const f of run) f();
  };
}

/** Runs `run` once no load is in flight, or after `maxWaitMs` (a hung request holds nothing back for long). */
export function whenNoLoads(run: () => void, maxWaitMs = 2000): void {
  if (inFlight === 0) return run();
  const once = () => {
    clearTimeout(timer);
    waiting.delete(once);
    run();
  };
  const timer = setTimeout(once, maxWaitMs);
  waiting.add(once);
}
