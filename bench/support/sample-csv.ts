/** Writes the generated sample as a partner-portal CSV export, streamed chunk by chunk. */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { RAW_COLUMNS } from '../../server/data/raw-row.ts';
import { sampleChunks, type SampleOptions } from '../../server/data/sample.ts';
import { csvLine } from '../../server/engine/csv.ts';

/** Writes `options`' sample to `path`; resolves to the file's size in bytes. */
export async function writeSampleCsv(path: string, options: SampleOptions): Promise<number> {
  const out = createWriteStream(path);
  out.write(csvLine(RAW_COLUMNS.map(([name]) => name)));
  for (const chunk of sampleChunks({ ...options, chunkRows: 8192 })) {
    let text = '';
    for (let i = 0; i < chunk.month.length; i++) text += csvLine(RAW_COLUMNS.map(([, field]) => chunk[field][i]!));
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return out.bytesWritten;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, customers] = process.argv.slice(2);
  console.log(await writeSampleCsv(path!, { customers: Number(customers), endMonth: '2026-10' }));
}
