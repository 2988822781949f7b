import { DEMO_USERS } from '@mfa-kit/mock';
import { mockPaths } from '@mfa-kit/mock/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { MfaLoginStep } from '../login-step.js';
import { setupMockEnv } from '../test/mock-env.js';
import { renderWithMfa } from '../test/render-with-mfa.js';

const env = setupMockEnv();

it('reads the remember-device policy once for the step, however many methods the user tries', async () => {
  const client = env.client();
  const { email, password } = DEMO_USERS.smsAndAuthenticator;
  const loginAnswer = await client.auth.login({ email, password });
  renderWithMfa(<MfaLoginStep loginAnswer={loginAnswer} email={email} />, { client });
  await screen.findByRole('heading', { name: 'Enter the code from your authenticator app' });
  await screen.findByRole('checkbox', { name: /Don't ask again on this device/ });

  await userEvent.click(screen.getByRole('button', { name: 'Use another method' }));
  await userEvent.click(screen.getByRole('button', { name: 'Text message to •••• 9876' }));
  await screen.findByRole('heading', { name: 'Check your phone' });
  await screen.findByRole('checkbox', { name: /Don't ask again on this device/ });

  expect(env.count(mockPaths.smsCode(DEMO_USERS.smsAndAuthenticator.phones[0].id))).toBe(1);
  expect(env.count(mockPaths.rememberDevicePolicy)).toBe(1);
});
