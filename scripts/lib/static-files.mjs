// What the loopback file servers share (test/node/helpers/server.mjs for page tests, bench/server.mjs for the
// bench): the path a request asks for, the file under the root it names, and the type that file is sent as.
import {extname, join, normalize} from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export const HTML_TYPE = TYPES['.html'];

/** The decoded path of a request's URL. */
export const requestPath = (request) => decodeURIComponent(new URL(request.url, 'http://localhost').pathname);

/** The file under `root` that `path` names; leading `..` segments cannot climb out of `root`. */
export const fileUnder = (root, path) => join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));

/** The Content-Type `file` is served with. */
export const contentType = (file) => TYPES[extname(file)] ?? 'application/octet-stream';

/**
 * Answers the browser's own favicon request with 204 (true when it did): browsers ask on every page, and a 404
 * would read as a console error.
 */
export function answeredFavicon(path, response) {
  if (path !== '/favicon.ico') return false;
  response.writeHead(204);
  response.end();
  return true;
}
