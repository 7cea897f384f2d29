import type { Meta } from '@storybook/web-components-vite';
import '../src/elements/adds-churn-chart/define.js';
import { focusMonth, hoverMonth } from './support/month-chart.js';
import { renderFromManifest, stateStories } from './support/stories.js';
import { compareStory } from './support/compare.js';

const meta = {
  title: 'Elements/adds-churn-chart',
  component: 'adds-churn-chart',
  render: renderFromManifest('adds-churn-chart'),
} satisfies Meta;
export default meta;

const states = stateStories({ tag: 'adds-churn-chart', hostileTextVisible: false });

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

/** The source dashboard's stacked columns (`view="stacked"`); the default is the change view. */
export const Stacked = { ...states.Data, name: 'Stacked view', args: { ...states.Data.args, view: 'stacked' } };

/** The title as a level-2 heading, for a page whose outline wants one. */
export const HeadingLevel = { ...states.Data, name: 'heading-level="2"', args: { ...states.Data.args, headingLevel: 2 } };

/** A month hovered: the band behind it, and the shared tooltip with each series' figure (churned as a count). */
export const Tooltip = { ...states.Data, name: 'Tooltip (a month hovered)', play: hoverMonth(4) };

/** The tooltip on a 320 px chart: too narrow beside the month, it spans the chart above the columns. */
export const TooltipNarrow = { ...states.Narrow, name: 'Tooltip, narrow (320 px)', play: hoverMonth(4) };

/** The months by keyboard: one tab stop, arrow keys move, Enter selects; the focused month is ringed and shows its figures. */
export const Keyboard = { ...states.Data, name: 'Keyboard (a month focused)', play: focusMonth(4) };

/** The same in Dutch: the month's name reads "… 2026: Nieuw …, Verloren …, Bestaand …". */
export const KeyboardDutch = {
  ...states.Dutch,
  name: 'Keyboard, locale nl',
  play: focusMonth(4, /^[a-z]+ \d{4}: Nieuw [\d.]+, Verloren [\d.]+, Bestaand [\d.]+$/),
};

/** `compare="previous-period"`: the previous 12 months as hollow columns (a dotted line for lines) beside the current ones; the legend's last entry toggles them. */
export const Compare = { ...compareStory('adds-churn-chart', 'previous-period'), name: 'Compare: previous period' };

/** `compare="previous-year"`: the same months a year earlier. */
export const CompareYear = { ...compareStory('adds-churn-chart', 'previous-year'), name: 'Compare: a year earlier' };

/** The comparison in the dark theme. */
export const CompareDark = { ...compareStory('adds-churn-chart', 'previous-period', { dark: true }), name: 'Compare: dark theme' };

/** The comparison's words and numbers in Dutch ("Vorige 12 maanden", "vorige: 1.234, +4,1%"). */
export const CompareDutch = { ...compareStory('adds-churn-chart', 'previous-period', { locale: 'nl' }), name: 'Compare: locale nl' };

/** The endpoint has no data for the comparison range: no marks, a note under the legend, "previous: no data" in the tooltip (never 0). */
export const CompareNoData = {
  ...compareStory('adds-churn-chart', 'previous-period', { missing: true }),
  name: 'Compare: no comparison data',
};

/** A month hovered with the comparison on: each figure, its comparison and the change. */
export const CompareTooltip = { ...compareStory('adds-churn-chart', 'previous-year', { then: hoverMonth(6) }), name: 'Compare: tooltip' };
