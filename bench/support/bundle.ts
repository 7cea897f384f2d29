/** The benches' one in-memory build: the kit's rollup plugins (node-resolve for the browser, json,
 * esbuild, terser), ES module output, nothing written to disk. Sizes are min+gzip (zlib -9). */
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup, type OutputChunk, type Plugin } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

export type { OutputChunk };

export interface BundleOptions {
  /** One file: every dynamic import inlined into the entry (default: code-split as shipped). */
  inline?: boolean;
  /** Leave the kit's shared runtime (lit, @lit/*, valibot) out, to measure an element's own cost. */
  external?: boolean;
  /** esbuild target (default es2022). */
  target?: string;
  /** Plugins run before the kit's own (a bench's variant of the source). */
  plugins?: Plugin[];
}

/** The kit's shared runtime: what every element of the kit brings along. */
export const SHARED_RUNTIME = (id: string) => /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/|valibot)/.test(id);

const VIRTUAL = '\0bench-entry';

/** Bundles one entry, or several through a virtual entry importing each (shared chunks counted
 * once). Returns the output chunks; the entry is the one with `isEntry`. */
export async function bundle(entries: string | string[], options: BundleOptions = {}): Promise<OutputChunk[]> {
  const list = Array.isArray(entries) ? entries : [entries];
  const single = list.length === 1;
  const build = await rollup({
    input: single ? resolve(list[0]!) : VIRTUAL,
    external: options.external ? SHARED_RUNTIME : undefined,
    plugins: [
      single
        ? null
        : {
            name: 'bench-entry',
            resolveId: (id: string) => (id === VIRTUAL ? VIRTUAL : null),
            load: (id: string) => (id === VIRTUAL ? list.map((e) => `import ${JSON.stringify(resolve(e))};`).join('\n') : null),
          },
      ...(options.plugins ?? []),
      nodeResolve({ browser: true }),
      json({ preferConst: true, compact: true }),
      esbuild({ target: options.target ?? 'es2022', tsconfig: 'tsconfig.json' }),
      terser({ format: { comments: false }, module: true }),
    ],
    onwarn: () => {},
  });
  try {
    const { output } = await build.generate({ format: 'es', inlineDynamicImports: options.inline ?? false });
    return output.filter((o): o is OutputChunk => o.type === 'chunk');
  } finally {
    await build.close();
  }
}

/** min+gzip bytes (zlib level 9). */
export const gzipSize = (code: string) => gzipSync(code, { level: 9 }).length;

/** Sum of min+gzip bytes of chunks. */
export const gzipTotal = (chunks: OutputChunk[]) => chunks.reduce((s, c) => s + gzipSize(c.code), 0);

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export interface EntrySize {
  /** min+gzip bytes of the entry and every chunk it imports statically. */
  firstLoad: number;
  /** min+gzip bytes of each lazily imported chunk (and its own static imports), by name. */
  lazy: Record<string, number>;
}

/** A lazy chunk's name; a language's words as `i18n-<language>-<group>` (as rollup.config.mjs names them). */
function lazyName(chunk: OutputChunk): string {
  const words = /i18n\/text\/([a-z]{2})\/([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
  return words ? `i18n-${words[1]}-${words[2]}` : chunk.name;
}

/** min+gzip size of an entry as a browser would load it: static imports count toward the first
 * load; dynamic imports are reported apart. */
export async function entrySize(input: string, options: BundleOptions = {}): Promise<EntrySize> {
  const chunks = new Map((await bundle(input, options)).map((c) => [c.fileName, c]));
  const closure = (start: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(start)) return seen;
    seen.add(start);
    for (const dep of chunks.get(start)?.imports ?? []) closure(dep, seen);
    return seen;
  };
  const entry = [...chunks.values()].find((c) => c.isEntry)!;
  const first = closure(entry.fileName);
  const sum = (names: Set<string>) => [...names].reduce((s, n) => s + gzipSize(chunks.get(n)!.code), 0);
  const lazy: Record<string, number> = {};
  for (const chunk of chunks.values()) {
    if (!chunk.isDynamicEntry) continue;
    const own = new Set([...closure(chunk.fileName)].filter((n) => !first.has(n)));
    lazy[lazyName(chunk)] = sum(own);
  }
  return { firstLoad: sum(first), lazy };
}
