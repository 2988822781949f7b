import { createMockBackend } from '@mfa-kit/mock';
import type { MockBackend, MockBackendOptions } from '@mfa-kit/mock';
import type { AuthResponse } from '@mfa-kit/core';
import { signInDemoUser } from '@mfa-kit/mock/testing';
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
