/**
 * The comparison in a widget's export, written once for the member widgets (map grid,
 * distribution-tabs, sunburst): for each figure, its value in the comparison range and its change
 * as two columns after the others (empty where the comparison has no such figure), and the
 * comparison range in the CSV's comments. The same table feeds "Show as table".
 */
import type { MemberComparison } from '../../core/compare-range.js';
import type { Formatter } from '../../core/format.js';
import type { CompareText } from '../../i18n/text/compare.js';
import { missingText, versusText, type ComparisonView } from './comparison-text.js';
import type { ExportData } from './export-controller.js';

export interface ComparedFigure {
  /** The figure's name ("Customers"). */
  label: string;
  /** The comparison range's figures of each member; `undefined` when the comparison has none for it. */
  compared: MemberComparison | undefined;
  /** The exported row's member key(s) ("Other": several) and current figure, by row index. */
  keys(row: number): string | readonly string[];
  current(row: number): number;
}

export function withComparison(
  exported: ExportData,
  view: ComparisonView,
  figures: readonly ComparedFigure[],
  words: { m: CompareText; format: Formatter; months: number },
): ExportData {
  const { mode, range } = view;
  if (!mode || !range || view.state === 'loading') return exported;
  const { m } = words;
  const columns = figures.flatMap((figure) => [
    { label: m.previousOf[mode](figure.label), kind: 'count' as const },
    { label: `${m.change} (${figure.label})`, kind: 'change' as const },
  ]);
  const rows = exported.table.rows.map((cells, i) => [
    ...cells,
    ...figures.flatMap((f) => (f.compared ? [f.compared.previous(f.keys(i)), f.compared.change(f.keys(i), f.current(i))] : [null, null])),
  ]);
  const versus = versusText(mode, words.months, m);
  const label = figures.every((f) => f.compared) ? versus : `${versus} — ${missingText(view, m, words.format)}`;
  return {
    ...exported,
    table: { ...exported.table, columns: [...exported.table.columns, ...columns], rows },
    comparison: { ...range, label },
  };
}
