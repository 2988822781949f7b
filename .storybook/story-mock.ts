import { DEMO_USER, createMockBackend } from '@mfa-kit/mock';
import type { MockBackend, MockBackendOptions } from '@mfa-kit/mock';

/** Where the stories' client sends requests: a host that cannot exist, so nothing leaks past msw. */
export const MOCK_BASE_URL = 'https://storybook.mfa-kit.test/identity';

/** The demo user's standing on a story's backend, ready before the story renders. */
export interface DemoSession {
  /** A password sign-in waiting for its email code: what `EmailMfaForm` takes. No code is sent yet. */
  mfaToken: string;
  /** The access token of a finished sign-in, for the settings routes (devices, SMS MFA). */
  accessToken: string;
}

/** Codes and ids stay the same from run to run, so screenshots and docs do not churn. */
const DEFAULT_SEED = 20_240_601;

async function post(
  mock: MockBackend,
  path: string,
  body: unknown,
): Promise<Record<string, unknown>> {
  const response = await mock.handle(
    new Request(`${MOCK_BASE_URL}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok || typeof json !== 'object' || json === null) {
    throw new Error(
      `Storybook could not sign the demo user in: ${path} answered HTTP ${response.status}.`,
    );
  }
  return json as Record<string, unknown>;
}

function stringField(json: Record<string, unknown>, name: string): string {
  const value = json[name];
  if (typeof value !== 'string' || value === '') {
    throw new Error(`Storybook could not sign the demo user in: the mock's answer has no ${name}.`);
  }
  return value;
}

/**
 * Signs the demo user in on `mock` directly (not through the network, so a story's requests are only
 * its own): one finished sign-in for its access token, then a second one left at the MFA step.
 * The outbox is emptied afterwards, so `outbox.latest()` is the story's own code.
 */
async function signInDemoUser(mock: MockBackend): Promise<DemoSession> {
  const credentials = { email: DEMO_USER.email, password: DEMO_USER.password };
  const firstToken = stringField(
    await post(mock, '/resources/auth/v1/user', credentials),
    'mfaToken',
  );
  const otcToken = stringField(
    await post(mock, '/resources/auth/v1/user/mfa/emailcode', { mfaToken: firstToken }),
    'otcToken',
  );
  const code = mock.outbox.latest({ channel: 'email' })?.code;
  if (code === undefined)
    throw new Error('Storybook could not sign the demo user in: no email code was sent.');
  const signedIn = await post(mock, '/resources/auth/v1/user/mfa/emailcode/verify', {
    mfaToken: firstToken,
    otcToken,
    code,
  });
  const mfaToken = stringField(
    await post(mock, '/resources/auth/v1/user', credentials),
    'mfaToken',
  );
  mock.outbox.clear();
  return { mfaToken, accessToken: stringField(signedIn, 'accessToken') };
}

/** A fresh backend for one story, with the demo user signed in. */
export async function createStoryMock(
  options: MockBackendOptions | undefined,
): Promise<{ mock: MockBackend; demoSession: DemoSession }> {
  const mock = createMockBackend({ seed: DEFAULT_SEED, ...options });
  return { mock, demoSession: await signInDemoUser(mock) };
}
