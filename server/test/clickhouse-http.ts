/**
 * A ClickHouse HTTP interface over chdb, for the tests of the `clickhouse://` backend: no
 * ClickHouse server can be installed here (Debian's is from 2018), so the real client talks
 * real HTTP to this stand-in, and real ClickHouse (26.x, embedded) runs every statement. Only
 * what @clickhouse/client uses is answered: POST with the query in the body (or in `query=`
 * with the data of an INSERT … FROM input() in the body), errors as status 500 with ClickHouse's
 * message. URL settings are not applied (the session sets the one the backend asks for).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Session {
  queryAsync(sql: string, options?: { format?: string }): Promise<{ bytes(): Uint8Array }>;
  close(): void;
}

/** Starts the stand-in on a free port; `url` is what `--db` takes. */
export async function startClickHouseHttp(): Promise<{ url: string; close(): Promise<void> }> {
  const { Session } = createRequire(new URL('../../.chdb/package.json', import.meta.url))('chdb') as {
    Session: new (path: string, options?: { connectionArgs?: string[] }) => Session;
  };
  const dir = mkdtempSync(join(tmpdir(), 'insights-clickhouse-http-'));
  const session = new Session(join(dir, 'db'), { connectionArgs: ['--output_format_json_quote_64bit_integers=0'] });
  let uploads = 0;
  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/ping') return void res.end('Ok.\n');
      const body = Buffer.concat(parts);
      let sql = url.searchParams.get('query') ?? body.toString('utf8');
      // INSERT … SELECT … FROM input('structure') … FORMAT f, the rows in the body: chdb reads
      // them from a file instead.
      const input = /\binput\(('(?:[^'\\]|\\.)*')\)/.exec(sql);
      if (url.searchParams.has('query') && input) {
        const file = join(dir, `upload-${uploads++}.csv`);
        writeFileSync(file, body);
        const format = /\s+FORMAT\s+(\w+)\s*$/i.exec(sql)!;
        sql = sql.slice(0, format.index).replace(input[0], `file('${file}', '${format[1]}', ${input[1]})`);
      }
      try {
        const result = await session.queryAsync(sql, /\bFORMAT\s+\w+\s*$/i.test(sql) ? {} : { format: 'TabSeparated' });
        res.end(Buffer.from(result.bytes()));
      } catch (error) {
        res.statusCode = 500;
        res.end(String((error as Error).message).replace(/^\w*Error: /, ''));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `clickhouse://default:@127.0.0.1:${(server.address() as AddressInfo).port}/default`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      session.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
