import type { Meta } from '@storybook/web-components-vite';
import '../src/elements/distribution-tabs/define.js';
import { comparisonStories, renderFromManifest, stateStories } from './support/stories.js';

const meta = {
  title: 'Elements/distribution-tabs',
  component: 'distribution-tabs',
  render: renderFromManifest('distribution-tabs'),
} satisfies Meta;
export default meta;

const states = stateStories({ tag: 'distribution-tabs' });

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

const compared = comparisonStories({ tag: 'distribution-tabs', args: { variant: 'bars' } });
export const Comparison = compared.Comparison;
export const ComparisonDark = compared.ComparisonDark;
export const ComparisonDutch = compared.ComparisonDutch;
export const NoComparisonData = compared.NoComparisonData;
export const InfoOpen = compared.InfoOpen;

// The donut shows each member's change in its legend and in the slice's name.
const donut = comparisonStories({ tag: 'distribution-tabs', args: { variant: 'donut' } });
export const DonutComparison = { ...donut.Comparison, name: 'Donut comparison: previous period' };
export const DonutComparisonDark = { ...donut.ComparisonDark, name: 'Donut comparison: dark' };
export const DonutComparisonDutch = { ...donut.ComparisonDutch, name: 'Donut comparison: locale nl' };
export const DonutNoComparisonData = { ...donut.NoComparisonData, name: 'Donut comparison: no data for it' };
