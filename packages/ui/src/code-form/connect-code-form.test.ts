import { MfaApiError } from '@mfa-kit/core';
import type { MfaErrorKind } from '@mfa-kit/core';
import { REPEATED_CODE } from '@mfa-kit/react';
import { describe, expect, it } from 'vitest';
import { enMessages } from '../messages/en.js';
import { connectCodeForm } from './connect-code-form.js';
import type { CodeFormFlow, CodeFormState, CodeFormTexts } from './connect-code-form.js';

const codeSent: CodeFormFlow = {
  step: 'code-sent',
  isPending: false,
  canVerify: true,
  canResend: false,
  needsNewCode: false,
  error: null,
  failedAction: null,
  blockedForSeconds: 0,
  resendInSeconds: 20,
  expiresInSeconds: 540,
  attemptsLeft: null,
};
const idle: CodeFormFlow = { ...codeSent, step: 'idle', canVerify: false, expiresInSeconds: null };
const apiError = (kind: MfaErrorKind) => new MfaApiError({ kind, message: kind });

/** A login step: sends by itself, no start step. */
const login: CodeFormTexts = {
  sent: 'SENT',
  done: 'DONE',
  submit: 'SUBMIT',
  submitting: 'SUBMITTING',
  signInExpired: 'SIGN-IN EXPIRED',
};
/** A settings step: a start step before any code. */
const settings: CodeFormTexts = { ...login, beforeCode: 'BEFORE', start: 'START' };

const state = (flow: Partial<CodeFormFlow>, more: Partial<CodeFormState> = {}): CodeFormState => ({
  flow: { ...codeSent, ...flow },
  done: false,
  resent: false,
  entry: { error: undefined, filled: false },
  ...more,
});

describe('connectCodeForm: stage and status', () => {
  // prettier-ignore
  const table: readonly { name: string; state: CodeFormState; texts: CodeFormTexts; stage: string; status: string }[] = [
    { name: 'login, first send',       state: state({ ...idle, step: 'sending', isPending: true }), texts: login,    stage: 'code',  status: enMessages.sendingCode },
    { name: 'login, code out',         state: state({}),                                          texts: login,    stage: 'code',  status: 'SENT' },
    { name: 'login, failed first send', state: state({ ...idle, step: 'failed', error: apiError('network'), failedAction: 'send' }), texts: login, stage: 'code', status: '' },
    { name: 'login, resending',        state: state({ step: 'sending', isPending: true }),         texts: login,    stage: 'code',  status: enMessages.resendingCode },
    { name: 'login, new code out',     state: state({}, { resent: true }),                         texts: login,    stage: 'code',  status: enMessages.codeResent },
    { name: 'login, resend failed',    state: state({ step: 'failed', error: apiError('network'), failedAction: 'send' }, { resent: true }), texts: login, stage: 'code', status: 'SENT' },
    { name: 'login, verified',         state: state({ step: 'verified', expiresInSeconds: null }, { done: true }), texts: login, stage: 'done', status: 'DONE' },
    { name: 'settings, before a code', state: state(idle),                                         texts: settings, stage: 'start', status: 'BEFORE' },
    { name: 'settings, sending',       state: state({ ...idle, step: 'sending', isPending: true }), texts: settings, stage: 'start', status: enMessages.sendingCode },
    { name: 'settings, code out',      state: state({}),                                          texts: settings, stage: 'code',  status: 'SENT' },
    { name: 'settings, done',          state: state({ step: 'disabled', expiresInSeconds: null }, { done: true }), texts: settings, stage: 'done', status: 'DONE' },
  ];

  it.each(table)('$name: $stage, "$status"', ({ state: given, texts, stage, status }) => {
    expect(connectCodeForm(given, enMessages, texts, 6)).toMatchObject({ stage, status });
  });

  it('is busy while a request is in flight', () => {
    expect(
      connectCodeForm(state({ step: 'verifying', isPending: true }), enMessages, login, 6).busy,
    ).toBe(true);
    expect(connectCodeForm(state({}), enMessages, login, 6).busy).toBe(false);
  });
});

describe('connectCodeForm: the alert', () => {
  it('none while all is well, and none once done', () => {
    expect(connectCodeForm(state({}), enMessages, login, 6).alert).toBeNull();
    const failedThenDone = state(
      { step: 'verified', error: apiError('network'), failedAction: 'verify' },
      { done: true },
    );
    expect(connectCodeForm(failedThenDone, enMessages, login, 6).alert).toBeNull();
  });

  // prettier-ignore
  const entries: readonly { error: string; filled: boolean; text: string }[] = [
    { error: 'too_small',     filled: true,  text: enMessages.codeIncomplete(6) },
    { error: 'invalid_format', filled: false, text: enMessages.codeRequired },
    { error: REPEATED_CODE,   filled: true,  text: enMessages.codeAlreadyTried },
  ];
  it.each(entries)(
    "the field's own error ($error) is the news, and marks the code",
    ({ error, filled, text }) => {
      const view = connectCodeForm(state({}, { entry: { error, filled } }), enMessages, login, 6);
      expect(view.alert).toMatchObject({ kind: 'invalid-input', text, action: null });
      expect(view.code.invalid).toBe(true);
    },
  );

  it("the flow's error wins while the field's error is that same failure", () => {
    const refused = state(
      { error: apiError('invalid-code'), failedAction: 'verify' },
      { entry: { error: 'invalid-code', filled: false } },
    );
    const view = connectCodeForm(refused, enMessages, login, 6);
    expect(view.alert).toMatchObject({
      kind: 'invalid-code',
      text: enMessages.errors['invalid-code'],
    });
    expect(view.code.invalid).toBe(true);
  });

  it('a login words a refused sign-in as signing in again; a settings step keeps the error', () => {
    const refused = state({
      ...idle,
      step: 'failed',
      error: apiError('unauthorized'),
      failedAction: 'send',
    });
    expect(connectCodeForm(refused, enMessages, login, 6).alert?.text).toBe('SIGN-IN EXPIRED');
    expect(connectCodeForm(refused, enMessages, settings, 6).alert).toMatchObject({
      text: enMessages.errors.unauthorized,
      action: 'restart',
    });
  });
});

describe('connectCodeForm: buttons and field', () => {
  it('the start button retries a failed send, and waits while sending or blocked', () => {
    const ready = connectCodeForm(state(idle), enMessages, settings, 6).start;
    expect(ready).toEqual({ label: 'START', pending: false, blocked: false });
    const sending = connectCodeForm(
      state({ ...idle, step: 'sending', isPending: true }),
      enMessages,
      settings,
      6,
    ).start;
    expect(sending).toEqual({ label: 'START', pending: true, blocked: true });
    const failed = state({
      ...idle,
      step: 'failed',
      error: apiError('network'),
      failedAction: 'send',
    });
    expect(connectCodeForm(failed, enMessages, settings, 6).start).toEqual({
      label: enMessages.tryAgain,
      pending: false,
      blocked: false,
    });
  });

  // prettier-ignore
  const buttons: readonly { name: string; flow: Partial<CodeFormFlow>; submit: object; resend: object }[] = [
    { name: 'code out',  flow: {},                                            submit: { label: 'SUBMIT', pending: false, blocked: false },    resend: { secondsLeft: 20, pending: false, blocked: true } },
    { name: 'checking',  flow: { step: 'verifying', isPending: true, canVerify: false }, submit: { label: 'SUBMITTING', pending: true, blocked: true }, resend: { pending: false } },
    { name: 'resending', flow: { step: 'sending', isPending: true, canVerify: false }, submit: { label: 'SUBMIT', pending: false, blocked: true }, resend: { pending: true } },
    { name: 'may resend', flow: { resendInSeconds: 0, canResend: true },      submit: { blocked: false },                                      resend: { secondsLeft: 0, blocked: false } },
  ];
  it.each(buttons)('$name: submit and resend', ({ flow, submit, resend }) => {
    const view = connectCodeForm(state(flow), enMessages, login, 6);
    expect(view.submit).toMatchObject(submit);
    expect(view.resend).toMatchObject(resend);
  });

  it('the hint counts the code down, or says how long a code is; the field is read-only while checking', () => {
    expect(connectCodeForm(state({}), enMessages, login, 6).code).toEqual({
      invalid: false,
      readOnly: false,
      hint: enMessages.codeExpiresIn('9:00'),
    });
    expect(connectCodeForm(state({ expiresInSeconds: 0 }), enMessages, login, 8).code.hint).toBe(
      enMessages.codeHint(8),
    );
    expect(connectCodeForm(state({ step: 'verifying' }), enMessages, login, 6).code.readOnly).toBe(
      true,
    );
  });

  it.each([
    ['invalid-code', true],
    ['bad-request', true],
    ['network', false],
    ['expired', false],
  ] as const)('a failed check with %s marks the code: %s', (kind, invalid) => {
    const view = connectCodeForm(
      state({ step: 'failed', error: apiError(kind), failedAction: 'verify' }),
      enMessages,
      login,
      6,
    );
    expect(view.code.invalid).toBe(invalid);
  });
});
