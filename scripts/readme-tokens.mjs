#!/usr/bin/env node
/**
 * Writes the table of public design tokens into docs/THEMING.md, between `<!-- tokens:start -->`
 * and `<!-- tokens:end -->`, from the styles that define them: every
 * `var(--insights-…, default)` in `src/themes/tokens.ts` (all widgets) and the elements' styles,
 * with the comment that ends its line. A token without such a comment fails the check.
 *
 *   node scripts/readme-tokens.mjs            # update docs/THEMING.md
 *   node scripts/readme-tokens.mjs --check    # exit 1 if it is stale
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeReadmeSection } from './readme-section.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = [
  ['src/themes/tokens.ts', 'every widget'],
  ...readdirSync(`${ROOT}src/elements`)
    .filter((dir) => dir !== 'shared')
    .flatMap((dir) =>
      readdirSync(`${ROOT}src/elements/${dir}`)
        .filter((f) => f.endsWith('.styles.ts'))
        .map((f) => [`src/elements/${dir}/${f}`, `\`${dir}\``]),
    ),
];

/** The text inside the parentheses that open at `start` (the index after `(`), nesting kept. */
function balanced(text, start) {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

/** `light-dark(a, b)` → "`a` light, `b` dark"; anything else as code; none → "inherited". */
function describeDefault(value) {
  if (!value) return 'the page’s (inherited)';
  const m = value.match(/^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/);
  return m ? `\`${m[1]}\` light, \`${m[2]}\` dark` : `\`${value}\``;
}

const rows = [];
const missing = [];
for (const [file, usedBy] of SOURCES) {
  for (const line of readFileSync(`${ROOT}${file}`, 'utf8').split('\n')) {
    const at = line.indexOf('var(--insights-');
    if (at < 0) continue;
    const inner = balanced(line, at + 4);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? '' : inner.slice(comma + 1).trim();
    const note = line.match(/\/\*\s*(.*?)\s*\*\/\s*$/)?.[1];
    if (!note) missing.push(`${file}: ${name}`);
    if (!rows.some((r) => r.name === name)) rows.push({ name, fallback, usedBy, note: note ?? '' });
  }
}
if (missing.length) {
  console.error(`Public tokens without a comment at the end of their line:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}

const cell = (text) => text.replace(/\|/g, '\\|');
const block = [
  '| Token | Default | Used by | What it sets |',
  '|---|---|---|---|',
  ...rows.map((r) => `| \`${r.name}\` | ${cell(describeDefault(r.fallback))} | ${r.usedBy} | ${cell(r.note)} |`),
].join('\n');

writeReadmeSection({
  readme: `${ROOT}docs/THEMING.md`,
  start: '<!-- tokens:start -->',
  end: '<!-- tokens:end -->',
  block,
  what: 'tokens table',
  fix: 'npm run readme',
  done: `docs/THEMING.md: ${rows.length} tokens.`,
});
