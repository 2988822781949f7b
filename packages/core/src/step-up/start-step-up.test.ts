import { DEMO_USER, DEMO_USERS, signWebAuthnAssertion, totpCode } from '@mfa-kit/mock';
import { mockPaths, signInDemoUser } from '@mfa-kit/mock/testing';
import { describe, expect, it } from 'vitest';
import type { MfaClient } from '../client/create-client.js';
import type { AuthResponse, GenerateStepUpResponse } from '../client/schemas.js';
import type { MfaFactorParams, MfaFactorSpec } from '../factor/types.js';
import { createMfaFactorSession } from '../factor/session.js';
import { mockClient, useMockEnv } from '../test/mock-backend.js';
import { reachSecondFactor } from '../test/login-factors.js';
import { isSteppedUp } from './is-stepped-up.js';
import { isMfaNotEnrolled } from './mfa-not-enrolled.js';
import { isStepUpChallenge, startStepUp, stepUpCall } from './start-step-up.js';
import type { StepUpStart } from './start-step-up.js';
import { stepUpFactor } from './step-up-methods.js';
import { settled } from '../test/settled.js';

const env = useMockEnv({ users: [{ ...DEMO_USER, emailMfa: true }, ...Object.values(DEMO_USERS)] });

/** A client acting for `user`, signed in with a second factor (the demo user) or a password only (seeded). */
async function signedInClient(
  user: 'demo' | 'password-only' = 'demo',
): Promise<{ client: MfaClient; accessToken: string }> {
  let accessToken: string;
  if (user === 'demo') accessToken = (await signInDemoUser(env.backend)).accessToken;
  else {
    const { email, password } = DEMO_USERS.passwordOnly;
    const answer = await mockClient().auth.login({ email, password });
    accessToken = answer.accessToken ?? '';
  }
  return { client: mockClient({ getAccessToken: () => accessToken }), accessToken };
}

/** A step-up of `client`'s session that must answer a challenge. */
async function challengeOf(
  client: MfaClient,
): Promise<Extract<StepUpStart, { kind: 'challenge' }>> {
  const start = await startStepUp(client, { maxAge: 300 });
  if (start.kind !== 'challenge') throw new Error(`expected a challenge, got ${start.kind}`);
  return start;
}

describe('startStepUp', () => {
  it('a fresh enough second-factor sign-in: stepped-up with the new answer, in one request', async () => {
    const { client } = await signedInClient();
    const before = env.requests.length;
    const start = await startStepUp(client, { maxAge: 300 });
    expect(start).toEqual({
      kind: 'stepped-up',
      auth: expect.objectContaining({ mfaRequired: false, userEmail: DEMO_USER.email }) as unknown,
    });
    expect(env.requests.slice(before).map((request) => request.path)).toEqual([
      mockPaths.stepUpGenerate,
    ]);
  });

  it('an older sign-in: a challenge with its methods strongest first, no recovery code', async () => {
    const { accessToken } = await signedInClient();
    const aged = await env.backend.ageSession(accessToken, 600);
    const start = await challengeOf(mockClient({ getAccessToken: () => aged }));
    const [usPhone, ukPhone] = DEMO_USER.phones;
    expect(start.challenge).toMatchObject({
      mfaEnrolled: true,
      mfaToken: expect.any(String) as unknown,
    });
    expect(start.methods.map((method) => method.id)).toEqual([
      `sms:${usPhone.id}`,
      `sms:${ukPhone.id}`,
      'email',
    ]);
  });

  it('a user with no second factor: not-enrolled, from Frontegg’s "MFA is not enrolled"', async () => {
    const { client } = await signedInClient('password-only');
    await expect(startStepUp(client, { maxAge: 300 })).resolves.toEqual({ kind: 'not-enrolled' });
    const refused = await client.stepUp.generate().catch((error: unknown) => error);
    expect(refused).toMatchObject({ kind: 'bad-request', errorCode: 'ER-01097' });
    expect(isMfaNotEnrolled(refused)).toBe(true);
  });

  it('a challenge that lists no factor is not-enrolled too: no dead end', async () => {
    const client = {
      stepUp: {
        generate: () =>
          Promise.resolve({
            mfaToken: 't',
            mfaEnrolled: false,
            mfaDevices: { webauthn: [], phones: [], authenticators: [], emails: [] },
          }),
      },
    } as unknown as MfaClient;
    await expect(startStepUp(client)).resolves.toEqual({ kind: 'not-enrolled' });
  });

  it('rejects any other failure with the client’s error, and retries nothing', async () => {
    const { client } = await signedInClient();
    env.backend.faults.failNext(1, { status: 429 }, { route: 'step-up-generate' });
    await expect(startStepUp(client)).rejects.toMatchObject({ kind: 'rate-limited' });
    env.backend.faults.networkErrorNext(1, { route: 'step-up-generate' });
    await expect(startStepUp(client)).rejects.toMatchObject({ kind: 'network' });
    expect(env.count(mockPaths.stepUpGenerate)).toBe(2);
    await expect(startStepUp(client)).resolves.toMatchObject({ kind: 'stepped-up' });
  });

  it('is the request of stepUpCall, keyed step-up/generate', async () => {
    const { client } = await signedInClient();
    expect(stepUpCall.name).toEqual(['step-up', 'generate']);
    await expect(stepUpCall.request(client, { maxAge: 300 }, {})).resolves.toMatchObject({
      kind: 'stepped-up',
    });
  });
});

describe('isStepUpChallenge', () => {
  it.each([
    [{ mfaToken: 't', mfaEnrolled: true, mfaDevices: {} }, true],
    [{ mfaRequired: false, accessToken: '' }, true],
    [{ mfaRequired: false, accessToken: 'a.b.c' }, false],
  ])('%o: %s', (answer, expected) => {
    expect(isStepUpChallenge(answer as GenerateStepUpResponse | AuthResponse)).toBe(expected);
  });
});

describe('the login factors pass a step-up with its mfaToken', () => {
  /** A user's sign-in (password and second factor, through the client), aged past the step-up's maxAge. */
  async function staleClientOf(user: (typeof DEMO_USERS)[keyof typeof DEMO_USERS]) {
    const anonymous = mockClient();
    const mfaToken = await reachSecondFactor(anonymous, user);
    const { secret } = user.authenticators[0] ?? { secret: '' };
    const auth = await anonymous.authenticatorMfa.verify({
      mfaToken,
      value: await totpCode(secret, env.clock.now()),
    });
    const aged = await env.backend.ageSession(auth.accessToken ?? '', 600);
    return mockClient({ getAccessToken: () => aged });
  }

  /** The factor's session on the environment's clock, as a screen would run it. */
  const sessionOf = <TSpec extends MfaFactorSpec>(
    client: MfaClient,
    spec: TSpec,
    params: MfaFactorParams<TSpec>,
  ) => createMfaFactorSession(spec, { client, params, clock: env.clock });

  /** Where the session stands once its request settled. */
  const settledStep = async (session: {
    getSnapshot: () => { flow: { isPending: boolean; step: string } };
  }) => {
    await settled(session);
    return session.getSnapshot().flow.step;
  };

  /** Whether an answer holds a token stepped up within the step-up's maxAge. */
  const fresh = (auth: AuthResponse | null | undefined) =>
    isSteppedUp(auth?.accessToken, { maxAge: 300, now: env.clock.now() });

  it('SMS, strongest of the demo user’s: a code to the phone, checked; the answer is stepped up now', async () => {
    const { accessToken } = await signedInClient();
    const aged = await env.backend.ageSession(accessToken, 600);
    const client = mockClient({ getAccessToken: () => aged });
    const { challenge, methods } = await challengeOf(client);
    const factor = stepUpFactor(methods[0]!, challenge);
    if (factor.kind !== 'sms') throw new Error('expected the SMS factor first');
    const session = sessionOf(client, factor.spec, factor.params);
    session.start();
    expect(await settledStep(session)).toBe('code-sent');
    session.verify({ code: env.latestCode('sms') });
    expect(await settledStep(session)).toBe('verified');
    expect(fresh(session.getSnapshot().result)).toBe(true);
  });

  it('the email code', async () => {
    const { accessToken } = await signedInClient();
    const aged = await env.backend.ageSession(accessToken, 600);
    const client = mockClient({ getAccessToken: () => aged });
    const { challenge, methods } = await challengeOf(client);
    const factor = stepUpFactor(
      methods.find((method) => method.kind === 'email')!,
      challenge,
    );
    if (factor.kind !== 'email') throw new Error('expected the email factor');
    const session = sessionOf(client, factor.spec, factor.params);
    session.start();
    await settledStep(session);
    session.verify({ code: env.latestCode('email') });
    expect(await settledStep(session)).toBe('verified');
    expect(fresh(session.getSnapshot().result)).toBe(true);
  });

  it('the authenticator app', async () => {
    const user = DEMO_USERS.smsAndAuthenticator;
    const client = await staleClientOf(user);
    const { challenge, methods } = await challengeOf(client);
    expect(methods.map((method) => method.kind)).toEqual(['authenticator', 'sms']);
    const factor = stepUpFactor(methods[0]!, challenge);
    if (factor.kind !== 'authenticator') throw new Error('expected the authenticator factor');
    const session = sessionOf(client, factor.spec, factor.params);
    session.start();
    session.verify({ code: await totpCode(user.authenticators[0].secret, env.clock.now()) });
    expect(await settledStep(session)).toBe('verified');
    expect(fresh(session.getSnapshot().result)).toBe(true);
  });

  it('a passkey: its challenge and verify take the step-up mfaToken', async () => {
    const user = DEMO_USERS.allFactors;
    const client = await staleClientOf(user);
    const { challenge, methods } = await challengeOf(client);
    expect(methods.map((method) => method.kind)).toEqual([
      'passkey',
      'security-key',
      'authenticator',
      'sms',
      'email',
    ]);
    const factor = stepUpFactor(methods[0]!, challenge);
    if (factor.kind !== 'passkey') throw new Error('expected the passkey factor');
    const device = user.webauthn.find((key) => key.id === factor.params.deviceId)!;
    // The ceremony is the browser's (covered by the WebAuthn browser tests); the mock's software key signs here.
    const started = await factor.spec.send.request(client, factor.params, {});
    const credential = await signWebAuthnAssertion({ device, options: started.options });
    const auth = await factor.spec.verify.request(
      client,
      { ...factor.params, ...started, credential },
      {},
    );
    expect(fresh(auth)).toBe(true);
  });
});
