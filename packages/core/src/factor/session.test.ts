import { DEMO_USER } from '@mfa-kit/mock';
import { describe, expect, test, vi } from 'vitest';
import type { MfaClient } from '../client/create-client.js';
import { MfaApiError } from '../client/errors.js';
import type { AuthResponse } from '../client/schemas.js';
import { createTestClock, signInDemoUser, wrongCode } from '@mfa-kit/mock/testing';
import { mockClient, useMockBackend } from '../test/mock-backend.js';
import { removePhoneWithCodeFactor } from './remove-phone-with-code-factor.js';
import { emailMfaFactor } from './email-mfa-factor.js';
import { createMfaFactorSession } from './session.js';
import type { MfaCallRunner, MfaFactorSessionOptions } from './session.js';
import type { CeremonyFactorSpec, KnownCodeFactorSpec, MfaCodeInput } from './types.js';
import { settled } from '../test/settled.js';

const clock = createTestClock(Date.UTC(2030, 0, 1));
const backend = useMockBackend({ now: () => clock.now() });

/** Runs calls as the default does, and records each one's name and variables. */
function recordingRunner() {
  const calls: { name: string; variables: unknown }[] = [];
  const runCall: MfaCallRunner = (call, variables, signal) => {
    calls.push({ name: call.name.join('/'), variables });
    return call.request(client, variables, { signal });
  };
  let client: MfaClient;
  return {
    calls,
    named: (name: string) => calls.filter((call) => call.name === name),
    runCall: (next: MfaClient) => {
      client = next;
      return runCall;
    },
  };
}

const latestEmailCode = () => backend.outbox.latest({ channel: 'email' })!.code;

async function emailSession(more: Partial<MfaFactorSessionOptions<typeof emailMfaFactor>> = {}) {
  const client = mockClient();
  const login = await client.auth.login({ email: DEMO_USER.email, password: DEMO_USER.password });
  const recorder = recordingRunner();
  const onVerified = vi.fn<(auth: AuthResponse) => void>();
  const options = {
    client,
    params: { mfaToken: login.mfaToken! },
    clock,
    onVerified,
    runCall: recorder.runCall(client),
    ...more,
  };
  const session = createMfaFactorSession(emailMfaFactor, options);
  return { session, client, options, onVerified, ...recorder };
}

describe('createMfaFactorSession: a sent code (email)', () => {
  test('sends, keeps the otcToken inside, verifies with it, and hands the answer over once', async () => {
    const { session, named, onVerified, options } = await emailSession();
    expect(session.getSnapshot().flow.step).toBe('idle');
    expect(session.start()).toBe(true);
    expect(session.getSnapshot().flow.step).toBe('sending');
    await settled(session);
    expect(session.getSnapshot()).toMatchObject({
      flow: { step: 'code-sent', expiresInSeconds: 600 },
      details: null,
      result: null,
    });
    const [send] = named('email-mfa/send-code');
    expect(send!.variables).toEqual({ mfaToken: options.params.mfaToken });

    expect(session.verify({ code: latestEmailCode(), rememberDevice: true })).toBe(true);
    await settled(session);
    const { flow, result } = session.getSnapshot();
    expect(flow.step).toBe('verified');
    expect(result?.accessToken).toEqual(expect.any(String));
    expect(onVerified).toHaveBeenCalledExactlyOnceWith(result);
    const [verify] = named('email-mfa/verify-code');
    expect(verify!.variables).toMatchObject({
      mfaToken: options.params.mfaToken,
      otcToken: expect.any(String) as unknown,
      rememberDevice: true,
    });
    // The token travels between the calls, never into what a screen reads.
    const { otcToken } = verify!.variables as { otcToken: string };
    expect(JSON.stringify(session.getSnapshot())).not.toContain(otcToken);
  });

  test('one request per action: a second start, a double verify and a resend in the cooldown are ignored', async () => {
    const { session, named } = await emailSession();
    expect([session.start(), session.start()]).toEqual([true, false]);
    await settled(session);
    expect(session.resend()).toBe(false);
    const code = latestEmailCode();
    expect([session.verify({ code }), session.verify({ code })]).toEqual([true, false]);
    await settled(session);
    expect(named('email-mfa/send-code')).toHaveLength(1);
    expect(named('email-mfa/verify-code')).toHaveLength(1);
  });

  test('a refused code is never sent again; a new code forgets the refusals', async () => {
    const { session, named } = await emailSession();
    session.start();
    await settled(session);
    const wrong = wrongCode(latestEmailCode());
    expect(session.verify({ code: wrong })).toBe(true);
    await settled(session);
    expect(session.getSnapshot().flow).toMatchObject({
      step: 'code-sent',
      error: { kind: 'invalid-code' },
    });
    expect(session.isCodeRefused(wrong)).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the old name answers the same
    expect(session.isRejectedCode(wrong)).toBe(true);
    expect(session.verify({ code: wrong })).toBe(false);
    expect(named('email-mfa/verify-code')).toHaveLength(1);

    clock.advance(30_000);
    expect(session.resend()).toBe(true);
    await settled(session);
    expect(session.isCodeRefused(wrong)).toBe(false);
    expect(named('email-mfa/send-code')).toHaveLength(2);
  });

  test('retry repeats a failed check with the same input and the latest token', async () => {
    const { session, named } = await emailSession();
    session.start();
    await settled(session);
    backend.faults.networkErrorNext(1, { route: 'email-code-verify' });
    session.verify({ code: latestEmailCode(), rememberDevice: false });
    await settled(session);
    expect(session.getSnapshot().flow).toMatchObject({ step: 'failed', failedAction: 'verify' });
    expect(session.retry()).toBe(true);
    await settled(session);
    expect(session.getSnapshot().flow.step).toBe('verified');
    const [first, second] = named('email-mfa/verify-code');
    expect(second!.variables).toEqual(first!.variables);
    expect(session.retry()).toBe(false);
  });

  test('retry after a failed send sends again', async () => {
    const { session, named } = await emailSession();
    backend.faults.failNext(1, { status: 503 }, { route: 'email-code' });
    session.start();
    await settled(session);
    expect(session.getSnapshot().flow).toMatchObject({ step: 'failed', failedAction: 'send' });
    expect(session.retry()).toBe(true);
    await settled(session);
    expect(session.getSnapshot().flow.step).toBe('code-sent');
    expect(named('email-mfa/send-code')).toHaveLength(2);
  });

  test('reset cancels the request in flight and forgets the token, the refusals and the answer', async () => {
    const { session } = await emailSession();
    session.start();
    await settled(session);
    const wrong = wrongCode(latestEmailCode());
    session.verify({ code: wrong });
    await settled(session);
    backend.faults.latency(50, { route: 'email-code-verify' });
    session.verify({ code: latestEmailCode() });
    session.reset();
    expect(session.getSnapshot()).toMatchObject({ flow: { step: 'idle' }, result: null });
    expect(session.isCodeRefused(wrong)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(session.getSnapshot().flow.step).toBe('idle');
  });

  test('without runCall, calls go straight through the client', async () => {
    const { session } = await emailSession({ runCall: undefined });
    session.start();
    await settled(session);
    session.verify({ code: latestEmailCode() });
    await settled(session);
    expect(session.getSnapshot().flow.step).toBe('verified');
  });
});

describe('createMfaFactorSession: mount and options', () => {
  test('autoStart starts on mount, once, also when mounted again at once (StrictMode)', async () => {
    const { session, named } = await emailSession({ autoStart: true });
    expect(named('email-mfa/send-code')).toHaveLength(0);
    const unmount = session.mount();
    unmount();
    session.mount();
    await settled(session);
    expect(session.getSnapshot().flow.step).toBe('code-sent');
    expect(named('email-mfa/send-code')).toHaveLength(1);
  });

  test('unmount cancels a check in flight; its answer is ignored and onVerified never runs', async () => {
    const { session, options, onVerified } = await emailSession();
    const signals: AbortSignal[] = [];
    session.setOptions({
      ...options,
      runCall: (call, variables, signal) => {
        signals.push(signal);
        return call.request(options.client, variables, { signal });
      },
    });
    const unmount = session.mount();
    session.start();
    await settled(session);
    backend.faults.latency(50, { route: 'email-code-verify' });
    session.verify({ code: latestEmailCode() });
    unmount();
    expect(signals.map((signal) => signal.aborted)).toEqual([false, true]);
    expect(session.getSnapshot().flow.error?.kind).toBe('aborted');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(onVerified).not.toHaveBeenCalled();
  });

  test('new params start over (and send again with autoStart); equal params change nothing', async () => {
    const { session, client, options, named } = await emailSession({ autoStart: true });
    session.mount();
    await settled(session);
    session.setOptions({ ...options, params: { mfaToken: options.params.mfaToken } });
    expect(session.getSnapshot().flow.step).toBe('code-sent');

    const next = await client.auth.login({
      email: DEMO_USER.email,
      password: DEMO_USER.password,
    });
    clock.advance(30_000);
    session.setOptions({ ...options, params: { mfaToken: next.mfaToken! } });
    expect(session.getSnapshot().flow.step).toBe('sending');
    await settled(session);
    expect(named('email-mfa/send-code').map((call) => call.variables)).toEqual([
      { mfaToken: options.params.mfaToken },
      { mfaToken: next.mfaToken },
    ]);
  });

  test('autoStart turned on later starts an idle flow, and never a second send', async () => {
    const { session, options, named } = await emailSession();
    session.mount();
    session.setOptions({ ...options, autoStart: true });
    await settled(session);
    expect(session.getSnapshot().flow.step).toBe('code-sent');
    clock.advance(30_000);
    session.setOptions({ ...options, autoStart: false });
    session.setOptions({ ...options, autoStart: true });
    expect(named('email-mfa/send-code')).toHaveLength(1);
  });

  test('new timings apply from the next code; the latest onVerified is the one called', async () => {
    const { session, options, onVerified } = await emailSession();
    session.start();
    await settled(session);
    const latest = vi.fn();
    session.setOptions({ ...options, codeTtlMs: 120_000, resendCooldownMs: 0, onVerified: latest });
    expect(session.getSnapshot().flow).toMatchObject({
      expiresInSeconds: 600,
      resendInSeconds: 30,
    });
    clock.advance(30_000);
    expect(session.resend()).toBe(true);
    await settled(session);
    expect(session.getSnapshot().flow).toMatchObject({ expiresInSeconds: 120, canResend: true });
    session.verify({ code: latestEmailCode() });
    await settled(session);
    expect(latest).toHaveBeenCalledOnce();
    expect(onVerified).not.toHaveBeenCalled();
  });
});

describe('createMfaFactorSession: removing a phone with a texted code', () => {
  test('shows where the code went, never the token, and verifies with the token', async () => {
    const client = mockClient({ getAccessToken: () => accessToken });
    const { accessToken } = await signInDemoUser(backend);
    const [phone] = DEMO_USER.phones;
    const session = createMfaFactorSession(removePhoneWithCodeFactor, {
      client,
      params: { deviceId: phone.id },
      clock,
    });
    session.start();
    await settled(session);
    expect(session.getSnapshot().details).toEqual({ phoneNumber: expect.any(String) as unknown });
    expect(JSON.stringify(session.getSnapshot())).not.toContain('otcToken');
    session.verify({ code: backend.outbox.latest({ channel: 'sms' })!.code });
    await settled(session);
    expect(session.getSnapshot().flow.step).toBe('verified');
    expect(backend.devices(DEMO_USER.email).phones.map((left) => left.id)).not.toContain(phone.id);
  });
});

describe('createMfaFactorSession: a known code', () => {
  // Stands in for an authenticator app: the code is checked by a local function, no endpoint involved.
  const checked: unknown[] = [];
  const knownCode: KnownCodeFactorSpec<{ mfaToken: string }, MfaCodeInput, { ok: true }> = {
    kind: 'known-code',
    verify: {
      name: ['test', 'verify'],
      request: (_client, variables) => {
        checked.push(variables);
        return variables.code === '246810'
          ? Promise.resolve({ ok: true })
          : Promise.reject(new MfaApiError({ kind: 'invalid-code', message: 'Wrong code.' }));
      },
    },
  };

  test('is ready at once: no send, no expiry, no resend; a refused code is not checked again', async () => {
    checked.length = 0;
    const ownClock = createTestClock();
    const session = createMfaFactorSession(knownCode, {
      client: mockClient(),
      params: { mfaToken: 'mfa-token' },
      clock: ownClock,
      autoStart: true,
    });
    session.mount();
    expect(session.getSnapshot().flow).toMatchObject({
      step: 'ready',
      canVerify: true,
      canResend: false,
      expiresInSeconds: null,
    });
    expect(session.resend()).toBe(false);
    expect(ownClock.pendingTimers).toBe(0);

    session.verify({ code: '111111' });
    await settled(session);
    expect(session.getSnapshot().flow).toMatchObject({
      step: 'ready',
      error: { kind: 'invalid-code' },
    });
    expect(session.verify({ code: '111111' })).toBe(false);
    session.verify({ code: '246810' });
    await settled(session);
    expect(session.getSnapshot()).toMatchObject({
      flow: { step: 'verified' },
      result: { ok: true },
    });
    expect(checked).toEqual([
      { mfaToken: 'mfa-token', code: '111111' },
      { mfaToken: 'mfa-token', code: '246810' },
    ]);
  });
});

describe('createMfaFactorSession: a ceremony', () => {
  interface Challenge {
    webauthnToken: string;
    options: { challenge: string };
  }
  interface Credential {
    id: string;
    signature: string;
  }
  // Stands in for WebAuthn: challenge, the browser's part (a function here), verify.
  const verified: unknown[] = [];
  const ceremony = vi.fn<(challenge: Challenge) => Promise<Credential>>();
  const spec: CeremonyFactorSpec<
    { mfaToken: string },
    Challenge,
    Credential,
    { rememberDevice?: boolean },
    { ok: true },
    { challenge: string }
  > = {
    kind: 'ceremony',
    send: {
      name: ['test', 'challenge'],
      request: () => Promise.resolve({ webauthnToken: 'w-1', options: { challenge: 'c-1' } }),
    },
    details: (challenge) => ({ challenge: challenge.options.challenge }),
    ceremony: (challenge) => ceremony(challenge),
    verify: {
      name: ['test', 'verify'],
      request: (_client, variables) => {
        verified.push(variables);
        return Promise.resolve({ ok: true });
      },
    },
  };

  test('fetches the challenge, runs the ceremony on verify, and sends its credential; a declined ceremony can be retried', async () => {
    const session = createMfaFactorSession(spec, {
      client: mockClient(),
      params: { mfaToken: 'mfa-token' },
      clock,
    });
    session.start();
    await settled(session);
    expect(session.getSnapshot()).toMatchObject({
      flow: { step: 'code-sent' },
      details: { challenge: 'c-1' },
    });

    ceremony.mockRejectedValueOnce(new MfaApiError({ kind: 'aborted', message: 'Declined.' }));
    session.verify({ rememberDevice: true });
    await settled(session);
    expect(session.getSnapshot().flow).toMatchObject({
      step: 'failed',
      error: { kind: 'aborted' },
    });
    expect(verified).toEqual([]);

    ceremony.mockResolvedValueOnce({ id: 'cred-1', signature: 'sig' });
    expect(session.retry()).toBe(true);
    await settled(session);
    expect(session.getSnapshot().flow.step).toBe('verified');
    expect(ceremony).toHaveBeenLastCalledWith({
      webauthnToken: 'w-1',
      options: { challenge: 'c-1' },
    });
    expect(verified).toEqual([
      {
        mfaToken: 'mfa-token',
        webauthnToken: 'w-1',
        options: { challenge: 'c-1' },
        rememberDevice: true,
        credential: { id: 'cred-1', signature: 'sig' },
      },
    ]);
  });
});
