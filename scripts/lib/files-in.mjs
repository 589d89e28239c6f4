// A folder's files as the build, the release and their tests name them: relative, with forward slashes.
import {readdirSync} from 'node:fs';
import {join, relative, sep} from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function filesIn(dir) {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(dir, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join('/')
    )
    .sort();
}
