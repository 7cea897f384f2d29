/**
 * Mocha's globals, typed locally: the repo has no @types/mocha (see the report), and declaring
 * them globally would clash the day it is added.
 */
type Done = (error?: unknown) => void;
type Body = (this: unknown, done: Done) => void | Promise<unknown>;
interface MochaGlobals {
  describe(title: string, body: () => void): void;
  it(title: string, body: Body): void;
  before(body: Body): void;
  beforeEach(body: Body): void;
  afterEach(body: Body): void;
}
const g = globalThis as unknown as MochaGlobals;
export const describe = g.describe.bind(g);
export const it = g.it.bind(g);
export const before = g.before.bind(g);
export const beforeEach = g.beforeEach.bind(g);
export const afterEach = g.afterEach.bind(g);
