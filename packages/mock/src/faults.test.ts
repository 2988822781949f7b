import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockBackend } from './backend';
import { MOCK_ERROR_CODES } from './errors';
import { loginDemoUser, mockPaths } from './testing';
import { postJson, readJson } from './test-helpers';
import { DEMO_USER } from './users';

const credentials = { email: DEMO_USER.email, password: DEMO_USER.password };

describe('faults', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('failNext answers the given status, body and headers for the next N calls, then the real thing', async () => {
    const backend = createMockBackend();
    backend.faults.failNext(2, {
      status: 503,
      body: { errors: ['Down for maintenance'], errorCode: 'ER-00500' },
      headers: { 'retry-after': '5' },
    });

    for (let call = 0; call < 2; call += 1) {
      const response = await postJson(backend, mockPaths.login, credentials);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(response.headers.get('frontegg-trace-id')).toMatch(/^[0-9a-f]{32}$/);
      expect(await response.json()).toEqual({
        errors: ['Down for maintenance'],
        errorCode: 'ER-00500',
      });
    }
    expect((await postJson(backend, mockPaths.login, credentials)).status).toBe(200);
  });

  it('failNext without a body sends a Frontegg-shaped error body', async () => {
    const backend = createMockBackend();
    backend.faults.failNext(1, { status: 500 });
    const response = await postJson(backend, mockPaths.login, credentials);
    expect(await response.json()).toEqual({
      errors: ['Injected fault: HTTP 500'],
      errorCode: MOCK_ERROR_CODES.injectedFault,
    });
  });

  it('a scoped fault waits for its route and leaves the others alone', async () => {
    const backend = createMockBackend();
    backend.faults.failNext(1, { status: 500 }, { route: 'email-code' });
    const mfaToken = await loginDemoUser(backend);
    expect((await postJson(backend, mockPaths.emailCode, { mfaToken })).status).toBe(500);
    expect((await postJson(backend, mockPaths.emailCode, { mfaToken })).status).toBe(201);
  });

  it('a fault does not change state: the failed send sent nothing', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginDemoUser(backend);
    backend.faults.failNext(1, { status: 502 });
    await postJson(backend, mockPaths.emailCode, { mfaToken });
    expect(backend.outbox.messages()).toEqual([]);
  });

  it('faults are used in the order they were queued', async () => {
    const backend = createMockBackend();
    backend.faults.failNext(1, { status: 500 });
    backend.faults.failNext(1, { status: 503 });
    const statuses = [];
    for (let call = 0; call < 3; call += 1)
      statuses.push((await postJson(backend, mockPaths.login, credentials)).status);
    expect(statuses).toEqual([500, 503, 200]);
  });

  it('networkErrorNext resolves to a network error response', async () => {
    const backend = createMockBackend();
    backend.faults.networkErrorNext(1);
    const response = await postJson(backend, mockPaths.login, credentials);
    expect(response.type).toBe('error');
    expect((await postJson(backend, mockPaths.login, credentials)).status).toBe(200);
  });

  it('malformedNext answers the success status with a body that does not parse', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginDemoUser(backend);
    backend.faults.malformedNext(1, { route: 'email-code' });
    const response = await postJson(backend, mockPaths.emailCode, { mfaToken });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toContain('application/json');
    const text = await response.text();
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it('schemaBreakNext answers the success status with JSON that breaks the schema', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginDemoUser(backend);
    backend.faults.schemaBreakNext(1);
    const response = await postJson(backend, mockPaths.emailCode, { mfaToken });
    expect(response.status).toBe(201);
    expect(await readJson<Record<string, unknown>>(response)).toEqual({ otcToken: 42 });
  });

  it('latency delays answers on the backend clock of timers', async () => {
    vi.useFakeTimers();
    const backend = createMockBackend();
    backend.faults.latency(2_000, { route: 'login' });
    let settled = false;
    const pending = postJson(backend, mockPaths.login, credentials).then((response) => {
      settled = true;
      return response;
    });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
  });

  it('latency(0) removes the delay and clear() removes every fault', async () => {
    vi.useFakeTimers();
    const backend = createMockBackend();
    backend.faults.latency(5_000);
    backend.faults.latency(0);
    backend.faults.failNext(3, { status: 500 });
    backend.faults.clear();
    const response = await postJson(backend, mockPaths.login, credentials);
    expect(response.status).toBe(200);
  });

  it('rejects counts and statuses that make no sense, with the reason', () => {
    const { faults } = createMockBackend();
    expect(() => faults.failNext(0, { status: 500 })).toThrow(
      'faults.failNext: count must be a positive integer, got 0',
    );
    expect(() => faults.networkErrorNext(1.5)).toThrow(RangeError);
    expect(() => faults.failNext(1, { status: 42 })).toThrow(
      'status must be an integer from 200 to 599',
    );
    expect(() => faults.latency(-1)).toThrow('faults.latency: ms must be a finite number >= 0');
  });
});
