// The email step when the app maps its tenant's error codes (errorCodeKinds): expired and too many
// attempts get their own words. The default path (no map) is in email-mfa-form.test.tsx.
import type { AuthResponse } from '@mfa-kit/core';
import { MOCK_ERROR_CODE_KINDS } from '@mfa-kit/mock';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EmailMfaForm } from './email-mfa-form.js';
import type { EmailMfaFormProps } from './email-mfa-form.js';
import { loginDemoUser, mockPaths, wrongCode, wrongCodes } from '@mfa-kit/mock/testing';
import { setupMockEnv } from '../test/mock-env.js';
import { renderWithMfa } from '../test/render-with-mfa.js';

const env = setupMockEnv({ maxAttempts: 3, errorCodeStyle: 'mock' });

async function renderForm(props: Partial<EmailMfaFormProps> = {}) {
  const client = env.client({ errorCodeKinds: MOCK_ERROR_CODE_KINDS });
  const mfaToken = await loginDemoUser(env.backend);
  const onVerified = vi.fn<(auth: AuthResponse) => void>();
  renderWithMfa(
    <EmailMfaForm onVerified={onVerified} clock={env.clock} {...props} mfaToken={mfaToken} />,
    {
      client,
    },
  );
  const code = screen.getByLabelText<HTMLInputElement>('Verification code');
  return { onVerified, code, user: userEvent.setup() };
}

const SENT = 'We sent a code to your email address.';
const alert = () => screen.getByRole('alert');
const button = (name: string) => screen.getByRole('button', { name });
const settled = () =>
  waitFor(() => expect(screen.getByRole('form')).not.toHaveAttribute('aria-busy'));

describe('EmailMfaForm with the error codes mapped', { timeout: 30_000 }, () => {
  it('wrong code: the same words as without a map', async () => {
    const { code, user } = await renderForm();
    await screen.findByText(SENT);
    await user.type(code, wrongCode(env.latestCode()));
    await waitFor(() =>
      expect(alert()).toHaveTextContent(
        "That code didn't work. Check it, or send a new code.Details from the server: Invalid code",
      ),
    );
    expect(code).toHaveValue('');
  });

  it('too many wrong codes: waits out the cooldown, then a new code works', async () => {
    const { code, user, onVerified } = await renderForm({ maxAttempts: 3 });
    await screen.findByText(SENT);
    const right = env.latestCode();
    for (const wrong of wrongCodes(right, 3)) {
      await user.type(code, wrong);
      await settled();
    }
    expect(alert()).toHaveTextContent('Too many wrong codes. Wait 0:30, then send a new code.');
    const sendNew = button('Send a new code');
    expect(sendNew).toHaveAttribute('aria-disabled', 'true');
    await user.click(sendNew);
    expect(env.count(mockPaths.emailCode)).toBe(1);

    act(() => env.clock.advance(30_000));
    expect(alert()).toHaveTextContent('You can request a new code now.');
    await user.click(button('Send a new code'));
    await screen.findByText('We sent you a new code.');
    expect(code).toHaveFocus();
    await user.type(code, env.latestCode());
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.emailCode)).toBe(2);
    expect(env.count(mockPaths.emailCodeVerify)).toBe(4);
  });

  it('code expired on the server: says so, a new code verifies', async () => {
    const { code, user, onVerified } = await renderForm({ codeTtlMs: 900_000 });
    await screen.findByText(SENT);
    act(() => env.clock.advance(601_000));
    await user.type(code, env.latestCode());
    await waitFor(() =>
      expect(alert()).toHaveTextContent('The code has expired. Send a new code and try again.'),
    );
    expect(code).toHaveFocus();
    await user.click(button('Send a new code'));
    await screen.findByText('We sent you a new code.');
    await user.type(code, env.latestCode());
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.emailCode)).toBe(2);
  });
});
