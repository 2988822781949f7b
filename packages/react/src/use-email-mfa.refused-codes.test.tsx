// A refused code on the default path: the mock answers with tenant-style error codes the client cannot know,
// and the client has no error-code map, as in a new user's app against a real Frontegg tenant.
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { loginDemoUser, mockPaths, wrongCode, wrongCodes } from '@mfa-kit/mock/testing';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import type { MockEnv } from './test/mock-env.js';
import { useEmailMfa } from './use-email-mfa.js';
import type { UseEmailMfaOptions } from './use-email-mfa.js';

// The server allows more wrong codes than the kit sends, so the kit's own limit is what shows.
const env: MockEnv = setupMockEnv({ maxAttempts: 10 });

async function codeSent(options: Partial<UseEmailMfaOptions> = {}) {
  const client = env.client();
  const mfaToken = await loginDemoUser(env.backend);
  const view = renderMfaHook(() => useEmailMfa({ mfaToken, clock: env.clock, ...options }), {
    client,
  });
  await waitFor(() => expect(view.result.current.step).toBe('code-sent'));
  return view;
}

const settled = (step: string) => step !== 'sending' && step !== 'verifying';

describe('useEmailMfa: refused codes with no error-code map', () => {
  test('a wrong code reads as invalid-code with the server text; the right one after it costs one more check', async () => {
    const { result } = await codeSent();
    act(() => {
      result.current.verifyCode({ code: wrongCode(env.latestCode()) });
    });
    await waitFor(() => expect(settled(result.current.step)).toBe(true));
    expect(result.current).toMatchObject({
      step: 'code-sent',
      failedAction: 'verify',
      canVerify: true,
      needsNewCode: false,
    });
    expect(result.current.error).toMatchObject({
      kind: 'invalid-code',
      errorCode: env.backend.errorCodes.invalidCode,
      messages: ['Invalid code'],
    });

    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    await waitFor(() => expect(result.current.step).toBe('verified'));
    expect(env.count(mockPaths.emailCodeVerify)).toBe(2);
  });

  test('a code the server refused is never sent again', async () => {
    const { result } = await codeSent();
    const wrong = wrongCode(env.latestCode());
    act(() => {
      result.current.verifyCode({ code: wrong });
    });
    await waitFor(() => expect(settled(result.current.step)).toBe(true));
    expect(result.current.isCodeRefused(wrong)).toBe(true);
    expect(result.current.isCodeRefused(env.latestCode())).toBe(false);
    act(() => {
      expect(result.current.verifyCode({ code: wrong })).toBe(false);
    });
    expect(env.count(mockPaths.emailCodeVerify)).toBe(1);
  });

  test('after 5 refused codes the kit stops checking and asks for a new code; the new code works', async () => {
    const { result } = await codeSent();
    const right = env.latestCode();
    for (const wrong of wrongCodes(right, 5)) {
      act(() => {
        expect(result.current.verifyCode({ code: wrong })).toBe(true);
      });
      await waitFor(() => expect(settled(result.current.step)).toBe(true));
    }
    expect(result.current).toMatchObject({
      step: 'code-sent',
      canVerify: false,
      needsNewCode: true,
      attemptsLeft: null,
    });
    act(() => {
      expect(result.current.verifyCode({ code: right })).toBe(false);
    });
    expect(env.count(mockPaths.emailCodeVerify)).toBe(5);

    act(() => env.clock.advance(30_000));
    act(() => {
      expect(result.current.resendCode()).toBe(true);
    });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    // A new code forgets the refused ones: a code refused before may be the new one.
    expect(result.current).toMatchObject({ canVerify: true, needsNewCode: false });
    act(() => {
      expect(result.current.verifyCode({ code: env.latestCode() })).toBe(true);
    });
    await waitFor(() => expect(result.current.step).toBe('verified'));
    expect(env.count(mockPaths.emailCodeVerify)).toBe(6);
  });

  test('maxRefusedCodes sets the kit limit', async () => {
    const { result } = await codeSent({ maxRefusedCodes: 2 });
    for (const wrong of wrongCodes(env.latestCode(), 2)) {
      act(() => {
        result.current.verifyCode({ code: wrong });
      });
      await waitFor(() => expect(settled(result.current.step)).toBe(true));
    }
    expect(result.current).toMatchObject({ canVerify: false, needsNewCode: true });
    expect(env.count(mockPaths.emailCodeVerify)).toBe(2);
  });

  test('an expired code (the server says so in its own words) is refused like a wrong one', async () => {
    const { result } = await codeSent();
    const code = env.latestCode();
    env.backend.expireCodes();
    act(() => {
      result.current.verifyCode({ code });
    });
    await waitFor(() => expect(settled(result.current.step)).toBe(true));
    expect(result.current.error).toMatchObject({
      kind: 'invalid-code',
      errorCode: env.backend.errorCodes.expired,
      messages: ['Code expired'],
    });
    expect(result.current.isCodeRefused(code)).toBe(true);
  });
});
