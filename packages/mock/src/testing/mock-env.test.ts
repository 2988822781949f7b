import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupMockServer } from '../node';
import { DEMO_USER } from '../users';
import { TEST_BASE_URL } from './call-mock';
import { serveMockEnv } from './mock-env';
import { mockPaths } from './mock-paths';

// The simplest client: JSON posts and gets below the base URL it is made with.
const env = serveMockEnv({
  hooks: { beforeAll, afterEach, afterAll },
  serve: setupMockServer,
  createClient: ({ baseUrl }: { baseUrl: string }) => ({
    baseUrl,
    get: (path: string) => fetch(`${baseUrl}${path}`),
    post: (path: string, body: unknown) =>
      fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
  }),
  backend: { seed: 5 },
});

const credentials = { email: DEMO_USER.email, password: DEMO_USER.password };

describe('serveMockEnv', () => {
  it('makes clients on TEST_BASE_URL', () => {
    expect(env.client().baseUrl).toBe(TEST_BASE_URL);
  });

  it('serves the backend through msw and records each request: path, method, JSON body', async () => {
    const client = env.client();
    expect((await client.post(`${mockPaths.login}?source=test`, credentials)).status).toBe(200);
    await client.get(mockPaths.devices);
    expect(env.requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
      `POST ${mockPaths.login}`,
      `GET ${mockPaths.devices}`,
    ]);
    expect(env.count(mockPaths.login)).toBe(1);
    expect(await env.bodies(mockPaths.login)).toEqual([credentials]);
  });

  it('starts each test afresh: an empty log and outbox', () => {
    expect(env.requests).toEqual([]);
    expect(env.backend.outbox.messages()).toEqual([]);
  });

  it('runs the backend on its clock', async () => {
    const client = env.client();
    const { mfaToken } = (await (await client.post(mockPaths.login, credentials)).json()) as {
      mfaToken: string;
    };
    await client.post(mockPaths.emailCode, { mfaToken });
    expect(env.backend.outbox.latest()?.sentAt).toBe(env.clock.now());
    expect(env.latestCode()).toMatch(/^\d{6}$/);
  });

  it('fails a request the mock does not serve, and records only what goes below the base URL', async () => {
    await expect(fetch('https://elsewhere.example/api')).rejects.toThrow();
    expect(env.requests).toEqual([]);
  });
});
