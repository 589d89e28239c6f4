// JavaScript data as a PHP literal, for the files the build generates into the WordPress plugin.

const phpString = (text) => `'${String(text).replace(/[\\']/g, '\\$&')}'`;

/** A PHP literal for strings, numbers, booleans, arrays and plain objects (keys kept as strings). */
export function phpValue(value, indent = '') {
  if (typeof value === 'string') return phpString(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const inner = `${indent}\t`;
  if (Array.isArray(value)) {
    if (!value.length) return 'array()';
    return `array(\n${value.map((item) => `${inner}${phpValue(item, inner)},`).join('\n')}\n${indent})`;
  }
  if (value == null) throw new TypeError(`no PHP literal for ${value}`);
  const entries = Object.entries(value);
  if (!entries.length) return 'array()';
  return `array(\n${entries.map(([key, item]) => `${inner}${phpString(key)} => ${phpValue(item, inner)},`).join('\n')}\n${indent})`;
}
