// `npm run manifest` (part of `npm run build`): custom-elements.json, read by editors, Storybook and the
// package's "customElements" field. Generated from the classes' JSDoc; never edited or committed.
import {editorIntegrations} from './scripts/editor-integrations.mjs';
import {contentRevisions} from './scripts/compile-content.mjs';

/**
 * Our register.ts modules call `defineElement(tag, Class)` (src/internal/define.ts), which the analyzer
 * does not know: record each call as the module's custom-element definition and give the class its tag.
 */
function defineElementCalls() {
  const definitions = [];
  return {
    name: 'sensiq-define-element',
    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !constructor || !ts.isIdentifier(constructor)) return;
      const definition = {kind: 'custom-element-definition', name: tag.text, declaration: {name: constructor.text}};
      moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
      definitions.push(definition);
    },
    packageLinkPhase({customElementsManifest}) {
      const classes = customElementsManifest.modules.flatMap((module) =>
        (module.declarations ?? []).filter((d) => d.kind === 'class').map((declaration) => ({module, declaration}))
      );
      for (const definition of definitions) {
        const found = classes.find(({declaration}) => declaration.name === definition.declaration.name);
        if (!found) continue;
        definition.declaration.module = found.module.path;
        Object.assign(found.declaration, {tagName: definition.name, customElement: true});
      }
      // Re-exports (register.ts re-exports its class) point at the module that declares the class.
      for (const module of customElementsManifest.modules) {
        for (const exported of module.exports ?? []) {
          const declared = classes.find(({declaration}) => declaration.name === exported.declaration.name);
          if (exported.kind === 'js' && declared) exported.declaration.module = declared.module.path;
        }
      }
      // The base class is not an element by itself.
      for (const {declaration} of classes) if (!declaration.tagName) delete declaration.customElement;
    },
  };
}

/**
 * Reactive state declared in `static properties` with `state: true` (private or protected fields) is not an
 * attribute, but the analyzer lists it as one: keep the attribute list to the public API.
 */
function stateIsNotAnAttribute() {
  return {
    name: 'sensiq-state-is-not-an-attribute',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const hidden = new Set(
            (declaration.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name)
          );
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
          for (const member of declaration.members ?? []) if (hidden.has(member.name)) delete member.attribute;
        }
      }
    },
  };
}

/**
 * The analyzer records every dispatchEvent as an event of the element; the settings request SensiqElement
 * sends to a provider (@lit/context's protocol) is not one the page can listen to. Our events are `sensiq-…`.
 */
function onlyOurEvents() {
  return {
    name: 'sensiq-only-our-events',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events)
            declaration.events = declaration.events.filter((event) => event.name?.startsWith('sensiq-'));
        }
      }
    },
  };
}

/**
 * Which text the elements show: every element's declaration gets `sensiqContent`, by article slug, the revision
 * of the source file (12 hex digits of its SHA-256) and its retrieval date, as window.SensIQ.content has them.
 */
function contentRevision() {
  return {
    name: 'sensiq-content-revision',
    packageLinkPhase({customElementsManifest}) {
      const content = contentRevisions();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? [])
          if (declaration.tagName) declaration.sensiqContent = content;
      }
    },
  };
}

/** Module paths as the package ships them: the compiled build/src/**.js, not the TypeScript sources. */
function shippedPaths() {
  const shipped = (path) => path.replace(/^src\/(.*)\.ts$/, 'build/src/$1.js');
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const key of ['path', 'module']) if (typeof value[key] === 'string') value[key] = shipped(value[key]);
      Object.values(value).forEach(visit);
    }
  };
  return {
    name: 'sensiq-shipped-paths',
    packageLinkPhase: ({customElementsManifest}) => visit(customElementsManifest.modules),
  };
}

/**
 * Modules in path order: the analyzer lists them in the order the file system returned them, which differs between
 * machines, and the editor files (VS Code completes tags in their order) and the docs follow it.
 */
function modulesInPathOrder() {
  return {
    name: 'sensiq-modules-in-path-order',
    packageLinkPhase: ({customElementsManifest}) =>
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}

export default {
  // The base class is analysed too, so every element lists the attributes it inherits; the events module for the
  // events' detail types (editor-integrations.mjs reads them from its GlobalEventHandlersEventMap).
  globs: [
    'src/components/**/*.ts',
    'src/internal/sensiq-element.ts',
    'src/internal/cta-element.ts',
    'src/internal/events.ts',
  ],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    modulesInPathOrder(),
    defineElementCalls(),
    stateIsNotAnAttribute(),
    onlyOurEvents(),
    contentRevision(),
    shippedPaths(),
    ...editorIntegrations(),
  ],
};
