/**
 * Writes a generated block between two markers of README.md, or, with `--check`, exits 1 when the
 * README's block differs (so `npm test` fails on a stale README); `--stdout` prints the block.
 * Shared by readme-elements.mjs and readme-messages.mjs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * @param {{ readme: string, start: string, end: string, block: string, what: string, fix: string, done: string }} section
 *   `what` names the block in messages ("elements table"), `fix` is the command that mends it,
 *   `done` the line printed after writing.
 */
export function writeReadmeSection({ readme: path, start: START, end: END, block, what, fix, done }) {
  const args = new Set(process.argv.slice(2));
  const readme = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (args.has('--stdout') || start < 0 || end < start) {
    if (!args.has('--stdout')) console.error(`README.md has no ${START} … ${END} markers: printing the ${what} instead.`);
    process.stdout.write(`${block}\n`);
    process.exit(args.has('--check') ? 1 : 0);
  }
  const next = `${readme.slice(0, start + START.length)}\n${block}\n${readme.slice(end)}`;
  if (args.has('--check')) {
    if (next !== readme) {
      console.error(`README.md ${what} is stale: run \`${fix}\`.`);
      process.exit(1);
    }
    process.exit(0);
  }
  if (next !== readme) writeFileSync(path, next);
  console.log(done);
}
