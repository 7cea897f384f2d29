import type { Meta } from '@storybook/web-components-vite';
import '../src/elements/distribution-trend/define.js';
import { hoverMonth, walkStacks } from './support/month-chart.js';
import { renderFromManifest, stateStories } from './support/stories.js';

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
