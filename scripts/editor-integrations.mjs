// Analyzer plugins that turn custom-elements.json into what editors and TypeScript read (issue 18): VS Code's
// custom HTML data, JetBrains web-types and JSX typings. Run by `npm run manifest`, after our own plugins.
import {posix} from 'node:path';
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';
import {generateJsxTypes} from 'custom-element-jsx-integration';

/** Where each generated file lands (paths from the repository root, as `files` in package.json ships them). */
export const EDITOR_FILES = {
  vsCode: 'vscode.html-custom-data.json',
  webTypes: 'web-types.json',
  jsx: 'jsx/custom-elements.d.ts',
};

// Descriptions: each element's one-line `@summary` (the generators' default), which they follow with a `---` line
// that Markdown reads as a heading underline, so a longer text would show as one big heading.
const shared = {hideMethodDocs: true, hideLogs: true};

/**
 * The analyzer sees `new CustomEvent(...)` and records the type `CustomEvent`; each register.ts declares the real
 * one in `GlobalEventHandlersEventMap` (`'sensiq-faq-toggle': CustomEvent<SensiqFaqToggleDetail>`), so take it
 * from there and editors can tell what `event.detail` holds.
 */
function eventTypesFromEventMap() {
  const declared = new Map();
  return {
    name: 'sensiq-event-types-from-event-map',
    analyzePhase({ts, node}) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'GlobalEventHandlersEventMap') return;
      for (const member of node.members) {
        if (!member.type || !member.name || !ts.isStringLiteral(member.name)) continue;
        declared.set(member.name.text, member.type.getText());
      }
    },
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            if (declared.has(event.name)) event.type = {text: declared.get(event.name)};
          }
        }
      }
    },
  };
}

/**
 * JSX typings. The generator writes an event prop as `CustomEvent<type>`, so it expects the *detail* type where
 * the manifest (per its schema) has the event's type: hand it a copy with `CustomEvent<X>` unwrapped to `X`. It
 * imports `X` and each element's class from the class's typings, so attribute types are the properties' own.
 */
function jsxTypings() {
  const outdir = posix.dirname(EDITOR_FILES.jsx);
  return {
    name: 'sensiq-jsx-typings',
    packageLinkPhase({customElementsManifest}) {
      const manifest = structuredClone(customElementsManifest);
      const classModules = new Map();
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.tagName) classModules.set(declaration.name, module.path);
          for (const event of declaration.events ?? []) {
            const detail = event.type?.text.match(/^CustomEvent<(.+)>$/)?.[1];
            if (detail) event.type = {text: detail};
          }
        }
      }
      generateJsxTypes(manifest, {
        ...shared,
        outdir,
        fileName: posix.basename(EDITOR_FILES.jsx),
        componentTypePath: (name) => posix.relative(outdir, classModules.get(name)),
      });
    },
  };
}

export function editorIntegrations() {
  return [
    eventTypesFromEventMap(),
    // Attribute values come from the property types, so `theme` offers light, dark and auto.
    customElementVsCodePlugin({...shared, outdir: '.', htmlFileName: EDITOR_FILES.vsCode, cssFileName: null}),
    customElementJetBrainsPlugin({
      ...shared,
      outdir: '.',
      webTypesFileName: EDITOR_FILES.webTypes,
      // "Go to declaration" opens the class as a user imports it: through the package's exports map.
      modulePathTemplate: (name, modulePath) => modulePath.replace(/^build\/src\//, '@sensiq/embed/'),
    }),
    jsxTypings(),
  ];
}
