import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type MockBackend, createMockBackend } from './backend';
import { TRACE_ID_HEADER } from './responses';

/** Options for {@link startMockHttpServer}. */
export interface MockHttpServerOptions {
  /** Default a fresh backend with the demo user. */
  backend?: MockBackend;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default 4010; 0 picks a free port. */
  port?: number;
}

/** A running mock server. */
export interface MockHttpServer {
  /** Base URL of the API, e.g. `http://127.0.0.1:4010/identity`: pass it to `createMfaClient({ baseUrl })`. */
  url: string;
  close(): Promise<void>;
}

const ALLOWED_HEADERS =
  'authorization, content-type, frontegg-user-id, frontegg-tenant-id, frontegg-vendor-host';
const EXPOSED_HEADERS = `${TRACE_ID_HEADER}, retry-after, x-rate-limit-reset`;
const MAX_BODY_BYTES = 1_000_000;

/** CORS for any origin, with credentials (the client sends `credentials: 'include'`, as Frontegg's cookie needs). */
function corsHeaders(origin: string | undefined): Record<string, string> {
  if (origin === undefined) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': EXPOSED_HEADERS,
    vary: 'Origin',
  };
}

async function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Keep reading past the limit (discarding) so the client can finish sending and then read the 413.
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
  }
  return size > MAX_BODY_BYTES ? 'too-large' : Buffer.concat(chunks);
}

function toFetchRequest(request: IncomingMessage, body: Buffer, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = request.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0;
  return new Request(new URL(request.url ?? '/', origin), {
    method,
    headers,
    ...(hasBody ? { body: new Uint8Array(body) } : {}),
  });
}

async function serve(
  backend: MockBackend,
  origin: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const cors = corsHeaders(request.headers.origin);
  if (request.method === 'OPTIONS') {
    response.writeHead(204, {
      ...cors,
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': '600',
    });
    response.end();
    return;
  }
  const body = await readBody(request);
  if (body === 'too-large') {
    response.writeHead(413, { ...cors, 'content-type': 'application/json; charset=utf-8' });
    response.end(
      JSON.stringify({ errors: ['The request body is too large'], errorCode: 'ER-01100' }),
    );
    return;
  }
  const answer = await backend.handle(toFetchRequest(request, body, origin));
  if (answer.type === 'error') {
    // The network fault: the client sees the connection drop, as with a real outage.
    request.socket.destroy();
    return;
  }
  const headers: Record<string, string> = { ...cors };
  answer.headers.forEach((value, name) => {
    headers[name] = value;
  });
  response.writeHead(answer.status, headers);
  response.end(Buffer.from(await answer.arrayBuffer()));
}

/**
 * Serves a backend over real HTTP with CORS, under the base path `/identity`, for anything that needs a port
 * (the demo against `pnpm mock:serve`, end-to-end tests). Resolves once listening.
 */
export async function startMockHttpServer(
  options: MockHttpServerOptions = {},
): Promise<MockHttpServer> {
  const backend = options.backend ?? createMockBackend();
  const host = options.host ?? '127.0.0.1';
  let origin = '';
  const server = createServer((request, response) => {
    serve(backend, origin, request, response).catch(() => {
      if (!response.headersSent)
        response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      response.end(
        JSON.stringify({ errors: ['The mock server failed to answer'], errorCode: 'ER-01198' }),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  origin = `http://${hostInUrl}:${port}`;
  return {
    url: `${origin}/identity`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}
