/** test/support/helpers' `hostileMarkupRan()`: it sees markup that did run, however late its handler fires. */
import { expect } from '@open-wc/testing';
import { HOSTILE_IMG, hostileMarkupRan } from '../support/helpers.js';

describe('hostileMarkupRan (the injection check of every widget test)', () => {
  it('is false when nothing was injected, true once injected markup ran (its onerror fires late)', async () => {
    expect(await hostileMarkupRan()).to.equal(false);
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    // What a widget would do if it rendered data as HTML.
    root.innerHTML = HOSTILE_IMG;
    expect((window as { __x?: unknown }).__x, 'not yet at once: a check right after rendering sees nothing').to.equal(undefined);
    expect(await hostileMarkupRan()).to.equal(true);
    host.remove();
  });
});
