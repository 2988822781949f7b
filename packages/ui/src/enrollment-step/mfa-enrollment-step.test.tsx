import type { AuthResponse } from '@mfa-kit/core';
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { mockPaths } from '@mfa-kit/mock/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { MfaLoginStep } from '../mfa-login-step/mfa-login-step.js';
import { setupMockEnv } from '../test/mock-env.js';
import { secretOfQrCode } from '@mfa-kit/mock/testing/node';
import { renderWithMfa } from '../test/render-with-mfa.js';
import { MfaEnrollmentStep } from './mfa-enrollment-step.js';
import { ASYNC_UTIL_TIMEOUT_MS } from '../../../../tools/test-kit/async-timeout.js';
import { wholeText } from '../test/whole-text.js';

const env = setupMockEnv();

/**
 * `askTenant`: the login answer carries no strategies (the spec leaves their shape open), so the step asks.
 * `recoveryCode`: one the login answer carries, as Frontegg's may.
 */
async function renderStep({
  askTenant = false,
  recoveryCode,
}: { askTenant?: boolean; recoveryCode?: string } = {}) {
  const { mfaStrategies, ...rest } = await env.client().auth.login(DEMO_USERS.newUser);
  const loginAnswer: AuthResponse = {
    ...(askTenant ? rest : { ...rest, mfaStrategies }),
    ...(recoveryCode && { recoveryCode }),
  };
  expect(loginAnswer).toMatchObject({ mfaRequired: true, mfaEnrolled: false });
  const onVerified = vi.fn<(auth: AuthResponse) => void>();
  const view = renderWithMfa(
    <MfaEnrollmentStep loginAnswer={loginAnswer} onVerified={onVerified} clock={env.clock} />,
    { client: env.client() },
  );
  return { ...view, onVerified, user: userEvent.setup() };
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });

async function choose(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('radio', { name }));
  await user.click(button('Continue'));
}

describe('MfaEnrollmentStep: adding a first factor at login', { timeout: 30_000 }, () => {
  it('offers the factors the login answer names (no email code), asking nothing, as a radio group', async () => {
    const { container } = await renderStep();
    const group = await screen.findByRole('group', { name: 'How do you want to verify?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['authenticator', 'passkey', 'security-key', 'sms']);
    expect(screen.getByRole('radio', { name: 'Authenticator app' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Text message (SMS)' })).toHaveAccessibleDescription(
      'A code texted to your phone.',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Set up two-step verification',
    );
    expect(env.count(mockPaths.mfaStrategies)).toBe(0);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("asks the tenant's strategies, once, when the login answer carries none", async () => {
    await renderStep({ askTenant: true });
    expect(await screen.findByRole('radio', { name: 'Authenticator app' })).toBeChecked();
    expect(env.count(mockPaths.mfaStrategies)).toBe(1);
  });

  it('lists only the active ones, and says so when none can be added here', async () => {
    const strategies = [
      { strategy: 'EmailCode', isActive: true },
      { strategy: 'SMS', isActive: false },
    ];
    env.backend.faults.failNext(
      1,
      { status: 200, body: { strategies } },
      { route: 'mfa-strategies' },
    );
    await renderStep({ askTenant: true });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your organization offers no second factor you can set up here. Contact your administrator.',
    );
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('says when the factors could not be loaded, and Try again asks once more', async () => {
    env.backend.faults.failNext(1, { status: 503, body: {} }, { route: 'mfa-strategies' });
    const { user } = await renderStep({ askTenant: true });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "We couldn't load the ways to verify. Check your connection and try again.",
    );
    await user.click(button('Try again'));
    expect(await screen.findByRole('radio', { name: 'Authenticator app' })).toBeChecked();
    expect(env.count(mockPaths.mfaStrategies)).toBe(2);
  });

  it('enrolls an authenticator app: QR, first code, the recovery code saved, then signed in once', async () => {
    const { user, onVerified, container } = await renderStep();
    await choose(user, 'Authenticator app');
    const qr = await screen.findByRole('img', {
      name: 'QR code to scan with your authenticator app',
    });
    expect(env.count(mockPaths.enrollAuthenticator)).toBe(1);
    expect(
      screen.getByText(
        'Scan the QR code with your authenticator app, then enter the 6-digit code it shows.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(button("Can't scan it?")).toHaveAttribute('aria-expanded', 'false');
    expect(await axe(container)).toHaveNoViolations();

    const secret = secretOfQrCode(qr.getAttribute('src')!.replace('data:image/png;base64,', ''));
    const code = screen.getByLabelText('Verification code');
    await user.type(code, await totpCode(secret, env.clock.now()));

    const title = await screen.findByRole('heading', { name: 'Save your recovery code' });
    expect(title).toHaveFocus();
    expect(env.count(mockPaths.enrollAuthenticatorVerify)).toBe(1);
    expect(onVerified).not.toHaveBeenCalled();

    await user.click(button('Continue'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Save your recovery code, then check the box to continue.',
    );
    expect(screen.getByRole('checkbox', { name: "I've saved my recovery code" })).toHaveFocus();
    expect(onVerified).not.toHaveBeenCalled();
    expect(await axe(container)).toHaveNoViolations();

    await user.click(screen.getByRole('checkbox', { name: "I've saved my recovery code" }));
    await user.click(button('Continue'));
    await user.click(button('Continue'));
    expect(onVerified).toHaveBeenCalledOnce();
    const auth = onVerified.mock.calls[0]![0];
    expect(auth.accessToken).toEqual(expect.any(String));
    expect(screen.getByText(auth.recoveryCode!)).toBeInTheDocument();
    expect(
      JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    ).not.toContain(auth.recoveryCode!);
  });

  it('SMS: an invalid number sends nothing and says why; a valid one sends one code', async () => {
    const { user, onVerified } = await renderStep();
    await choose(user, 'Text message (SMS)');
    const phone = await screen.findByRole('textbox', { name: 'Phone number' });
    expect(phone).toHaveFocus();
    expect(phone).toHaveAttribute('type', 'tel');
    expect(phone).toHaveAttribute('autocomplete', 'tel');
    expect(phone).toHaveAccessibleDescription('Include your country code, e.g. +1 415 555 0123');

    await user.type(phone, '415 555 0123');
    await user.click(button('Text me a code'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter the number with its country code, starting with +, e.g. +1 415 555 0123.',
    );
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveFocus();
    expect(env.count(mockPaths.enrollSms)).toBe(0);

    await user.clear(phone);
    await user.type(phone, '+1 (415) 555-0123{Enter}');
    expect(await screen.findByText(wholeText('We texted a code to •••• 0123.'))).toHaveAttribute(
      'role',
      'status',
    );
    expect(env.count(mockPaths.enrollSms)).toBe(1);
    expect(screen.getByLabelText('Verification code')).toHaveAccessibleDescription(
      'Enter the 6-digit code.',
    );

    await user.type(screen.getByLabelText('Verification code'), env.latestCode('sms'));
    await screen.findByRole('heading', { name: 'Save your recovery code' });
    expect(env.count(mockPaths.enrollSmsVerify)).toBe(1);
    await user.click(screen.getByRole('checkbox', { name: "I've saved my recovery code" }));
    await user.click(button('Continue'));
    expect(onVerified).toHaveBeenCalledOnce();
  });

  // `@frontegg/redux-store` 7.119 keeps the login answer's recovery code
  // (`auth/LoginState/actions/mfaRequiredState.actions.js`) and shows it when the enroll verify's answer has none
  // (`auth/LoginState/actions/index.js`, `handleEnrollMFAResponse`).
  async function enrollSms(user: ReturnType<typeof userEvent.setup>) {
    await choose(user, 'Text message (SMS)');
    await user.type(
      await screen.findByRole('textbox', { name: 'Phone number' }),
      '+14155550123{Enter}',
    );
    await screen.findByText(wholeText('We texted a code to •••• 0123.'));
    await user.type(screen.getByLabelText('Verification code'), env.latestCode('sms'));
  }
  const signedIn = { mfaRequired: false, accessToken: 'h.p.s', refreshToken: 'r' };

  it("shows the login answer's recovery code when the enrollment answer has none", async () => {
    const { user, onVerified } = await renderStep({ recoveryCode: 'LOGN-CODE-0001' });
    env.backend.faults.failNext(1, { status: 200, body: signedIn }, { route: 'enroll-sms-verify' });
    await enrollSms(user);
    expect(await screen.findByRole('heading', { name: 'Save your recovery code' })).toHaveFocus();
    expect(screen.getByText('LOGN-CODE-0001')).toBeInTheDocument();
    expect(onVerified).not.toHaveBeenCalled();
    await user.click(screen.getByRole('checkbox', { name: "I've saved my recovery code" }));
    await user.click(button('Continue'));
    expect(onVerified).toHaveBeenCalledExactlyOnceWith(expect.objectContaining(signedIn));
    expect(env.count(mockPaths.enrollSmsVerify)).toBe(1);
  });

  it("prefers the enrollment answer's recovery code to the login answer's", async () => {
    const { user } = await renderStep({ recoveryCode: 'LOGN-CODE-0001' });
    await enrollSms(user);
    await screen.findByRole('heading', { name: 'Save your recovery code' });
    expect(screen.queryByText('LOGN-CODE-0001')).toBeNull();
    expect(screen.getByText(/^\w{4}-\w{4}-\w{4}$/)).toBeInTheDocument();
  });

  it('signs in at once when neither answer carries a recovery code', async () => {
    const { user, onVerified } = await renderStep();
    env.backend.faults.failNext(1, { status: 200, body: signedIn }, { route: 'enroll-sms-verify' });
    await enrollSms(user);
    await vi.waitFor(() => expect(onVerified).toHaveBeenCalledOnce(), {
      timeout: ASYNC_UTIL_TIMEOUT_MS,
    });
    expect(screen.queryByRole('heading', { name: 'Save your recovery code' })).toBeNull();
  });

  it('SMS: "Use another number" goes back to the number, sending nothing', async () => {
    const { user } = await renderStep();
    await choose(user, 'Text message (SMS)');
    await user.type(
      await screen.findByRole('textbox', { name: 'Phone number' }),
      '+14155550123{Enter}',
    );
    await screen.findByText(wholeText('We texted a code to •••• 0123.'));
    await user.click(button('Use another number'));
    expect(await screen.findByRole('textbox', { name: 'Phone number' })).toHaveValue(
      '+14155550123',
    );
    expect(env.count(mockPaths.enrollSms)).toBe(1);
  });

  it('moves focus with the screens: the choice when shown, then the passkey button after Continue', async () => {
    const { user } = await renderStep();
    expect(await screen.findByRole('radio', { name: 'Authenticator app' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Passkey on this device' })).toBeChecked();
    await user.click(button('Continue'));
    // Focus moves in an effect after the button renders: wait for it, not only for the button.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Create passkey' })).toHaveFocus(),
    );
  });

  it('"Choose another method" goes back to the choice, keeping what was chosen', async () => {
    const { user } = await renderStep();
    await choose(user, 'Security key');
    expect(await screen.findByRole('button', { name: 'Add security key' })).toBeInTheDocument();
    await user.click(button('Choose another method'));
    expect(await screen.findByRole('radio', { name: 'Security key' })).toBeChecked();
    expect(env.count(mockPaths.mfaStrategies)).toBe(0);
  });

  it('MfaLoginStep shows it for a login that must enroll', async () => {
    const loginAnswer = await env.client().auth.login(DEMO_USERS.newUser);
    renderWithMfa(<MfaLoginStep loginAnswer={loginAnswer} clock={env.clock} />, {
      client: env.client(),
    });
    expect(
      await screen.findByRole('heading', { name: 'Set up two-step verification' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/no second factor to finish signing in/)).toBeNull();
  });
});
