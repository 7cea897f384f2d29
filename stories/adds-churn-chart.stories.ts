import type { Meta } from '@storybook/web-components-vite';
import '../src/elements/adds-churn-chart/define.js';
import { focusMonth, hoverMonth } from './support/month-chart.js';
import { renderFromManifest, stateStories } from './support/stories.js';

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
export const KeyboardDutch = { ...states.Dutch, name: 'Keyboard, locale nl', play: focusMonth(4, /^[a-z]+ \d{4}: Nieuw [\d.]+, Verloren [\d.]+, Bestaand [\d.]+$/) };
