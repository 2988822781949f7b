// Test support: an app's signed-in session for step-up, as the demo keeps one: the token the client sends, and
// `onStepUp` storing the new one.
import type { AuthResponse, MfaClient } from '@mfa-kit/core';
import { signInDemoUser } from '@mfa-kit/mock/testing';
import { vi } from 'vitest';
import type { MockEnv } from './mock-env.js';

export interface StepUpSession {
  client: MfaClient;
  getAccessToken: () => string;
  onStepUp: ReturnType<typeof vi.fn<(auth: AuthResponse) => void>>;
}

/** The demo user signed in with a second factor, `secondsAgo` seconds ago (0: just now). */
export async function stepUpSession(env: MockEnv, secondsAgo = 0): Promise<StepUpSession> {
  const { accessToken } = await signInDemoUser(env.backend);
  let token = secondsAgo ? await env.backend.ageSession(accessToken, secondsAgo) : accessToken;
  const getAccessToken = () => token;
  const onStepUp = vi.fn((auth: AuthResponse) => {
    token = auth.accessToken ?? '';
  });
  return { client: env.client({ getAccessToken }), getAccessToken, onStepUp };
}

/** Passes a step-up's challenge with the email code, as the user would in the dialog: the new answer. */
export async function passWithEmail(
  env: MockEnv,
  client: MfaClient,
  mfaToken: string,
): Promise<AuthResponse> {
  const { otcToken } = await client.emailMfa.sendCode({ mfaToken });
  return client.emailMfa.verifyCode({ mfaToken, otcToken, code: env.latestCode() });
}
