/**
 * Every story: the MSW worker with every scenario mounted under `/mock/<scenario>`, the
 * manifest for controls and autodocs, a theme toolbar (light/dark), an optional fixed width,
 * and the a11y checks failing the story tests on any violation.
 */
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { declarationOf, literalOptions, publicManifest } from '../stories/support/manifest.js';
import { allScenarioHandlers } from '../stories/support/msw.js';

setCustomElementsManifest(publicManifest());

/**
 * The story root: `color-scheme` for the theme (the kit's tokens use `light-dark()`), and the
 * width from `parameters.width` (e.g. 320 for the narrow stories).
 */
const withFrame: Decorator = (story, { globals, parameters }) => {
  const dark = globals.theme === 'dark';
  const style = {
    'color-scheme': dark ? 'dark' : 'light',
    // The tokens set `color-scheme: var(--insights-color-scheme, light dark)` on each host,
    // which follows the OS preference; pin it to the page's choice.
    '--insights-color-scheme': dark ? 'dark' : 'light',
    background: 'Canvas',
    color: 'CanvasText',
    padding: '16px',
    width: parameters.width ? `${parameters.width}px` : undefined,
    'box-sizing': 'content-box',
  };
  return html`<div class="story-root" data-theme=${dark ? 'dark' : 'light'} style=${styleMap(style)}>${story()}</div>`;
};

/**
 * Controls from the manifest: a CSS custom property gets a colour or text control (applied as
 * an inline style); an attribute or property typed as a union of string literals (the map's
 * `metric`) a select; read-only properties, events and CSS parts no control — their rows stay
 * in the docs table (events are logged in the Actions panel).
 */
const manifestControls: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes, component }) => {
  let readonly = new Set<string>();
  let mirrored = new Set<string>();
  const options = new Map<string, string[]>();
  try {
    if (typeof component === 'string') {
      const decl = declarationOf(component);
      readonly = new Set((decl.members ?? []).filter((m) => m.readonly).map((m) => m.name));
      // `atlasUrl` is also listed as its attribute `atlas-url`: one row, one control.
      mirrored = new Set((decl.members ?? []).filter((m) => m.attribute && m.attribute !== m.name).map((m) => m.name));
      for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
        const values = literalOptions(item.expandedType?.text ?? item.type?.text);
        if (values) options.set(item.name, values);
      }
    }
  } catch {
    // Not in the manifest (yet): the story still renders, without controls.
  }
  // Enhancers run after Storybook normalises argTypes: controls must be objects here.
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (category === 'css custom properties') {
        const type = /colou?r|series|geo-(\d|none|stroke|water)/i.test(name) ? 'color' : 'text';
        return [name, { ...argType, type: { name: 'string' }, control: { type } }];
      }
      if (category === 'events' || category === 'css shadow parts') return [name, { ...argType, control: false }];
      if (category === 'properties' && readonly.has(name)) return [name, { ...argType, control: false }];
      if (category === 'properties' && mirrored.has(name)) {
        return [name, { ...argType, control: false, table: { ...argType.table, disable: true } }];
      }
      if ((category === 'attributes' || category === 'properties') && options.has(name)) {
        return [name, { ...argType, options: options.get(name), control: { type: 'select' } }];
      }
      return [name, argType];
    }),
  );
};

const preview: Preview = {
  argTypesEnhancers: [manifestControls],
  loaders: [mswLoader()],
  decorators: [withFrame],
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the story root',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    msw: { handlers: { scenarios: allScenarioHandlers() } },
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { story: { inline: true } },
  },
};

export default preview;
