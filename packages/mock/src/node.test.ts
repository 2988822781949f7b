import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockBackend } from './backend';
import { mockServiceWorkerPath, setupMockServer } from './node';
import { mockPaths } from './testing';
import { DEMO_USER } from './users';

const backend = createMockBackend({ seed: 3 });
const server = setupMockServer(backend);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => backend.reset());
afterAll(() => server.close());

const login = (base: string) =>
  fetch(`${base}${mockPaths.login}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_USER.email, password: DEMO_USER.password }),
  });

describe('setupMockServer', () => {
  it.each([
    'https://api.frontegg.com/identity',
    'https://api.us.frontegg.com/identity',
    'https://app-xxx.frontegg.com/identity',
    'http://localhost:5173/identity',
    'http://127.0.0.1:4010/auth/identity',
  ])('answers fetch calls to %s', async (base) => {
    const response = await login(base);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ mfaRequired: true });
  });

  it('turns a network fault into a failed fetch', async () => {
    backend.faults.networkErrorNext(1);
    await expect(login('https://api.frontegg.com/identity')).rejects.toThrow(TypeError);
    expect((await login('https://api.frontegg.com/identity')).status).toBe(200);
  });

  it('answers unknown paths under /identity/resources itself, so nothing reaches a real server', async () => {
    const response = await fetch(
      'https://api.frontegg.com/identity/resources/auth/v1/user/mfa/totp',
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errorCode: 'ER-01105' });
  });
});

describe('mockServiceWorkerPath', () => {
  it("points at msw's worker script", () => {
    const path = mockServiceWorkerPath();
    expect(path).toMatch(/mockServiceWorker\.js$/);
    expect(existsSync(path)).toBe(true);
  });
});
