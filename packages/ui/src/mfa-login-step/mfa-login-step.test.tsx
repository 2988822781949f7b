import type { AuthResponse } from '@mfa-kit/core';
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { mockPaths } from '@mfa-kit/mock/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { fakeWebAuthn } from '@mfa-kit/mock/testing';
import type { FakeWebAuthn } from '@mfa-kit/mock/testing';
import { loginAnswer } from '../test/login-answer.js';
import { setupMockEnv } from '../test/mock-env.js';
import { renderWithMfa } from '../test/render-with-mfa.js';
import { MfaLoginStep } from './mfa-login-step.js';
import type { MfaLoginStepProps } from './mfa-login-step.js';

const env = setupMockEnv();
const owner = DEMO_USERS.allFactors;
const [passkey] = owner.webauthn;

// The passkey form asks for its challenge on mount; the browser is faked so a press would sign.
let browser: FakeWebAuthn | undefined;
beforeEach(() => {
  browser = fakeWebAuthn({ device: passkey });
});
afterEach(() => {
  browser?.restore();
  localStorage.clear();
});

async function renderStep(props: Partial<MfaLoginStepProps> = {}) {
  const onVerified = vi.fn<(auth: AuthResponse) => void>();
  const answer = props.loginAnswer ?? (await loginAnswer(env.backend, owner));
  const view = renderWithMfa(
    <MfaLoginStep
      email={owner.email}
      clock={env.clock}
      onVerified={onVerified}
      {...props}
      loginAnswer={answer}
    />,
    { client: env.client() },
  );
  return { ...view, onVerified, user: userEvent.setup() };
}

const heading = () => screen.findByRole('heading', { level: 1 });
const anotherMethod = () => screen.getByRole('button', { name: 'Use another method' });
const methodList = () => screen.getByRole('list');
const methodNames = () =>
  within(methodList())
    .getAllByRole('button')
    .map((button) => button.textContent);

describe('MfaLoginStep', { timeout: 30_000 }, () => {
  it('shows the passkey first; "Use another method" lists the others by what identifies them', async () => {
    const { user, container } = await renderStep();
    expect(await heading()).toHaveTextContent('Use your passkey');
    expect(anotherMethod()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    await user.click(anotherMethod());
    expect(anotherMethod()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Choose how to verify')).toBeVisible();
    expect(methodNames()).toEqual([
      'Security key "Backup YubiKey"',
      'Authenticator app',
      'Text message to •••• 0123',
      'Email to a•••s@mfa-kit.dev',
      'Recovery code',
    ]);
    expect(container).not.toHaveTextContent('7700900123');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('choosing the authenticator app loads its form; the right code calls onVerified once', async () => {
    const { user, onVerified, container } = await renderStep();
    await heading();
    await user.click(anotherMethod());
    await user.click(screen.getByRole('button', { name: 'Authenticator app' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        'Enter the code from your authenticator app',
      ),
    );
    expect(anotherMethod()).toHaveAttribute('aria-expanded', 'false');
    expect(await axe(container)).toHaveNoViolations();
    const code = screen.getByLabelText('Verification code');
    await user.type(code, await totpCode(owner.authenticators[0].secret, env.clock.now()));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(onVerified.mock.calls[0]![0].accessToken).toEqual(expect.any(String));
    expect(env.count(mockPaths.authenticatorVerify)).toBe(1);
  });

  it('without an email to spend it with, offers no recovery code', async () => {
    // The login answer carries no userEmail, and the app passes none.
    const { user } = await renderStep({ email: undefined });
    await heading();
    await user.click(anotherMethod());
    expect(methodNames()).not.toContain('Recovery code');
    expect(methodNames()).toHaveLength(4);
  });

  it('rememberLastMethod keeps only the kind that passed, and shows it first next time', async () => {
    const first = await renderStep({ rememberLastMethod: true });
    await heading();
    await first.user.click(anotherMethod());
    await first.user.click(screen.getByRole('button', { name: 'Authenticator app' }));
    const code = await screen.findByLabelText('Verification code');
    await first.user.type(code, await totpCode(owner.authenticators[0].secret, env.clock.now()));
    await waitFor(() => expect(first.onVerified).toHaveBeenCalledOnce());
    expect({ ...localStorage }).toEqual({ 'mfa-kit:last-mfa-method': 'authenticator' });
    first.unmount();

    await renderStep({ rememberLastMethod: true });
    expect(await heading()).toHaveTextContent('Enter the code from your authenticator app');
  });

  it('stores nothing without rememberLastMethod', async () => {
    const { user, onVerified } = await renderStep();
    await heading();
    await user.click(screen.getByRole('button', { name: 'Use passkey' }));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(localStorage).toHaveLength(0);
  });

  it('an answer that asks for no second factor: says so, with whom to contact', async () => {
    const answer = await loginAnswer(env.backend, owner);
    const { container } = await renderStep({
      loginAnswer: { ...answer, mfaRequired: false },
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your account has no second factor to finish signing in with. Contact your administrator.',
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
