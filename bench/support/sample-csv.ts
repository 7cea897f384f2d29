/** `node --import tsx bench/support/sample-csv.ts <path> <customers>`: the sample as an export file. */
import { writeCsv } from '../../server/data/csv-file.ts';
import { sampleChunks, type SampleOptions } from '../../server/data/sample.ts';

/** Writes `options`' sample to `path`; resolves to the file's size in bytes. */
export function writeSampleCsv(path: string, options: SampleOptions): Promise<number> {
  return writeCsv(path, sampleChunks({ ...options, chunkRows: 8192 }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, customers] = process.argv.slice(2);
  console.log(await writeSampleCsv(path!, { customers: Number(customers), endMonth: '2026-10' }));
}
