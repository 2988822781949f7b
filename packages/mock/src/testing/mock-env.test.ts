import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupMockServer } from '../node';
import { TEST_BASE_URL } from './call-mock';
import { serveMockEnv } from './mock-env';
import { mockPaths } from './mock-paths';

const env = serveMockEnv({ beforeAll, afterEach, afterAll }, setupMockServer, { seed: 5 });

const login = (body: unknown) =>
  fetch(`${TEST_BASE_URL}${mockPaths.login}?source=test`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('serveMockEnv', () => {
  it('serves the backend through msw and records each request: path, method, JSON body', async () => {
    const answer = await login({ email: 'demo@mfa-kit.dev', password: 'mfa-kit-demo' });
    expect(answer.status).toBe(200);
    await fetch(`${TEST_BASE_URL}${mockPaths.devices}`);
    expect(env.requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
      `POST ${mockPaths.login}`,
      `GET ${mockPaths.devices}`,
    ]);
    expect(env.count(mockPaths.login)).toBe(1);
    expect(await env.bodies(mockPaths.login)).toEqual([
      { email: 'demo@mfa-kit.dev', password: 'mfa-kit-demo' },
    ]);
  });

  it('starts each test afresh: an empty log and outbox', () => {
    expect(env.requests).toEqual([]);
    expect(env.backend.outbox.messages()).toEqual([]);
  });

  it('runs the backend on its clock', async () => {
    const answer = await login({ email: 'demo@mfa-kit.dev', password: 'mfa-kit-demo' });
    const { mfaToken } = (await answer.json()) as { mfaToken: string };
    await fetch(`${TEST_BASE_URL}${mockPaths.emailCode}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mfaToken }),
    });
    expect(env.backend.outbox.latest()?.sentAt).toBe(env.clock.now());
    expect(env.latestCode()).toMatch(/^\d{6}$/);
  });

  it('fails a request the mock does not serve, and records only what goes below the base URL', async () => {
    await expect(fetch('https://elsewhere.example/api')).rejects.toThrow();
    expect(env.requests).toEqual([]);
  });
});
