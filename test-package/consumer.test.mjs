// Consumer tests: the package as a partner installs it. Packs the tarball (after `npm run
// build`), unpacks it into this fixture app's node_modules beside the dependencies it declares,
// then: the tarball's contents, a React 19 + TypeScript page type-checked against it, every
// entry imported in Node, every element's shell rendered with @lit-labs/ssr.
//
//   npm run build && node --test test-package/consumer.test.mjs
//
// The fixture's own dependencies (test-package/package.json) are installed once from the npm
// registry and reused while its lock file is unchanged.
import assert from 'node:assert/strict';
import { execFile as execFileCb, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFile = promisify(execFileCb);
const FIXTURE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(FIXTURE, '..');
const INSTALLED = join(FIXTURE, 'node_modules', 'insights-widgets');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** `npm ci` in the fixture unless node_modules already matches its lock file. */
function installFixture() {
  const lock = readFileSync(join(FIXTURE, 'package-lock.json'));
  const stamp = join(FIXTURE, 'node_modules', '.lock-hash');
  const hash = createHash('sha256').update(lock).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: FIXTURE, stdio: 'inherit' });
  writeFileSync(stamp, hash);
}

let packDir;
let files;

before(() => {
  for (const built of ['dist/index.js', 'dist/types/index.d.ts', 'cdn/insights-widgets.js']) {
    assert.ok(existsSync(join(ROOT, built)), `${built} is missing: run \`npm run build\` first.`);
  }
  installFixture();
  packDir = mkdtempSync(join(tmpdir(), 'insights-pack-'));
  // --ignore-scripts: the build is already there (prepack would build it again).
  const [report] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: ROOT, encoding: 'utf8' }),
  );
  files = report.files.map((f) => f.path);
  rmSync(INSTALLED, { recursive: true, force: true });
  execFileSync('mkdir', ['-p', INSTALLED]);
  execFileSync('tar', ['-xzf', join(packDir, report.filename), '-C', INSTALLED, '--strip-components=1']);
});

after(() => rmSync(packDir, { recursive: true, force: true }));

describe('the tarball', () => {
  test('ships the licence, the notices, both builds, types and editor data; no source maps, no sources', () => {
    for (const file of [
      'LICENSE',
      'THIRD-PARTY-NOTICES',
      'README.md',
      'cdn/insights-widgets.js',
      'dist/index.js',
      'dist/types/index.d.ts',
      'dist/types/integrations/react.d.ts',
      'dist/types/integrations/vue.d.ts',
      'custom-elements.json',
      'vscode.html-custom-data.json',
      'web-types.json',
    ]) {
      assert.ok(files.includes(file), `${file} is not in the tarball`);
    }
    assert.deepEqual(
      files.filter((f) => f.endsWith('.map') || f.startsWith('src/') || f.startsWith('test')),
      [],
    );
  });

  test('one copy of each chunk per build, and every export target exists', () => {
    for (const build of ['dist/chunks/', 'cdn/chunks/']) {
      const chunks = files.filter((f) => f.startsWith(build));
      const contents = chunks.map((f) => readFileSync(join(INSTALLED, f), 'utf8'));
      const copies = chunks.filter((f, i) => contents.indexOf(contents[i]) !== i);
      assert.deepEqual(copies, [], `${build}: chunks with the same content`);
      assert.equal(chunks.filter((f) => f.startsWith(`${build}countries-110m`)).length, 1, `${build}: one atlas`);
    }
    const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
    for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, '')), `export target ${target} is not in the tarball`);
  });

  test('the notices name every bundled licence; the CDN build keeps the @license headers', () => {
    const notices = readFileSync(join(INSTALLED, 'THIRD-PARTY-NOTICES'), 'utf8');
    for (const name of ['lit-html', 'd3-geo', 'd3-scale', 'd3-shape', 'topojson-client', 'world-atlas'])
      assert.ok(notices.includes(`\n## ${name}`), name);
    const cdn = files
      .filter((f) => f.startsWith('cdn/'))
      .map((f) => readFileSync(join(INSTALLED, f), 'utf8'))
      .join('\n');
    assert.match(cdn, /@license[\s\S]*SPDX-License-Identifier: BSD-3-Clause/, 'Lit');
    // The kit has one chart engine, its own: no trace of the one it replaced, in code or notices.
    const dist = files
      .filter((f) => f.startsWith('dist/') && f.endsWith('.js'))
      .map((f) => readFileSync(join(INSTALLED, f), 'utf8'))
      .join('\n');
    assert.doesNotMatch(`${notices}\n${cdn}\n${dist}`, /apexcharts/i, 'no ApexCharts');
  });

  test('the npm build imports Lit by bare specifier and declares exactly what it imports', () => {
    const bare = new Set();
    for (const file of files.filter((f) => /^dist\/.*\.js$/.test(f))) {
      const code = readFileSync(join(INSTALLED, file), 'utf8');
      // Rollup writes static imports first (`import{a as b}from"lit";import"./x.js";`), then
      // dynamic ones as `import("./chunks/…")`.
      const specs = [...code.matchAll(/(?:^|;)\s*import\s*(?:[^;"']*?\bfrom\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)];
      for (const spec of specs.map((m) => m[1] ?? m[2]).filter((s) => !s.startsWith('.'))) {
        bare.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
      }
    }
    assert.deepEqual([...bare].sort(), Object.keys(pkg.dependencies).sort());
    // The fixture installs the package's dependencies at the package's own ranges.
    const fixture = JSON.parse(readFileSync(join(FIXTURE, 'package.json'), 'utf8'));
    for (const [name, range] of Object.entries(pkg.dependencies))
      assert.equal(fixture.devDependencies[name], range, `test-package/package.json: ${name}`);
  });
});

describe('a React 19 + TypeScript app', { concurrency: true }, () => {
  const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
  const typeCheck = async (config) => {
    const result = await execFile(process.execPath, [tsc, '-p', join(FIXTURE, config)], { cwd: FIXTURE }).catch((e) => e);
    assert.equal(result.code ?? 0, 0, `${result.stdout}${result.stderr}`);
  };

  test('type-checks the README usage of every element (and the @ts-expect-error mistakes fail)', () => typeCheck('tsconfig.json'));

  test('one element entry alone brings the JSX types and the typed events', () => typeCheck('tsconfig.single.json'));
});

describe('Node, no DOM', { concurrency: 4 }, () => {
  const entries = Object.keys(pkg.exports).filter((e) => !/\.json$|^\.\/vue$/.test(e));
  for (const entry of entries) {
    test(`import('${join('insights-widgets', entry)}') does not throw`, async () => {
      const spec = join('insights-widgets', entry);
      await execFile(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(spec)});`], { cwd: FIXTURE });
    });
  }

  test('@lit-labs/ssr renders each element shell as declarative shadow DOM', async () => {
    const { stdout } = await execFile(process.execPath, [join(FIXTURE, 'ssr.mjs')], { cwd: FIXTURE });
    const shells = JSON.parse(stdout);
    for (const [tag, html] of Object.entries(shells)) {
      assert.match(html, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
      if (tag === 'filter-context') assert.match(html, /<slot><\/slot>/);
      else if (tag === 'filter-bar')
        assert.match(html, /part="/, 'the bar'); // controls, no data to wait for
      else {
        assert.match(html, /part="skeleton"/, `${tag}: the loading skeleton`);
        assert.match(html, /aria-label="Loading[^"]*"/, `${tag}: the skeleton's label`);
      }
    }
    assert.ok(Object.keys(shells).length >= 5);
  });
});
