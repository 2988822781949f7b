// The one test kit of core, react and ui (not shipped): the mock's test environment on Vitest's lifecycle, with
// clients of @mfa-kit/core. `serveMockEnv` of `@mfa-kit/mock/testing` stays free of any test runner; this is
// where Vitest's hooks are handed to it.
import { createMfaClient } from '@mfa-kit/core';
import type { MfaClient, MfaClientOptions } from '@mfa-kit/core';
import { totpCode } from '@mfa-kit/mock';
import type { MockBackendOptions, SeededUser } from '@mfa-kit/mock';
import { setupMockServer } from '@mfa-kit/mock/node';
import { serveMockEnv, signInDemoUser } from '@mfa-kit/mock/testing';
import type { MockEnv as KitMockEnv } from '@mfa-kit/mock/testing';
import { afterAll, afterEach, beforeAll } from 'vitest';

export type MockEnv = KitMockEnv<MfaClient, MfaClientOptions>;

/**
 * One mock backend served by msw for this test file (or describe block), on a manual clock to share with the
 * flows (`clock: env.clock`). After each test the backend returns to its seeded state and the request log is
 * emptied; a request the mock does not serve fails the test.
 */
export function setupMockEnv(options: MockBackendOptions = {}): MockEnv {
  const hooks = { beforeAll, afterEach, afterAll };
  const backend = { seed: 7, ...options };
  return serveMockEnv({ hooks, serve: setupMockServer, createClient: createMfaClient, backend });
}

/** A client signed in as the demo user (for the user routes); the sign-in is made on the backend, unrecorded. */
export async function signedInClient(env: MockEnv): Promise<MfaClient> {
  const { accessToken } = await signInDemoUser(env.backend);
  return env.client({ getAccessToken: () => accessToken });
}

/**
 * A client signed in as `user` with their authenticator app, or a code texted to their phone when they have no app,
 * through the client's own calls (made before a test's requests are counted).
 */
export async function signedInAs(env: MockEnv, user: SeededUser): Promise<MfaClient> {
  const anonymous = env.client();
  const login = await anonymous.auth.login({ email: user.email, password: user.password });
  const mfaToken = login.mfaToken ?? '';
  const [app] = user.authenticators;
  const [phone] = user.phones;
  let accessToken: string | undefined;
  if (app) {
    const value = await totpCode(app.secret, env.clock.now());
    ({ accessToken } = await anonymous.authenticatorMfa.verify({ mfaToken, value }));
  } else if (phone) {
    const { otcToken } = await anonymous.smsMfa.sendCode({ deviceId: phone.id, mfaToken });
    const code = env.latestCode('sms');
    ({ accessToken } = await anonymous.smsMfa.verifyCode({
      deviceId: phone.id,
      mfaToken,
      otcToken,
      code,
    }));
  }
  return env.client({ getAccessToken: () => accessToken ?? null });
}
