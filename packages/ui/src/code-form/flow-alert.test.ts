import { MfaApiError } from '@mfa-kit/core';
import type { MfaErrorKind } from '@mfa-kit/core';
import { describe, expect, it } from 'vitest';
import { enMessages } from '../messages/en.js';
import { flowAlert } from './flow-alert.js';

type AlertState = Parameters<typeof flowAlert>[0];

const codeSent: AlertState = {
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
  kind: MfaErrorKind,
  failedAction: 'send' | 'verify',
  more: Partial<AlertState> & { retryAfterMs?: number; messages?: string[] } = {},
) => ({
  ...codeSent,
  ...more,
  failedAction,
  error: new MfaApiError({
    kind,
    message: kind,
    retryAfterMs: more.retryAfterMs,
    messages: more.messages,
  }),
});

const SIGN_IN_EXPIRED = enMessages.signInExpired;

describe('flowAlert', () => {
  it('shows nothing while all is well', () => {
    expect(flowAlert(codeSent, enMessages)).toBeNull();
    expect(flowAlert({ ...codeSent, expiresInSeconds: null }, enMessages)).toBeNull();
  });

  it('says when the code ran out on the clock, offering a new one', () => {
    expect(
      flowAlert({ ...codeSent, expiresInSeconds: 0, canResend: true }, enMessages),
    ).toMatchObject({
      kind: 'code-expired',
      text: enMessages.codeExpired,
      action: 'resend',
      blocked: false,
    });
  });

  it.each([
    ['network', 'verify', 'retry'],
    ['timeout', 'send', 'retry'],
    ['server', 'verify', 'retry'],
    ['aborted', 'verify', 'retry'],
    ['invalid-response', 'send', 'retry'],
    ['invalid-code', 'verify', null],
    ['bad-request', 'verify', null],
    ['invalid-input', 'verify', null],
    ['expired', 'verify', 'resend'],
    ['expired', 'send', 'restart'],
    ['unauthorized', 'send', 'restart'],
    ['unauthorized', 'verify', 'restart'],
    ['forbidden', 'send', 'restart'],
    ['not-found', 'verify', 'restart'],
    ['bad-request', 'send', 'restart'],
    ['invalid-input', 'send', 'restart'],
  ] as const)('%s on %s: way forward %s', (kind, action, way) => {
    const result = flowAlert(failed(kind, action), enMessages);
    expect(result).toMatchObject({ kind, variant: 'error', action: way, countdown: false });
    expect(result?.text).toBe(enMessages.errors[kind]);
  });

  it('words a refused login as a sign-in to start over, when the form has that text', () => {
    expect(flowAlert(failed('unauthorized', 'send'), enMessages, SIGN_IN_EXPIRED)?.text).toBe(
      SIGN_IN_EXPIRED,
    );
    expect(flowAlert(failed('expired', 'send'), enMessages, SIGN_IN_EXPIRED)?.text).toBe(
      SIGN_IN_EXPIRED,
    );
    // A gone device is not an expired sign-in.
    expect(flowAlert(failed('not-found', 'send'), enMessages, SIGN_IN_EXPIRED)?.text).toBe(
      enMessages.errors['not-found'],
    );
  });

  it('adds the attempts left to a wrong code when the limit is known', () => {
    expect(flowAlert(failed('invalid-code', 'verify', { attemptsLeft: 1 }), enMessages)?.text).toBe(
      `${String(enMessages.errors['invalid-code'])} 1 attempt left.`,
    );
  });

  it('counts a rate limit down, blocked, then offers the retry as good news', () => {
    const waiting = flowAlert(
      failed('rate-limited', 'verify', { blockedForSeconds: 44, retryAfterMs: 45_000 }),
      enMessages,
    );
    expect(waiting).toMatchObject({
      text: 'Too many requests. Try again in 0:44.',
      countdown: true,
      action: 'retry',
      blocked: true,
      variant: 'error',
    });
    expect(flowAlert(failed('rate-limited', 'verify'), enMessages)).toMatchObject({
      text: enMessages.readyAgain,
      countdown: false,
      action: 'retry',
      blocked: false,
      variant: 'info',
    });
  });

  it('after too many attempts: waits for the longer of the block and the cooldown, then offers a new code', () => {
    expect(
      flowAlert(
        failed('too-many-attempts', 'verify', { blockedForSeconds: 90, resendInSeconds: 12 }),
        enMessages,
      ),
    ).toMatchObject({
      text: 'Too many wrong codes. Wait 1:30, then send a new code.',
      action: 'resend',
      blocked: true,
      countdown: true,
    });
    expect(
      flowAlert(failed('too-many-attempts', 'verify', { resendInSeconds: 0 }), enMessages),
    ).toMatchObject({ text: 'Too many wrong codes. Wait a few minutes, then send a new code.' });
    expect(
      flowAlert(
        failed('too-many-attempts', 'verify', { resendInSeconds: 0, canResend: true }),
        enMessages,
      ),
    ).toMatchObject({
      text: enMessages.resendAvailable,
      variant: 'info',
      blocked: false,
      action: 'resend',
    });
  });

  it('treats a kind from a newer core as a server error to retry', () => {
    expect(
      flowAlert(failed('from-the-future' as MfaErrorKind, 'verify'), enMessages),
    ).toMatchObject({ text: enMessages.errors.server, action: 'retry' });
  });

  it("a refused code: the kit's words with a way forward, and the server's own words as details", () => {
    expect(
      flowAlert(
        failed('invalid-code', 'verify', { messages: ['Invalid code', '<b>x</b>'] }),
        enMessages,
      ),
    ).toMatchObject({
      text: "That code didn't work. Check it, or send a new code.",
      details: 'Details from the server: Invalid code, <b>x</b>',
      action: null,
    });
    expect(flowAlert(failed('invalid-code', 'verify'), enMessages)).toMatchObject({
      details: null,
    });
  });

  it('a refused code that can no longer be corrected asks for a new code', () => {
    expect(
      flowAlert(failed('invalid-code', 'verify', { needsNewCode: true }), enMessages),
    ).toMatchObject({
      text: enMessages.codeNeedsReplacing,
      action: 'resend',
      blocked: true,
    });
    expect(
      flowAlert(
        failed('invalid-code', 'verify', { needsNewCode: true, canResend: true }),
        enMessages,
      ),
    ).toMatchObject({ action: 'resend', blocked: false });
    expect(
      flowAlert(
        failed('invalid-code', 'verify', { needsNewCode: true, expiresInSeconds: 0 }),
        enMessages,
      ),
    ).toMatchObject({ kind: 'code-expired', text: enMessages.codeExpired, details: null });
  });

  it('gives no server details once a wait is over (info)', () => {
    expect(
      flowAlert(failed('rate-limited', 'verify', { messages: ['Too many requests'] }), enMessages),
    ).toMatchObject({ variant: 'info', details: null });
  });
});
