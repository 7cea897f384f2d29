/** min+gzip size of an entry as a browser would load it, built in memory with the kit's rollup
 * plugins. Static imports count toward the first load; dynamic imports are reported apart. */
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup, type OutputChunk } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  /** min+gzip bytes of the entry and every chunk it imports statically. */
  firstLoad: number;
  /** min+gzip bytes of each lazily imported chunk (and its own static imports), by name. */
  lazy: Record<string, number>;
}

const gz = (code: string) => gzipSync(code, { level: 9 }).length;

export async function entrySize(input: string): Promise<EntrySize> {
  const build = await rollup({
    input,
    plugins: [
      nodeResolve({ browser: true }),
      json({ preferConst: true, compact: true }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      terser({ format: { comments: false }, module: true }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = new Map(output.filter((o): o is OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]));
  const closure = (start: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(start)) return seen;
    seen.add(start);
    for (const dep of chunks.get(start)?.imports ?? []) closure(dep, seen);
    return seen;
  };
  const entry = [...chunks.values()].find((c) => c.isEntry)!;
  const first = closure(entry.fileName);
  const sum = (names: Set<string>) => [...names].reduce((s, n) => s + gz(chunks.get(n)!.code), 0);
  const lazy: Record<string, number> = {};
  for (const chunk of chunks.values()) {
    if (!chunk.isDynamicEntry) continue;
    const own = new Set([...closure(chunk.fileName)].filter((n) => !first.has(n)));
    lazy[chunk.name] = sum(own);
  }
  return { firstLoad: sum(first), lazy };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
