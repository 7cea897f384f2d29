/**
 * What kind of file an export is, before any CSV reader sees it: UTF-8 text (read as is),
 * UTF-16 (what spreadsheet apps save as "Unicode text": decoded to a UTF-8 copy, so the
 * engines read it like any export), or not text at all (a workbook, an archive: refused by
 * name instead of as "missing column Month").
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Known binary formats people export by mistake, by their first bytes. */
const MAGIC: [bytes: number[], what: string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'an Excel workbook (.xlsx) or a zip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel workbook (.xls)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
];

/** The first bytes of `path` (up to `size`). */
export async function head(path: string, size = 64 * 1024): Promise<Buffer> {
  const file = await open(path);
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await file.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** The encoding the first bytes show: a UTF-16 byte-order mark, or ASCII with NULs between. */
export function sniffEncoding(bytes: Buffer): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // "Month" without a mark: M\0o\0 (little-endian) or \0M\0o (big-endian).
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] && bytes[2]) return 'utf-16le';
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[2] === 0 && bytes[1] && bytes[3]) return 'utf-16be';
  return 'utf-8';
}

/**
 * Why `line` (the first line of a UTF-8 file) cannot be a header, when the file is binary:
 * a known format by its first bytes, NUL and control characters in the line, or a tenth of
 * the first bytes that are control characters or not UTF-8. Null for text.
 */
export function binaryKind(bytes: Buffer, line: string): string | null {
  const known = MAGIC.find(([magic]) => magic.every((byte, i) => bytes[i] === byte));
  if (known) return known[1];
  // eslint-disable-next-line no-control-regex -- control characters are what marks binary data
  if (/[\x00-\x08\x0E-\x1F\x7F\uFFFD]/.test(line)) return 'binary data';
  // A clean first line can still open binary data (random bytes whose first line break comes
  // early): text has few control characters or undecodable bytes, binary data has many.
  const text = bytes.toString('utf8');
  // eslint-disable-next-line no-control-regex -- as above
  const odd = text.match(/[\x00-\x08\x0E-\x1F\x7F\uFFFD]/g)?.length ?? 0;
  return odd > text.length / 10 ? 'binary data' : null;
}

/**
 * `path` as UTF-8: the file itself, or its decoded copy in `dir` when it is UTF-16 (the
 * byte-order mark dropped; line numbers stay those of the original).
 */
export async function utf8File(path: string, dir: string): Promise<string> {
  const encoding = sniffEncoding(await head(path, 4));
  if (encoding === 'utf-8') return path;
  const copy = join(dir, 'decoded.csv');
  const decoder = new TextDecoder(encoding);
  const out = createWriteStream(copy);
  await pipeline(
    createReadStream(path),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
      yield decoder.decode();
    },
    out,
  );
  return copy;
}

/** Writes `lines` to `path`, waiting for the disk when the stream asks. */
export async function writeLines(path: string, lines: AsyncIterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for await (const line of lines) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}
