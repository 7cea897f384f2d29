// One entry alone brings every tag's JSX types and the kit's typed events (no other import of
// the package in this program: tsconfig.single.json compiles this file only).
import 'insights-widgets/kpi-card';

document.body.addEventListener('insights-select', (e) => e.detail.key?.toUpperCase());
document.body.addEventListener('insights-filter-change', (e) => e.detail.filters);
export const Tile = () => <kpi-card metric="active" ref={(el) => el?.retry()} />;
// @ts-expect-error: the detail is typed, not any
document.body.addEventListener('insights-select', (e) => e.detail.nope);
