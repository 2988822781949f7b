import type { AuthResponse } from '@mfa-kit/core';
import { DEMO_USERS } from '@mfa-kit/mock';
import { loginAs, mockPaths } from '@mfa-kit/mock/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { enMessages } from '../messages/en.js';
import { errorMessage } from '../messages/error-message.js';
import { fakeWebAuthn } from '@mfa-kit/mock/testing';
import type { FakeWebAuthn, FakeWebAuthnOptions } from '@mfa-kit/mock/testing';
import { setupMockEnv } from '../test/mock-env.js';
import { renderWithMfa } from '../test/render-with-mfa.js';
import { WebAuthnMfaForm } from './webauthn-mfa-form.js';

const env = setupMockEnv();
const owner = DEMO_USERS.passkeyAndRecovery;
const [passkey, securityKey] = owner.webauthn;
const startPath = mockPaths.webauthnStart(passkey.id);
const verifyPath = mockPaths.webauthnVerify(passkey.id);

let browser: FakeWebAuthn | undefined;
afterEach(() => browser?.restore());

async function renderForm(fake: Partial<FakeWebAuthnOptions> = {}) {
  browser = fakeWebAuthn({ device: passkey, ...fake });
  const mfaToken = await loginAs(env.backend, owner);
  const onVerified = vi.fn<(auth: AuthResponse) => void>();
  const view = renderWithMfa(
    <WebAuthnMfaForm
      mfaToken={mfaToken}
      deviceId={passkey.id}
      name={passkey.name}
      onVerified={onVerified}
      clock={env.clock}
    />,
    { client: env.client() },
  );
  // The challenge is fetched on mount, so that the press opens the prompt at once.
  await waitFor(() => expect(env.count(startPath)).toBe(1));
  return { ...view, onVerified, user: userEvent.setup() };
}

const usePasskey = () => screen.getByRole('button', { name: 'Use passkey' });
const alert = () => screen.getByRole('alert');
const error = (kind: Parameters<typeof errorMessage>[1]) => errorMessage(enMessages, kind);

describe('WebAuthnMfaForm', { timeout: 30_000 }, () => {
  it('names the passkey; one press signs in with exactly a start and a verify request', async () => {
    const { user, onVerified, container } = await renderForm();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Use your passkey');
    expect(screen.getByRole('status')).toHaveTextContent(
      `Confirm it's you with your passkey "MacBook Touch ID".`,
    );
    expect(await screen.findByRole('checkbox')).toBeChecked();
    expect(await axe(container)).toHaveNoViolations();
    await user.click(usePasskey());
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(onVerified.mock.calls[0]![0].accessToken).toEqual(expect.any(String));
    expect(browser!.prompts).toBe(1);
    expect(env.count(startPath)).toBe(1);
    expect(env.count(verifyPath)).toBe(1);
    expect(await env.bodies(verifyPath)).toEqual([
      expect.objectContaining({ rememberDevice: true }),
    ]);
    expect(screen.getByText('Verified.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Use passkey' })).not.toBeInTheDocument();
  });

  it('a closed prompt: says so, and "Try again" prompts again with the same challenge', async () => {
    const { user, onVerified, container } = await renderForm({ prompts: ['cancel', 'sign'] });
    await user.click(usePasskey());
    await waitFor(() => expect(alert()).toHaveTextContent(error('webauthn-cancelled')));
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(browser!.prompts).toBe(2);
    expect(env.count(startPath)).toBe(1);
    expect(env.count(verifyPath)).toBe(1);
  });

  it('while the prompt is open the button is busy and a second press opens nothing', async () => {
    const { user } = await renderForm({ prompts: ['open'] });
    await user.click(usePasskey());
    expect(await screen.findByText("Follow your browser's prompt…")).toBeInTheDocument();
    expect(usePasskey()).toHaveAttribute('aria-disabled', 'true');
    await user.click(usePasskey());
    expect(browser!.prompts).toBe(1);
  });

  it('no WebAuthn in this browser: says so, with no retry that cannot help', async () => {
    const { user, container } = await renderForm({ supported: false });
    await user.click(usePasskey());
    await waitFor(() => expect(alert()).toHaveTextContent(error('webauthn-unsupported')));
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(env.count(verifyPath)).toBe(0);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('an insecure page: says so, with no retry', async () => {
    const { user } = await renderForm({ secure: false });
    await user.click(usePasskey());
    await waitFor(() => expect(alert()).toHaveTextContent(error('webauthn-insecure-context')));
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('an assertion the server refuses (another key signed): says so and offers to try again', async () => {
    const { user, onVerified } = await renderForm({ device: securityKey });
    await user.click(usePasskey());
    await waitFor(() =>
      expect(alert()).toHaveTextContent(
        "Your passkey or security key wasn't accepted. Try again, or use another method.",
      ),
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(env.count(verifyPath)).toBe(1);
    expect(onVerified).not.toHaveBeenCalled();
  });
});
