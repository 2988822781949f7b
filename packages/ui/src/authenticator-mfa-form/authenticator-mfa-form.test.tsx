import type { AuthResponse } from '@mfa-kit/core';
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { loginAs, mockPaths, wrongCode } from '@mfa-kit/mock/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { setupMockEnv } from '../test/mock-env.js';
import { renderWithMfa } from '../test/render-with-mfa.js';
import { AuthenticatorMfaForm } from './authenticator-mfa-form.js';

const env = setupMockEnv();
const user = DEMO_USERS.authenticator;
const [app] = user.authenticators;

async function renderForm({ strict = false } = {}) {
  const mfaToken = await loginAs(env.backend, user);
  const onVerified = vi.fn<(auth: AuthResponse) => void>();
  const view = renderWithMfa(
    <AuthenticatorMfaForm mfaToken={mfaToken} onVerified={onVerified} clock={env.clock} />,
    { client: env.client(), strict },
  );
  const code = screen.getByLabelText<HTMLInputElement>('Verification code');
  return { ...view, onVerified, code, user: userEvent.setup() };
}

const STATUS = 'Open your authenticator app and enter the code it shows for this account.';
const appCode = () => totpCode(app.secret, env.clock.now());
const alert = () => screen.getByRole('alert');

describe('AuthenticatorMfaForm', { timeout: 30_000 }, () => {
  it('says where the code is, sends nothing on mount and offers no resend', async () => {
    const { container } = await renderForm({ strict: true });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Enter the code from your authenticator app',
    );
    expect(screen.getByRole('status')).toHaveTextContent(STATUS);
    expect(await screen.findByRole('checkbox')).toBeChecked();
    expect(screen.queryByRole('button', { name: /resend|new code/i })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Verify']);
    expect(env.count(mockPaths.totpVerify)).toBe(0);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('a wrong code: asks for the code the app shows now and empties the field', async () => {
    const { code, user, onVerified, container } = await renderForm();
    await user.type(code, wrongCode(await appCode()));
    await waitFor(() =>
      expect(alert()).toHaveTextContent(
        "That code didn't work. Enter the code your app shows now: it changes every 30 seconds.",
      ),
    );
    await waitFor(() => expect(code).toHaveValue(''));
    expect(code).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Send a new code' })).not.toBeInTheDocument();
    expect(env.count(mockPaths.totpVerify)).toBe(1);
    expect(onVerified).not.toHaveBeenCalled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('the right code, with Enter too: one request with the remember-device choice, onVerified once', async () => {
    const { code, user, onVerified } = await renderForm();
    await screen.findByRole('checkbox');
    const right = await appCode();
    await user.type(code, `${right}{Enter}`);
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(onVerified.mock.calls[0]![0].accessToken).toEqual(expect.any(String));
    expect(env.count(mockPaths.totpVerify)).toBe(1);
    expect(await env.bodies(mockPaths.totpVerify)).toEqual([
      expect.objectContaining({ value: right, rememberDevice: true }),
    ]);
    expect(screen.getByText('Verified.')).toHaveFocus();
  });

  it('sends rememberDevice false when the box is unticked', async () => {
    const { code, user, onVerified } = await renderForm();
    await user.click(await screen.findByRole('checkbox'));
    await user.type(code, await appCode());
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(await env.bodies(mockPaths.totpVerify)).toEqual([
      expect.objectContaining({ rememberDevice: false }),
    ]);
  });

  it('offers no remember-device box when the policy disallows it, and sends false', async () => {
    env.backend.faults.failNext(
      1,
      { status: 200, body: { isAllowedToRemember: false, mfaDeviceExpiration: 1_209_600 } },
      { route: 'remember-device-policy' },
    );
    const { code, user, onVerified } = await renderForm();
    await waitFor(() => expect(env.count(mockPaths.rememberDevicePolicy)).toBe(1));
    await user.type(code, await appCode());
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(await env.bodies(mockPaths.totpVerify)).toEqual([
      expect.objectContaining({ rememberDevice: false }),
    ]);
  });
});
