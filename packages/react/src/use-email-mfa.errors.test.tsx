// Each error kind end to end: the mock answers (or a fault stands in), the client classifies, the flow reacts.
// The mock's fixed codes are mapped here, as an app that knows its tenant's codes would map them; the default
// path (no map) is in use-email-mfa.refused-codes.test.tsx.
import { MOCK_ERROR_CODE_KINDS } from '@mfa-kit/mock';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { loginDemoUser, mockPaths, wrongCode } from '@mfa-kit/mock/testing';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import type { MockEnv } from './test/mock-env.js';
import { useEmailMfa } from './use-email-mfa.js';
import type { UseEmailMfaOptions } from './use-email-mfa.js';

// The server is stricter than the flow thinks: a longer resend cooldown (so a resend meets a real 429) and a
// shorter code life (so a code the flow still counts as live meets a real "expired").
const env: MockEnv = setupMockEnv({
  resendCooldownMs: 60_000,
  codeTtlMs: 120_000,
  maxAttempts: 3,
  errorCodeStyle: 'mock',
});

async function codeSent(options: Partial<UseEmailMfaOptions> = {}, clientTimeoutMs?: number) {
  const client = env.client({
    errorCodeKinds: MOCK_ERROR_CODE_KINDS,
    ...(clientTimeoutMs === undefined ? {} : { timeoutMs: clientTimeoutMs }),
  });
  const mfaToken = await loginDemoUser(env.backend);
  const view = renderMfaHook(
    () => useEmailMfa({ mfaToken, clock: env.clock, maxAttempts: 3, ...options }),
    {
      client,
    },
  );
  if (options.autoSend !== false) {
    await waitFor(() => expect(view.result.current.step).not.toBe('sending'));
  }
  return view;
}

const settled = (step: string) => step !== 'sending' && step !== 'verifying';

describe('useEmailMfa: every error kind, with the mock codes mapped', () => {
  test('invalid-code: stays on code-sent with one attempt fewer, and the right code still works', async () => {
    const { result } = await codeSent();
    act(() => {
      result.current.verifyCode({ code: wrongCode(env.latestCode()) });
    });
    await waitFor(() => expect(settled(result.current.step)).toBe(true));
    expect(result.current).toMatchObject({
      step: 'code-sent',
      attemptsLeft: 2,
      canVerify: true,
      failedAction: 'verify',
    });
    expect(result.current.error).toMatchObject({ kind: 'invalid-code', message: 'Invalid code' });
    expect(result.current.retry()).toBe(false);

    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    expect(result.current.error).toBeNull();
    await waitFor(() => expect(result.current.step).toBe('verified'));
    expect(env.count(mockPaths.emailCodeVerify)).toBe(2);
  });

  test('expired (server): asks for a new code at once, which then verifies', async () => {
    const { result } = await codeSent();
    act(() => env.clock.advance(121_000));
    expect(result.current.canVerify).toBe(true); // the flow still counts 10 minutes; the server says 2
    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    await waitFor(() => expect(settled(result.current.step)).toBe(true));
    expect(result.current).toMatchObject({
      step: 'failed',
      canVerify: false,
      canResend: true,
      resendInSeconds: 0,
    });
    expect(result.current.error?.kind).toBe('expired');

    act(() => {
      result.current.resendCode();
    });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    await waitFor(() => expect(result.current.step).toBe('verified'));
  });

  test('too-many-attempts: no more checks of this code, a new one after the cooldown', async () => {
    const { result } = await codeSent();
    const right = env.latestCode();
    for (const wrong of ['000000', '111111', '222222', '333333']
      .filter((code) => code !== right)
      .slice(0, 3)) {
      act(() => {
        result.current.verifyCode({ code: wrong });
      });
      await waitFor(() => expect(settled(result.current.step)).toBe(true));
    }
    expect(result.current).toMatchObject({ step: 'failed', attemptsLeft: 0, canVerify: false });
    expect(result.current.error?.kind).toBe('too-many-attempts');
    act(() => {
      expect(result.current.verifyCode({ code: env.latestCode() })).toBe(false);
      expect(result.current.retry()).toBe(false);
    });
    expect(env.count(mockPaths.emailCodeVerify)).toBe(3);

    act(() => env.clock.advance(60_000));
    expect(result.current.canResend).toBe(true);
    act(() => {
      result.current.resendCode();
    });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(result.current).toMatchObject({ attemptsLeft: 3, canVerify: true, error: null });
  });

  test('rate-limited: blocks for the server wait, counts it down, then the retry goes through', async () => {
    const { result } = await codeSent();
    act(() => env.clock.advance(30_000)); // the flow's cooldown is over; the server's has 30 s to go
    act(() => {
      result.current.resendCode();
    });
    await waitFor(() => expect(settled(result.current.step)).toBe(true));
    expect(result.current).toMatchObject({
      step: 'failed',
      failedAction: 'send',
      canResend: false,
      blockedForSeconds: 30,
    });
    expect(result.current.error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 30_000 });
    act(() => {
      expect(result.current.retry()).toBe(false);
    });

    act(() => env.clock.advance(10_000));
    expect(result.current).toMatchObject({ blockedForSeconds: 20, resendInSeconds: 20 });
    act(() => env.clock.advance(20_000));
    expect(result.current).toMatchObject({ blockedForSeconds: 0, canResend: true });
    act(() => {
      expect(result.current.retry()).toBe(true);
    });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(env.count(mockPaths.emailCode)).toBe(3);
  });

  test('rate-limited on a check: the entered code is kept and retried after the wait', async () => {
    const { result } = await codeSent();
    env.backend.faults.failNext(
      1,
      { status: 429, headers: { 'Retry-After': '5' } },
      { route: 'email-code-verify' },
    );
    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    await waitFor(() => expect(settled(result.current.step)).toBe(true));
    expect(result.current).toMatchObject({
      step: 'failed',
      failedAction: 'verify',
      blockedForSeconds: 5,
      canVerify: false,
    });
    act(() => env.clock.advance(5_000));
    act(() => {
      expect(result.current.retry()).toBe(true);
    });
    await waitFor(() => expect(result.current.step).toBe('verified'));
    const bodies = await Promise.all(
      env.requests
        .filter((seen) => seen.path === mockPaths.emailCodeVerify)
        .map((seen) => seen.body),
    );
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toEqual(bodies[0]);
  });

  test('network: the check fails, retry() repeats it with the same code', async () => {
    const { result } = await codeSent();
    env.backend.faults.networkErrorNext(1, { route: 'email-code-verify' });
    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    await waitFor(() => expect(settled(result.current.step)).toBe(true));
    expect(result.current).toMatchObject({
      step: 'failed',
      failedAction: 'verify',
      canVerify: true,
    });
    expect(result.current.error?.kind).toBe('network');
    act(() => {
      expect(result.current.retry()).toBe(true);
    });
    await waitFor(() => expect(result.current.step).toBe('verified'));
    expect(env.count(mockPaths.emailCodeVerify)).toBe(2);
  });

  test('timeout: the send fails after the client limit, retry() sends again', async () => {
    env.backend.faults.latency(150, { route: 'email-code' });
    const { result } = await codeSent({}, 50);
    expect(result.current).toMatchObject({ step: 'failed', failedAction: 'send' });
    expect(result.current.error?.kind).toBe('timeout');
    // The late request still reached the server and started its cooldown, as a real one may.
    await new Promise((resolve) => setTimeout(resolve, 200));
    env.backend.faults.latency(0, { route: 'email-code' });
    act(() => env.clock.advance(60_000));
    act(() => {
      expect(result.current.retry()).toBe(true);
    });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(env.count(mockPaths.emailCode)).toBe(2);
  });

  test('server: a 5xx on the send fails it, retry() sends again', async () => {
    env.backend.faults.failNext(1, { status: 503 }, { route: 'email-code' });
    const { result } = await codeSent();
    expect(result.current).toMatchObject({ step: 'failed', failedAction: 'send', canResend: true });
    expect(result.current.error).toMatchObject({ kind: 'server', status: 503 });
    act(() => {
      expect(result.current.retry()).toBe(true);
    });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(env.count(mockPaths.emailCode)).toBe(2);
  });

  test('invalid-response: a non-JSON send answer and a schema-breaking check answer both fail clearly', async () => {
    env.backend.faults.malformedNext(1, { route: 'email-code' });
    const { result } = await codeSent();
    expect(result.current).toMatchObject({ step: 'failed', failedAction: 'send' });
    expect(result.current.error?.kind).toBe('invalid-response');
    act(() => {
      result.current.retry();
    });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));

    env.backend.faults.schemaBreakNext(1, { route: 'email-code-verify' });
    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    await waitFor(() => expect(settled(result.current.step)).toBe(true));
    expect(result.current).toMatchObject({ step: 'failed', failedAction: 'verify' });
    expect(result.current.error?.kind).toBe('invalid-response');
    expect(result.current.error?.message).toMatch(/Unexpected answer/);
  });

  test('invalid-input: a code that is not digits is refused before any request', async () => {
    const { result } = await codeSent();
    act(() => {
      result.current.verifyCode({ code: '12ab56' });
    });
    await waitFor(() => expect(settled(result.current.step)).toBe(true));
    expect(result.current).toMatchObject({ step: 'code-sent', canVerify: true });
    expect(result.current.error?.kind).toBe('invalid-input');
    expect(env.count(mockPaths.emailCodeVerify)).toBe(0);
  });

  test('a missing mfaToken fails the send with a clear message instead of crashing', async () => {
    const { result } = await codeSent({ mfaToken: '' });
    expect(result.current).toMatchObject({ step: 'failed', failedAction: 'send' });
    expect(result.current.error?.kind).toBe('invalid-input');
    expect(result.current.error?.message).toMatch(/mfaToken/);
    expect(env.count(mockPaths.emailCode)).toBe(0);
    expect(env.count(mockPaths.rememberDevicePolicy)).toBe(0);
  });
});
