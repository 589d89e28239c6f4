// A static file server on loopback for page-level tests: serves the repository (dist/, demo/, test pages)
// and lets a test add pages and response headers (e.g. a strict Content-Security-Policy).
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
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

/**
 * Starts a server rooted at `root`. `pages` maps a path to {body, headers} served before files;
 * `headers` are added to every response. Every request path is recorded in `requests`.
 */
export async function startServer({root = '.', pages = {}, headers = {}} = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    requests.push(path);
    if (path === '/favicon.ico') {
      // Browsers ask for it on every page; a 404 would read as a console error.
      response.writeHead(204);
      response.end();
      return;
    }
    const page = pages[path];
    if (page) {
      response.writeHead(200, {'content-type': TYPES['.html'], ...headers, ...page.headers});
      response.end(page.body);
      return;
    }
    const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    try {
      const body = await readFile(file);
      response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers});
      response.end(body);
    } catch {
      response.writeHead(404, {'content-type': 'text/plain'});
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {origin, requests, pages, close: () => new Promise((resolve) => server.close(resolve))};
}
