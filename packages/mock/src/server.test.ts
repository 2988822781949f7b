import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockBackend } from './backend';
import { type MockHttpServer, startMockHttpServer } from './server';
import { mockPaths } from './testing';
import { DEMO_USER } from './users';

const backend = createMockBackend({ seed: 11 });
let server: MockHttpServer;

beforeAll(async () => {
  server = await startMockHttpServer({ backend, port: 0 });
});
afterAll(async () => {
  await server.close();
});

const origin = 'http://localhost:5173';
const login = (
  headers: Record<string, string> = {},
  body: string = JSON.stringify({ email: DEMO_USER.email, password: DEMO_USER.password }),
) =>
  fetch(`${server.url}${mockPaths.login}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('startMockHttpServer', () => {
  it('listens on an ephemeral port under /identity', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/identity$/);
    expect(server.url).not.toContain(':4010/');
  });

  it('answers a preflight for any origin, with credentials and the headers the client sends', async () => {
    const response = await fetch(`${server.url}${mockPaths.smsPreDisable('abc')}`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    const allowed = response.headers.get('access-control-allow-headers')?.split(/,\s*/) ?? [];
    expect(allowed).toEqual(
      expect.arrayContaining([
        'authorization',
        'content-type',
        'frontegg-user-id',
        'frontegg-tenant-id',
      ]),
    );
  });

  it('serves a real request with CORS headers that expose the rate-limit and trace headers', async () => {
    const response = await login({ origin });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ mfaRequired: true });
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('access-control-expose-headers')?.split(/,\s*/)).toEqual([
      'frontegg-trace-id',
      'retry-after',
      'x-rate-limit-reset',
    ]);
    expect(response.headers.get('frontegg-trace-id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('sends no CORS headers to a caller without an Origin', async () => {
    const response = await login();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('passes query strings and headers through: the remember-device policy and bearer routes work', async () => {
    const { mfaToken } = (await (await login()).json()) as { mfaToken: string };
    const policy = await fetch(
      `${server.url}${mockPaths.rememberDevicePolicy}?mfaToken=${encodeURIComponent(mfaToken)}`,
    );
    expect(await policy.json()).toEqual({
      isAllowedToRemember: true,
      mfaDeviceExpiration: 1_209_600,
    });
    const devices = await fetch(`${server.url}${mockPaths.devices}`, {
      headers: { authorization: 'Bearer vendor', 'frontegg-user-id': DEMO_USER.id },
    });
    expect(devices.status).toBe(200);
  });

  it('answers the SMS disable verify with an empty 200 over the wire', async () => {
    const vendor = {
      authorization: 'Bearer vendor',
      'frontegg-user-id': DEMO_USER.id,
      'frontegg-tenant-id': DEMO_USER.tenantId,
      'content-type': 'application/json',
    };
    const deviceId = DEMO_USER.phones[1].id;
    const pre = await fetch(`${server.url}${mockPaths.smsPreDisable(deviceId)}`, {
      method: 'POST',
      headers: vendor,
      body: '{}',
    });
    const { otcToken } = (await pre.json()) as { otcToken: string };
    const code = backend.outbox.latest({ channel: 'sms' })?.code;
    const verify = await fetch(`${server.url}${mockPaths.smsDisableVerify(deviceId)}`, {
      method: 'POST',
      headers: vendor,
      body: JSON.stringify({ otcToken, code }),
    });
    expect(verify.status).toBe(200);
    expect(await verify.text()).toBe('');
  });

  it('drops the connection for a network fault', async () => {
    backend.faults.networkErrorNext(1, { route: 'login' });
    await expect(login()).rejects.toThrow(TypeError);
    expect((await login()).status).toBe(200);
  });

  it('answers 404 with an error body for other paths', async () => {
    const response = await fetch(`${server.url.replace('/identity', '')}/health`, {
      headers: { origin },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(await response.json()).toMatchObject({ errorCode: 'ER-01105' });
  });

  it('answers 413 for a body over a megabyte', async () => {
    const response = await login(
      {},
      JSON.stringify({ email: 'x'.repeat(1_100_000), password: 'p' }),
    );
    expect(response.status).toBe(413);
  });

  it('reports a port that is taken', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startMockHttpServer({ backend, port })).rejects.toThrow(/EADDRINUSE/);
  });
});
