import type { Meta } from '@storybook/web-components-vite';
import '../src/elements/product-sunburst/define.js';
import { comparisonStories, renderFromManifest, stateStories } from './support/stories.js';

const meta = {
  title: 'Elements/product-sunburst',
  component: 'product-sunburst',
  render: renderFromManifest('product-sunburst'),
} satisfies Meta;
export default meta;

const states = stateStories({ tag: 'product-sunburst' });

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

const compared = comparisonStories({ tag: 'product-sunburst' });
export const Comparison = compared.Comparison;
export const ComparisonDark = compared.ComparisonDark;
export const ComparisonDutch = compared.ComparisonDutch;
export const NoComparisonData = compared.NoComparisonData;
export const InfoOpen = compared.InfoOpen;
