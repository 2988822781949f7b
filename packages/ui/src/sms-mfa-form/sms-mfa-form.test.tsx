import type { AuthResponse } from '@mfa-kit/core';
import { DEMO_USERS } from '@mfa-kit/mock';
import { loginAs, mockPaths, wrongCode } from '@mfa-kit/mock/testing';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { setupMockEnv } from '../test/mock-env.js';
import { renderWithMfa } from '../test/render-with-mfa.js';
import { SmsMfaForm } from './sms-mfa-form.js';
import { wholeText } from '../test/whole-text.js';

const env = setupMockEnv();
const user = DEMO_USERS.smsAndAuthenticator;
const [phone] = user.phones;
const sendPath = mockPaths.smsCode(phone.id);
const verifyPath = mockPaths.smsCodeVerify(phone.id);

async function renderForm({ strict = false } = {}) {
  const mfaToken = await loginAs(env.backend, user);
  const onVerified = vi.fn<(auth: AuthResponse) => void>();
  const view = renderWithMfa(
    <SmsMfaForm
      mfaToken={mfaToken}
      deviceId={phone.id}
      phoneNumber={phone.phoneNumber}
      onVerified={onVerified}
      clock={env.clock}
    />,
    { client: env.client(), strict },
  );
  const code = screen.getByLabelText<HTMLInputElement>('Verification code');
  return { ...view, onVerified, code, user: userEvent.setup() };
}

const SENT = 'We texted a code to •••• 9876.';
const button = (name: string) => screen.getByRole('button', { name });

describe('SmsMfaForm', { timeout: 30_000 }, () => {
  it('texts one code on mount (StrictMode too) and shows the masked number, never the whole one', async () => {
    const { container } = await renderForm({ strict: true });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check your phone');
    expect(await screen.findByText(wholeText(SENT))).toHaveAttribute('role', 'status');
    expect(container).not.toHaveTextContent('0109876');
    expect(env.count(sendPath)).toBe(1);
    expect(env.backend.outbox.messages()).toEqual([expect.objectContaining({ channel: 'sms' })]);
    expect(button('Resend code')).toHaveTextContent('Resend code in 0:30');
    expect(await screen.findByRole('checkbox')).toBeChecked();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('resends once the cooldown has passed on the test clock, and the new code signs in', async () => {
    const { code, user, onVerified } = await renderForm();
    await screen.findByText(wholeText(SENT));
    const first = env.latestCode('sms');
    await user.click(button('Resend code'));
    expect(env.count(sendPath)).toBe(1);
    act(() => env.clock.advance(30_000));
    expect(button('Resend code')).not.toHaveAttribute('aria-disabled');
    await user.click(button('Resend code'));
    await screen.findByText('We sent you a new code.');
    expect(env.count(sendPath)).toBe(2);
    expect(env.latestCode('sms')).not.toBe(first);
    await user.type(code, env.latestCode('sms'));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(env.count(verifyPath)).toBe(1);
  });

  it('a wrong code says so and empties the field; the right code then signs in, one request each', async () => {
    const { code, user, onVerified, container } = await renderForm();
    await screen.findByText(wholeText(SENT));
    await user.type(code, wrongCode(env.latestCode('sms')));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        "That code didn't work. Check it, or send a new code.",
      ),
    );
    await waitFor(() => expect(code).toHaveValue(''));
    expect(await axe(container)).toHaveNoViolations();
    await user.type(code, env.latestCode('sms'));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(onVerified.mock.calls[0]![0].accessToken).toEqual(expect.any(String));
    expect(env.count(verifyPath)).toBe(2);
    expect((await env.bodies(verifyPath))[1]).toMatchObject({
      code: env.latestCode('sms'),
      rememberDevice: true,
    });
  });
});
