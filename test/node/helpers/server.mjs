// A static file server on loopback for page-level tests: serves the repository (dist/, demo/, test pages)
// and lets a test add pages and response headers (e.g. a strict Content-Security-Policy).
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {answeredFavicon, contentType, fileUnder, HTML_TYPE, requestPath} from '../../../scripts/lib/static-files.mjs';

/**
 * Starts a server rooted at `root`. `pages` maps a path to {body, headers, pauseAfter} served before files
 * (`pauseAfter`: the body is sent in two parts, two seconds apart, split after this text);
 * `headers` are added to every response. Every request path is recorded in `requests`.
 */
export async function startServer({root = '.', pages = {}, headers = {}} = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = requestPath(request);
    requests.push(path);
    if (answeredFavicon(path, response)) return;
    const page = pages[path];
    if (page) {
      response.writeHead(200, {'content-type': HTML_TYPE, ...headers, ...page.headers});
      if (page.pauseAfter) {
        // As a slow network delivers a page: the browser parses, and may paint, what came before the pause.
        const at = page.body.indexOf(page.pauseAfter) + page.pauseAfter.length;
        response.write(page.body.slice(0, at));
        await new Promise((resolve) => setTimeout(resolve, 2000));
        response.end(page.body.slice(at));
      } else response.end(page.body);
      return;
    }
    const file = fileUnder(root, path);
    try {
      const body = await readFile(file);
      response.writeHead(200, {'content-type': contentType(file), ...headers});
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
