import { createMockBackend, DEMO_USER, type MockBackend } from '@mfa-kit/mock';
import { mockPaths } from '@mfa-kit/mock/testing';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRequestEvents, observedFetch } from '../backend/request-events';
import { SimulateMenu } from './simulate-menu';

const VERIFY = `http://localhost/identity${mockPaths.emailCodeVerify}`;
const LOGIN = `http://localhost/identity${mockPaths.login}`;

let backend: MockBackend;
let send: (url: string, body: unknown) => Promise<Response>;

beforeEach(() => {
  backend = createMockBackend({ seed: 7 });
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) =>
    backend.handle(new Request(input, init)),
  );
  const requests = createRequestEvents();
  const fetchObserved = observedFetch(requests, Promise.resolve());
  send = (url, body) =>
    act(() =>
      fetchObserved(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  render(<SimulateMenu backend={backend} requests={requests} />);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function arm(label: RegExp): Promise<void> {
  const user = userEvent.setup();
  await user.selectOptions(
    screen.getByLabelText('Make the next request fail as'),
    screen.getByRole('option', { name: label }),
  );
  await user.click(screen.getByRole('button', { name: 'Arm' }));
}

const errorCodeOf = async (response: Response): Promise<unknown> =>
  ((await response.json()) as { errorCode?: unknown }).errorCode;

describe('SimulateMenu', () => {
  it('makes the next code check fail as a wrong code, once, then says it was applied', async () => {
    await arm(/wrong code/i);
    expect(screen.getByRole('status').textContent).toMatch(/^Armed: .*refused as wrong/);
    const first = await send(VERIFY, { mfaToken: 'm', otcToken: 'o', code: '123456' });
    expect(first.status).toBe(400);
    // The backend's own tenant-style code, unknown to the client.
    expect(await errorCodeOf(first)).toBe(backend.errorCodes.invalidCode);
    expect(screen.getByRole('status').textContent).toMatch(
      /Applied “Wrong code” to POST …\/auth\/v1\/user\/mfa\/emailcode\/verify/,
    );
    const second = await send(VERIFY, { mfaToken: 'm', otcToken: 'o', code: '123456' });
    expect(await errorCodeOf(second)).not.toBe(backend.errorCodes.invalidCode);
  });

  it('leaves requests that check no code alone while a code fault is armed', async () => {
    await arm(/expired code/i);
    const login = await send(LOGIN, { email: DEMO_USER.email, password: DEMO_USER.password });
    expect(login.status).toBe(200);
    expect(screen.getByRole('status').textContent).toMatch(/^Armed:/);
    const verify = await send(VERIFY, { mfaToken: 'm', otcToken: 'o', code: '123456' });
    expect(await errorCodeOf(verify)).toBe(backend.errorCodes.expired);
  });

  it('rate-limits the next request with the wait in Retry-After', async () => {
    await arm(/rate limited/i);
    const response = await send(LOGIN, { email: DEMO_USER.email, password: DEMO_USER.password });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('20');
  });

  it('fails the next request at the network level', async () => {
    await arm(/network error/i);
    await expect(
      send(LOGIN, { email: DEMO_USER.email, password: DEMO_USER.password }),
    ).resolves.toHaveProperty('type', 'error');
    expect(
      (await send(LOGIN, { email: DEMO_USER.email, password: DEMO_USER.password })).status,
    ).toBe(200);
  });

  it('answers with a server error', async () => {
    await arm(/server error/i);
    expect(
      (await send(LOGIN, { email: DEMO_USER.email, password: DEMO_USER.password })).status,
    ).toBe(500);
  });

  it('slows only the next request down', async () => {
    await arm(/slow answer/i);
    const started = performance.now();
    await send(LOGIN, { email: DEMO_USER.email, password: DEMO_USER.password });
    expect(performance.now() - started).toBeGreaterThanOrEqual(2900);
    const again = performance.now();
    await send(LOGIN, { email: DEMO_USER.email, password: DEMO_USER.password });
    expect(performance.now() - again).toBeLessThan(1000);
  });

  it('disarms on request, so the next request succeeds', async () => {
    await arm(/server error/i);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Disarm' }));
    expect(screen.getByRole('status').textContent).toMatch(/Disarmed/);
    expect(
      (await send(LOGIN, { email: DEMO_USER.email, password: DEMO_USER.password })).status,
    ).toBe(200);
  });
});
