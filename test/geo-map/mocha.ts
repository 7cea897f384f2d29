/**
 * Mocha's globals, typed locally (the repo's tsconfig has `types: ["node"]` and no
 * @types/mocha), as test/charts/mocha.ts does.
 */
type Hook = () => unknown;
interface MochaGlobals {
  describe(title: string, fn: () => void): void;
  it(title: string, fn: () => unknown): void;
  before(fn: Hook): void;
  after(fn: Hook): void;
  beforeEach(fn: Hook): void;
  afterEach(fn: Hook): void;
}
const g = globalThis as unknown as MochaGlobals;
export const describe: MochaGlobals['describe'] = (title, fn) => g.describe(title, fn);
export const it: MochaGlobals['it'] = (title, fn) => g.it(title, fn);
export const before: MochaGlobals['before'] = (fn) => g.before(fn);
export const after: MochaGlobals['after'] = (fn) => g.after(fn);
export const beforeEach: MochaGlobals['beforeEach'] = (fn) => g.beforeEach(fn);
export const afterEach: MochaGlobals['afterEach'] = (fn) => g.afterEach(fn);
