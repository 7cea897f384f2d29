/** Sizes of the foundation's entries: kpi-card (goal ≤ 15 KB min+gzip) and filter-context. */
import { entrySize, kb } from './support/bundle.ts';

export async function bench(): Promise<void> {
  console.log('\n## Foundation entries (min+gzip, first load incl. lit, @lit/task, @lit/context, valibot)');
  for (const [name, input] of [
    ['kpi-card', 'src/elements/kpi-card/define.ts'],
    ['filter-context', 'src/elements/filter-context/define.ts'],
  ] as const) {
    const size = await entrySize(input);
    const goal = name === 'kpi-card' ? ` (goal ≤ 15 KB: ${size.firstLoad <= 15 * 1024 ? 'met' : 'MISSED'})` : '';
    console.log(`${name.padEnd(16)} ${kb(size.firstLoad)}${goal}`);
  }
}
