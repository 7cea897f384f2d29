import type { Meta } from '@storybook/web-components-vite';
import '../src/elements/active-vs-total/define.js';
import { focusMonth, hoverMonth } from './support/month-chart.js';
import { renderFromManifest, stateStories } from './support/stories.js';
import { compareStory } from './support/compare.js';

const meta = {
  title: 'Elements/active-vs-total',
  component: 'active-vs-total',
  render: renderFromManifest('active-vs-total'),
} satisfies Meta;
export default meta;

const states = stateStories({ tag: 'active-vs-total', hostileTextVisible: false });

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

/** A month hovered: the band behind it, the line's marker grown, and the shared tooltip with both figures. */
export const Tooltip = { ...states.Data, name: 'Tooltip (a month hovered)', play: hoverMonth(4) };

/** The tooltip on a 320 px chart: too narrow beside the month, it spans the chart above the columns. */
export const TooltipNarrow = { ...states.Narrow, name: 'Tooltip, narrow (320 px)', play: hoverMonth(4) };

/** The months by keyboard: one tab stop, arrow keys move, Enter selects; the focused month is ringed and shows its figures. */
export const Keyboard = { ...states.Data, name: 'Keyboard (a month focused)', play: focusMonth(4) };

/** `compare="previous-period"`: the previous 12 months as hollow columns (a dotted line for lines) beside the current ones; the legend's last entry toggles them. */
export const Compare = { ...compareStory('active-vs-total', 'previous-period'), name: 'Compare: previous period' };

/** `compare="previous-year"`: the same months a year earlier. */
export const CompareYear = { ...compareStory('active-vs-total', 'previous-year'), name: 'Compare: a year earlier' };

/** The comparison in the dark theme. */
export const CompareDark = { ...compareStory('active-vs-total', 'previous-period', { dark: true }), name: 'Compare: dark theme' };

/** The comparison's words and numbers in Dutch ("Vorige 12 maanden", "vorige: 1.234, +4,1%"). */
export const CompareDutch = { ...compareStory('active-vs-total', 'previous-period', { locale: 'nl' }), name: 'Compare: locale nl' };

/** The endpoint has no data for the comparison range: no marks, a note under the legend, "previous: no data" in the tooltip (never 0). */
export const CompareNoData = {
  ...compareStory('active-vs-total', 'previous-period', { missing: true }),
  name: 'Compare: no comparison data',
};

/** A month hovered with the comparison on: each figure, its comparison and the change. */
export const CompareTooltip = { ...compareStory('active-vs-total', 'previous-year', { then: hoverMonth(6) }), name: 'Compare: tooltip' };
