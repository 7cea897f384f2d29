/**
 * The custom-elements manifest documents the whole public API: runs the analyzer (with
 * custom-elements-manifest.config.mjs, without writing) and fails when an element of
 * src/elements/<tag>/define.ts is missing, or when any public property, attribute, event, CSS
 * part or CSS custom property of an element has no description (its JSDoc feeds Storybook's
 * controls and docs, and the README table).
 *
 *   node --import tsx --test test-node/*.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: the analyzer's CLI module ships no types.
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Described {
  name: string;
  description?: string;
  summary?: string;
}
interface Member extends Described {
  kind: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration extends Described {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: Described[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
}

/** Tags registered by each src/elements/<dir>/define.ts. */
function definedTags(): { file: string; tag: string }[] {
  const dir = `${ROOT}src/elements`;
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${dir}/${d.name}/define.ts`))
    .flatMap((d) => {
      const file = `src/elements/${d.name}/define.ts`;
      const tags = [...readFileSync(`${ROOT}${file}`, 'utf8').matchAll(/defineElement\(\s*['"]([^'"]+)['"]/g)];
      assert.ok(tags.length, `${file} calls defineElement('<tag>', …)`);
      return tags.map((m) => ({ file, tag: m[1]! }));
    });
}

const hasText = (item: Described) => Boolean((item.description ?? item.summary ?? '').trim());

describe('custom-elements.json', () => {
  let manifest: Manifest;
  let elements: Declaration[];

  before(async () => {
    const previousCwd = process.cwd();
    process.chdir(ROOT);
    try {
      manifest = (await cli({ argv: ['analyze', '--litelement', '--quiet'], cwd: ROOT, noWrite: true })) as Manifest;
    } finally {
      process.chdir(previousCwd);
    }
    elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName));
  });

  it('analyzes only src/ (no tests, no dist)', () => {
    for (const mod of manifest.modules) {
      assert.match(mod.path, /^src\//, mod.path);
      assert.doesNotMatch(mod.path, /\.test\.ts$/, mod.path);
    }
  });

  it('has every element of src/elements/*/define.ts, as a custom element with a summary', () => {
    const tags = definedTags();
    assert.ok(tags.length >= 2, 'found the define.ts files');
    for (const { file, tag } of tags) {
      const element = elements.find((e) => e.tagName === tag);
      assert.ok(element, `<${tag}> (${file}) is in the manifest`);
      assert.equal(element.customElement, true, `<${tag}> is marked customElement`);
      assert.ok(hasText(element), `<${tag}> has a class JSDoc (@summary or description)`);
      const defined = manifest.modules.some((m) => (m.exports ?? []).some((e) => e.kind === 'custom-element-definition' && e.name === tag));
      assert.ok(defined, `<${tag}> has a custom-element-definition export`);
    }
  });

  it('documents every public property, attribute, event, CSS part and CSS property', () => {
    const missing: string[] = [];
    for (const el of elements) {
      for (const m of el.members ?? []) {
        if (m.kind !== 'field' || m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#')) continue;
        if (m.static) continue; // `styles` and friends
        if (!hasText(m)) missing.push(`<${el.tagName}> property ${m.name}`);
      }
      for (const [what, list] of [
        ['attribute', el.attributes],
        ['event', el.events],
        ['CSS part', el.cssParts],
        ['CSS property', el.cssProperties],
      ] as const) {
        for (const item of list ?? []) if (!hasText(item)) missing.push(`<${el.tagName}> ${what} ${item.name}`);
      }
    }
    assert.deepEqual(missing, [], `undocumented public API (add a JSDoc line / @event / @csspart / @cssproperty):\n${missing.join('\n')}`);
  });
});
