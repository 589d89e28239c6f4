// The bench's static server: the repository on loopback, compressed as a CDN would send it (brotli 11 when the
// browser accepts it, else gzip 9), so that a throttled network carries the bytes a real visitor downloads.
// Compressed bodies are cached in memory for the run.
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {answeredFavicon, contentType, fileUnder, requestPath} from '../scripts/lib/static-files.mjs';

const ENCODERS = {
  br: (body) => brotliCompressSync(body, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}),
  gzip: (body) => gzipSync(body, {level: 9}),
};

/** Starts the server on a free loopback port; `sent` counts the bytes put on the wire per path. */
export async function startBenchServer({root = '.'} = {}) {
  const cache = new Map(); // "encoding path mtime" -> body
  const sent = new Map();
  const server = createServer(async (request, response) => {
    const path = requestPath(request);
    if (answeredFavicon(path, response)) return;
    const file = fileUnder(root, path);
    let body, mtime;
    try {
      [body, {mtimeMs: mtime}] = await Promise.all([readFile(file), stat(file)]);
    } catch {
      response.writeHead(404, {'content-type': 'text/plain'});
      response.end('not found');
      return;
    }
    const headers = {
      'content-type': contentType(file),
      'cache-control': 'no-store',
      vary: 'accept-encoding',
    };
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = Object.keys(ENCODERS).find((name) => new RegExp(`\\b${name}\\b`).test(accepted));
    if (encoding) {
      const key = `${encoding} ${file} ${mtime}`;
      if (!cache.has(key)) cache.set(key, ENCODERS[encoding](body));
      body = cache.get(key);
      headers['content-encoding'] = encoding;
    }
    headers['content-length'] = body.length;
    sent.set(path, body.length);
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    sent,
    close: () => new Promise((resolve) => (server.close(resolve), server.closeAllConnections())),
  };
}
