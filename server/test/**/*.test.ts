/**
 * Shim for Node 20: `node --test "server/test/**\/*.test.ts"` (the npm script) takes the
 * pattern literally there (globs arrive in Node 21), so this file, whose path IS that
 * pattern, runs the suite. On Node >= 21 the glob also matches the files themselves; the
 * script can then drop the quotes or this shim can go.
 */
import '../engine.test.ts';
import '../http.test.ts';
import '../load-file.test.ts';
import '../sample.test.ts';
