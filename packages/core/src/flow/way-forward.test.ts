import { describe, expect, it } from 'vitest';
import { MfaApiError } from '../client/errors.js';
import type { MfaErrorKind } from '../client/errors.js';
import { mfaWayForward } from './way-forward.js';
import type { MfaWayForwardState } from './way-forward.js';

const codeSent: MfaWayForwardState = {
  error: null,
  failedAction: null,
  blockedForSeconds: 0,
  resendInSeconds: 12,
  expiresInSeconds: 500,
  attemptsLeft: null,
  canResend: false,
  needsNewCode: false,
};

const failed = (
  kind: string,
  failedAction: 'send' | 'verify',
  more: Partial<MfaWayForwardState> = {},
): MfaWayForwardState => ({
  ...codeSent,
  ...more,
  failedAction,
  error: new MfaApiError({ kind: kind as MfaErrorKind, message: kind }),
});

describe('mfaWayForward', () => {
  it('is null while all is well', () => {
    expect(mfaWayForward(codeSent)).toBeNull();
    expect(mfaWayForward({ ...codeSent, expiresInSeconds: null })).toBeNull();
  });

  it('a code that ran out on the clock: a new one, once one may be asked for', () => {
    expect(mfaWayForward({ ...codeSent, expiresInSeconds: 0 })).toEqual({
      kind: 'code-expired',
      topic: 'code-expired',
      action: 'resend',
      blocked: true,
      waitSeconds: 0,
    });
    expect(mfaWayForward({ ...codeSent, expiresInSeconds: 0, canResend: true })).toMatchObject({
      action: 'resend',
      blocked: false,
    });
  });

  it.each([
    ['network', 'verify'],
    ['timeout', 'send'],
    ['server', 'verify'],
    ['aborted', 'verify'],
    ['invalid-response', 'send'],
    ['a-kind-from-a-newer-server', 'verify'],
  ] as const)('%s (on %s) is retried by a press', (kind, action) => {
    expect(mfaWayForward(failed(kind, action))).toMatchObject({
      topic: 'error',
      action: 'retry',
      blocked: false,
    });
  });

  it.each(['invalid-code', 'invalid-input', 'bad-request'] as const)(
    'a refused code (%s) is corrected in place: no press',
    (kind) => {
      expect(mfaWayForward(failed(kind, 'verify'))).toMatchObject({
        kind,
        topic: 'error',
        action: null,
      });
    },
  );

  it('a refused code that can no longer be corrected asks for a new one', () => {
    expect(mfaWayForward(failed('invalid-code', 'verify', { expiresInSeconds: 0 }))).toMatchObject({
      kind: 'code-expired',
      topic: 'code-expired',
      action: 'resend',
    });
    expect(
      mfaWayForward(failed('invalid-code', 'verify', { needsNewCode: true, canResend: true })),
    ).toMatchObject({ topic: 'code-used-up', action: 'resend', blocked: false });
    expect(mfaWayForward(failed('expired', 'verify'))).toMatchObject({
      topic: 'error',
      action: 'resend',
      blocked: true,
    });
  });

  it('a rate limit waits, counting down, then the same request may go again', () => {
    expect(mfaWayForward(failed('rate-limited', 'verify', { blockedForSeconds: 42 }))).toEqual({
      kind: 'rate-limited',
      topic: 'error',
      action: 'retry',
      blocked: true,
      waitSeconds: 42,
    });
    expect(mfaWayForward(failed('rate-limited', 'verify'))).toMatchObject({
      topic: 'ready-again',
      action: 'retry',
      blocked: false,
    });
  });

  it('too many attempts waits for the longer of the block and the resend wait, then asks for a new code', () => {
    expect(
      mfaWayForward(
        failed('too-many-attempts', 'verify', { blockedForSeconds: 5, resendInSeconds: 20 }),
      ),
    ).toMatchObject({ action: 'resend', blocked: true, waitSeconds: 20 });
    expect(
      mfaWayForward(failed('too-many-attempts', 'verify', { resendInSeconds: 0, canResend: true })),
    ).toMatchObject({ topic: 'resend-available', action: 'resend', blocked: false });
  });

  it('a login or session no longer accepted only starts over', () => {
    expect(mfaWayForward(failed('unauthorized', 'send'))).toMatchObject({
      topic: 'sign-in-expired',
      action: 'restart',
    });
    expect(mfaWayForward(failed('expired', 'send'))).toMatchObject({
      topic: 'sign-in-expired',
      action: 'restart',
    });
    expect(mfaWayForward(failed('forbidden', 'verify'))).toMatchObject({
      topic: 'error',
      action: 'restart',
    });
    // A known code (an authenticator app's) has no lifetime of its own: what expired is the login.
    expect(mfaWayForward(failed('expired', 'verify', { expiresInSeconds: null }))).toMatchObject({
      topic: 'sign-in-expired',
      action: 'restart',
    });
  });

  describe('a ceremony (passkey or security key)', () => {
    const ceremony = { ceremony: true };

    it('retries what a code would resend or correct: the press fetches a new challenge', () => {
      expect(mfaWayForward(failed('webauthn-cancelled', 'verify'), ceremony)).toMatchObject({
        action: 'retry',
      });
      expect(mfaWayForward(failed('invalid-code', 'verify'), ceremony)).toMatchObject({
        action: 'retry',
      });
      expect(
        mfaWayForward(failed('expired', 'verify', { canResend: true }), ceremony),
      ).toMatchObject({ action: 'retry' });
    });

    it('offers no press a browser without WebAuthn could use', () => {
      for (const kind of ['webauthn-unsupported', 'webauthn-insecure-context'])
        expect(mfaWayForward(failed(kind, 'verify'), ceremony)).toMatchObject({ action: null });
    });

    it('starts over only when the login is gone, and knows no code expiry', () => {
      expect(mfaWayForward(failed('unauthorized', 'verify'), ceremony)).toMatchObject({
        action: 'restart',
      });
      expect(mfaWayForward(failed('expired', 'send'), ceremony)).toMatchObject({
        action: 'restart',
      });
      expect(mfaWayForward({ ...codeSent, expiresInSeconds: 0 }, ceremony)).toBeNull();
    });

    it('keeps a wait', () => {
      expect(
        mfaWayForward(failed('rate-limited', 'verify', { blockedForSeconds: 9 }), ceremony),
      ).toMatchObject({ action: 'retry', blocked: true, waitSeconds: 9 });
    });
  });
});
