import { createMockBackend } from '@mfa-kit/mock';
import type { MockBackend, MockBackendOptions } from '@mfa-kit/mock';
import { signInDemoUser } from '@mfa-kit/mock/testing';
import type { DemoSession } from '@mfa-kit/mock/testing';

/** Where the stories' client sends requests: a host that cannot exist, so nothing leaks past msw. */
export const MOCK_BASE_URL = 'https://storybook.mfa-kit.test/identity';

/** Codes and ids stay the same from run to run, so screenshots and docs do not churn. */
const DEFAULT_SEED = 20_240_601;

/** A fresh backend for one story, with the demo user signed in on it (off the network, so unrecorded). */
export async function createStoryMock(
  options: MockBackendOptions | undefined,
): Promise<{ mock: MockBackend; demoSession: DemoSession }> {
  // Tenant-style error codes unless a story asks for the mock's (to show mapping them).
  const mock = createMockBackend({ seed: DEFAULT_SEED, ...options });
  return { mock, demoSession: await signInDemoUser(mock, { baseUrl: MOCK_BASE_URL }) };
}
