// A tiny static + mock-API server on 127.0.0.1 (port 0): the harness pages and the mock under /identity,
// same origin, every API request logged so the flows can be counted at the server, not in the page.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Starts the server. `getBackend()` is read per request, so a flow can swap in a fresh mock backend.
 * Returns its origin, the request log (method, path, status) and `close()`.
 */
export async function startBenchServer({ root, getBackend }) {
  const log = [];
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      // Frontegg's SDK puts its '/frontegg' prefix before '/identity'; the mock answers either.
      if (/^\/(?:frontegg\/)?identity\//.test(url.pathname)) {
        const body = await readBody(request);
        const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && body.length > 0;
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers)) {
          if (typeof value === 'string') headers.set(name, value);
        }
        const answer = await getBackend().handle(
          new Request(
            new URL(url.pathname.replace(/^\/frontegg/, '') + url.search, 'http://127.0.0.1'),
            { method: request.method, headers, body: hasBody ? body : undefined },
          ),
        );
        log.push({ method: request.method, path: url.pathname, status: answer.status });
        const payload = Buffer.from(await answer.arrayBuffer());
        response.writeHead(
          answer.status === 0 ? 502 : answer.status,
          Object.fromEntries(answer.headers),
        );
        response.end(payload);
        return;
      }
      const file = path.join(
        root,
        path.normalize(url.pathname === '/' ? '/index.html' : url.pathname),
      );
      if (!file.startsWith(root)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const content = await readFile(file);
        response.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        response.end(content);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${url.pathname}`);
      }
    })().catch((error) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
