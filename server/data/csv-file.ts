/**
 * Writes rows held as columns to a CSV export file, streamed chunk by chunk: how generated
 * and in-memory rows reach an engine, through the same reader (and checks) as a partner's file.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { csvField } from '../engine/csv.ts';
import { RAW_COLUMNS, type RawColumns } from './raw-row.ts';

/** Writes `chunks` with a header line to `path`; resolves to the file's size in bytes. */
export async function writeCsv(path: string, chunks: Iterable<RawColumns>): Promise<number> {
  const out = createWriteStream(path);
  const fields = RAW_COLUMNS.map(([, field]) => field);
  out.write(RAW_COLUMNS.map(([name]) => name).join(',') + '\r\n');
  let text = '';
  for (const chunk of chunks) {
    const columns = fields.map((field) => chunk[field]);
    for (let i = 0; i < chunk.month.length; i++) {
      for (let f = 0; f < columns.length; f++) text += (f ? ',' : '') + csvField(columns[f]![i]!);
      text += '\r\n';
    }
    if (text.length > 1 << 20) {
      if (!out.write(text)) await once(out, 'drain');
      text = '';
    }
  }
  out.end(text);
  await once(out, 'finish');
  return out.bytesWritten;
}
