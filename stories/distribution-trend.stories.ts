import type { Meta } from '@storybook/web-components-vite';
import '../src/elements/distribution-trend/define.js';
import { hoverMonth, walkStacks } from './support/month-chart.js';
import { renderFromManifest, stateStories } from './support/stories.js';
import { compareStory } from './support/compare.js';

const meta = {
  title: 'Elements/distribution-trend',
  component: 'distribution-trend',
  render: renderFromManifest('distribution-trend'),
} satisfies Meta;
export default meta;

const states = stateStories({ tag: 'distribution-trend', hostileArgs: { dimension: 'segment' } });

export const Data = states.Data;
export const Loading = states.Loading;
export const Reloading = states.Reloading;
export const Empty = states.Empty;
export const ServerError = states.ServerError;
export const BadRequest = states.BadRequest;
export const NetworkError = states.NetworkError;
export const Malformed = states.Malformed;
export const NotJson = states.NotJson;
export const Hostile = states.Hostile;
export const Dark = states.Dark;
export const Dutch = states.Dutch;
export const Narrow = states.Narrow;
export const ManyMembers = states.ManyMembers;

/** A month hovered over its lowest stack: that stack outlined, the tooltip listing every stack of the month, the hovered one in bold. */
export const Tooltip = { ...states.Data, name: 'Tooltip (a stack hovered)', play: hoverMonth(4) };

/** The tooltip on a 320 px chart: too narrow beside the month, it spans the chart above the columns. */
export const TooltipNarrow = { ...states.Narrow, name: 'Tooltip, narrow (320 px)', play: hoverMonth(4) };

/** By keyboard: a month focused, ↑ twice walks to its second stack (ringed); the month's name reads that member and figure; Enter would select it. */
export const Keyboard = { ...states.Data, name: 'Keyboard (a stack walked to with ↑)', play: walkStacks(4, 2) };

/** The same in Dutch: the month's name reads "… 2026: <member> 1.234". */
export const KeyboardDutch = { ...states.Dutch, name: 'Keyboard, locale nl', play: walkStacks(4, 2, /^[a-z]+ \d{4}: .+ [\d.]+$/) };

/** `compare="previous-period"`: the previous 12 months as hollow columns (a dotted line for lines) beside the current ones; the legend's last entry toggles them. */
export const Compare = { ...compareStory('distribution-trend', 'previous-period'), name: 'Compare: previous period' };

/** `compare="previous-year"`: the same months a year earlier. */
export const CompareYear = { ...compareStory('distribution-trend', 'previous-year'), name: 'Compare: a year earlier' };

/** The comparison in the dark theme. */
export const CompareDark = { ...compareStory('distribution-trend', 'previous-period', { dark: true }), name: 'Compare: dark theme' };

/** The comparison's words and numbers in Dutch ("Vorige 12 maanden", "vorige: 1.234, +4,1%"). */
export const CompareDutch = { ...compareStory('distribution-trend', 'previous-period', { locale: 'nl' }), name: 'Compare: locale nl' };

/** The endpoint has no data for the comparison range: no marks, a note under the legend, "previous: no data" in the tooltip (never 0). */
export const CompareNoData = {
  ...compareStory('distribution-trend', 'previous-period', { missing: true }),
  name: 'Compare: no comparison data',
};

/** A month hovered with the comparison on: each figure, its comparison and the change. */
export const CompareTooltip = { ...compareStory('distribution-trend', 'previous-year', { then: hoverMonth(6) }), name: 'Compare: tooltip' };
