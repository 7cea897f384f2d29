/**
 * Custom Elements Manifest analyzer config. Output: `custom-elements.json` at the repo root,
 * read by Storybook (controls + autodocs), `scripts/readme-elements.mjs` and
 * `test-node/manifest.test.ts`. Generated (`npm run manifest`), not hand-edited.
 *
 * - Only `src/**` is crawled: the default globs crawl dist/ and everything else (slow, wrong).
 * - `packagejson: false`: otherwise the analyzer rewrites package.json to add `customElements`.
 * - Small plugins teach the analyzer this kit's idioms, which it cannot see on its own:
 *   `defineElement('tag', Class)` (src/elements/shared/define-element.ts) instead of
 *   `customElements.define`, filter-context's `@listProperty('attr')` decorator (a wrapper of
 *   Lit's `@property` with a comma-list converter), and the event types of `InsightsEventMap`
 *   (src/events/events.ts) for every `@event` that names one of the kit's events.
 * - `cem-plugin-expanded-types` adds `expandedType` (aliases spelled out, e.g. the map's
 *   `metric`: `'customers' | 'active' | 'added'`): Storybook's selects and the editors' value
 *   lists read it. It needs the TypeScript program, hence `overrideModuleCreation`.
 */
import { resolve } from 'node:path';
import { expandTypesPlugin, getTsProgram } from 'cem-plugin-expanded-types';

/** `defineElement('kpi-card', KpiCard)` → a custom-element-definition export (gives the tag). */
function defineElementCallsPlugin() {
  return {
    name: 'insights - defineElement() calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !ts.isStringLiteral(tagArg) || !classArg || !ts.isIdentifier(classArg)) return;
      const className = classArg.text;
      const imported = context?.imports?.find((i) => i.name === className);
      const where = imported
        ? imported.isBareModuleSpecifier
          ? { package: imported.importPath }
          : { module: new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname.replace(/^\//, '') }
        : { module: moduleDoc.path };
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tagArg.text, declaration: { name: className, ...where } },
      ];
    },
  };
}

/** `@listProperty('partner-location') partnerLocation: string[]` → attribute + reflects. */
function listPropertyPlugin() {
  return {
    name: 'insights - @listProperty()',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations?.find((d) => d.name === node.name.text);
      if (!classDoc) return;
      for (const member of node.members) {
        const decorator = (member.modifiers ?? []).find(
          (m) => ts.isDecorator(m) && ts.isCallExpression(m.expression) && m.expression.expression.getText() === 'listProperty',
        );
        const arg = decorator?.expression.arguments[0];
        if (!arg || !ts.isStringLiteral(arg)) continue;
        const field = classDoc.members?.find((f) => f.name === member.name?.getText());
        if (!field) continue;
        field.attribute = arg.text;
        field.reflects = true;
        classDoc.attributes = [
          ...(classDoc.attributes ?? []),
          {
            name: arg.text,
            type: { text: 'string' },
            description: `${field.description ?? ''} Comma-separated member keys.`.trim(),
            fieldName: field.name,
          },
        ];
      }
    },
  };
}

/**
 * `defineElement()` itself calls `customElements.define(tag, ctor)` with variables; the core
 * analyzer reads that as a definition of an element named "tag". Drop definitions whose name
 * is not a valid custom element name (a literal with a hyphen).
 */
function dropNonLiteralDefinitionsPlugin() {
  return {
    name: 'insights - drop non-literal definitions',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.exports = (mod.exports ?? []).filter(
          (e) => e.kind !== 'custom-element-definition' || /^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(e.name),
        );
      }
    },
  };
}

/**
 * `interface InsightsEventMap { 'insights-select': CustomEvent<SelectDetail> }` in
 * src/events/events.ts → `type: { text: 'CustomEvent<SelectDetail>' }` on every documented
 * `@event insights-select` that has no type of its own.
 */
function kitEventTypesPlugin() {
  const types = new Map();
  return {
    name: 'insights - event types from InsightsEventMap',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'InsightsEventMap') return;
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.name && ts.isStringLiteral(member.name) && member.type) {
          types.set(member.name.text, member.type.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const event of decl.events ?? []) {
            if (!event.type && types.has(event.name)) event.type = { text: types.get(event.name) };
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dependencies: false,
  quiet: true,
  overrideModuleCreation: ({ ts, globs }) => {
    const wanted = new Set(globs.map((file) => resolve(file)));
    return getTsProgram(ts, globs, 'tsconfig.json')
      .getSourceFiles()
      .filter((sf) => wanted.has(resolve(sf.fileName)));
  },
  plugins: [
    defineElementCallsPlugin(),
    listPropertyPlugin(),
    dropNonLiteralDefinitionsPlugin(),
    kitEventTypesPlugin(),
    expandTypesPlugin({ hideLogs: true }),
  ],
};
