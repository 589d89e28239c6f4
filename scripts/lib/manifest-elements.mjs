// The elements and their attributes as custom-elements.json describes them (generated from the classes'
// JSDoc by `npm run manifest`): the one table the platform packages are generated from.
import {readFileSync} from 'node:fs';

/**
 * An attribute's manifest type as {type: 'boolean' | 'number' | 'string', values?}: `values` lists the
 * allowed strings when the type is a union of string literals ('light' | 'dark' | 'auto').
 */
export function attributeType(text = 'string') {
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length && parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) {
    return {type: 'string', values: parts.map((part) => part.slice(1, -1))};
  }
  return {type: parts.length === 1 && ['boolean', 'number'].includes(parts[0]) ? parts[0] : 'string'};
}

/**
 * Every element in the manifest, by tag: {tag, summary, attributes: [{name, type, values?, description,
 * default?}]}, attributes in the manifest's order (the element's own, then the inherited ones).
 */
export function manifestElements(file = 'custom-elements.json') {
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  return new Map(
    declarations.map((declaration) => [
      declaration.tagName,
      {
        tag: declaration.tagName,
        summary: declaration.summary ?? '',
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          ...attributeType(attribute.type?.text),
          description: attribute.description ?? '',
          ...(attribute.default === undefined ? {} : {default: attribute.default}),
        })),
      },
    ])
  );
}
