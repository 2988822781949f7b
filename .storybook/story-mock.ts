import { createMockBackend } from '@mfa-kit/mock';
import type { MockBackend, MockBackendOptions } from '@mfa-kit/mock';
import type { AuthResponse } from '@mfa-kit/core';
import { callMock, loginAs, mockPaths, sendEmailCode, signInDemoUser } from '@mfa-kit/mock/testing';
import type { DemoSession } from '@mfa-kit/mock/testing';
import { loginAnswer } from '../packages/ui/src/test/login-answer.js';

/** Where the stories' client sends requests: a host that cannot exist, so nothing leaks past msw. */
export const MOCK_BASE_URL = 'https://storybook.mfa-kit.test/identity';

/** Codes and ids stay the same from run to run, so screenshots and docs do not churn. */
const DEFAULT_SEED = 20_240_601;

/**
 * A fresh backend for one story, with the demo user signed in on it and `loginAs`, when given, at its
 * second-factor step (off the network, so unrecorded).
 */
export async function createStoryMock(
  options: MockBackendOptions | undefined,
  loginAs?: { email: string; password: string },
): Promise<{ mock: MockBackend; demoSession: DemoSession; loginAnswer?: AuthResponse }> {
  // Tenant-style error codes unless a story asks for the mock's (to show mapping them).
  const mock = createMockBackend({ seed: DEFAULT_SEED, ...options });
  const demoSession = await signInDemoUser(mock, { baseUrl: MOCK_BASE_URL });
  // After the demo user's sign-in, so the seeded codes of stories without `loginAs` stay as they were.
  if (!loginAs) return { mock, demoSession };
  return { mock, demoSession, loginAnswer: await loginAnswer(mock, loginAs, MOCK_BASE_URL) };
}

/** Who is signed in for a story (the `signedIn` parameter): a seeded user, and how long ago. */
export interface StorySignIn {
  /** Default the demo user. A user with a second factor signs in with the email code, so give one with `emailMfa`. */
  user?: { email: string; password: string; emailMfa: boolean };
  /** How long ago the sign-in was, in seconds (a step-up with a shorter `maxAge` asks again). Default 0. */
  secondsAgo?: number;
}

/** The access token of `signIn`'s user on `mock`, made off the network (unrecorded); the outbox is emptied. */
export async function storyAccessToken(
  mock: MockBackend,
  demoToken: string,
  { user, secondsAgo = 0 }: StorySignIn,
): Promise<string> {
  let token = demoToken;
  if (user) {
    const options = { baseUrl: MOCK_BASE_URL };
    const verify = async (path: string, body: unknown) =>
      ((await (await callMock(mock, path, { body, ...options })).json()) as AuthResponse)
        .accessToken ?? '';
    const credentials = { email: user.email, password: user.password };
    if (user.emailMfa) {
      const mfaToken = await loginAs(mock, user, options);
      const sent = await sendEmailCode(mock, mfaToken, options);
      token = await verify(mockPaths.emailCodeVerify, { mfaToken, ...sent });
    } else token = await verify(mockPaths.login, credentials);
    mock.outbox.clear();
  }
  return secondsAgo ? mock.ageSession(token, secondsAgo) : token;
}
