// What a page translator and a password manager see in every form (issue #21): codes, recovery codes, setup keys and
// masked phone numbers carry translate="no"; only a field for a one-time code carries autocomplete="one-time-code"
// (never a recovery code's or a phone number's).
import type { AuthResponse } from '@mfa-kit/core';
import { DEMO_USERS } from '@mfa-kit/mock';
import { loginDemoUser } from '@mfa-kit/mock/testing';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EmailMfaForm } from '../email-mfa-form/email-mfa-form.js';
import { MfaEnrollmentStep } from '../enrollment-step/mfa-enrollment-step.js';
import { RecoveryCodeNotice } from '../factor-setup/recovery-code-notice.js';
import { MfaDeviceList } from '../mfa-device-list/mfa-device-list.js';
import { MfaSettings } from '../mfa-settings/mfa-settings.js';
import { RecoveryCodeForm } from '../recovery-code-form/recovery-code-form.js';
import { setupMockEnv, signedInClient } from '../test/mock-env.js';
import { renderWithMfa } from '../test/render-with-mfa.js';
import { wholeText } from '../test/whole-text.js';

const env = setupMockEnv();

/**
 * Every input on screen: a one-time code's field (the code input's, or the remove-authenticator panel's, which takes
 * the app's code) may ask for one-time-code autofill; any other may not. Returns how many inputs were checked.
 */
function expectAutocompleteOnlyOnCodes() {
  const inputs = [...document.querySelectorAll('input')];
  for (const input of inputs) {
    const name = input.labels?.[0]?.textContent ?? input.name;
    const isCode =
      input.closest('.mfa-code') !== null || name === 'Code from your app or a recovery code';
    if (!isCode) expect(input, name).not.toHaveAttribute('autocomplete', 'one-time-code');
    else expect(input, name).toHaveAttribute('autocomplete', 'one-time-code');
  }
  return inputs.length;
}

describe('field attributes: translate="no" and one-time-code autofill', { timeout: 30_000 }, () => {
  it('a code field: its slots and input are not translated, and it asks for one-time codes', async () => {
    const mfaToken = await loginDemoUser(env.backend);
    renderWithMfa(<EmailMfaForm mfaToken={mfaToken} clock={env.clock} />, { client: env.client() });
    const code = screen.getByLabelText('Verification code');
    expect(code.closest('.mfa-code')).toHaveAttribute('translate', 'no');
    expect(expectAutocompleteOnlyOnCodes()).toBeGreaterThan(0);
  });

  it('a recovery code: the field is neither translated nor filled with one-time codes; the shown code is not translated', () => {
    renderWithMfa(
      <RecoveryCodeForm email={DEMO_USERS.passkeyAndRecovery.email} clock={env.clock} />,
      { client: env.client() },
    );
    const field = screen.getByRole('textbox', { name: 'Recovery code' });
    expect(field).toHaveAttribute('translate', 'no');
    expect(field).toHaveAttribute('autocomplete', 'off');
    expectAutocompleteOnlyOnCodes();
    render(<RecoveryCodeNotice recoveryCode="ABCD-EFGH-IJKL" onContinue={() => {}} />);
    expect(screen.getByText('ABCD-EFGH-IJKL')).toHaveAttribute('translate', 'no');
  });

  it('enrollment: the phone number field asks for a phone number, not a code', async () => {
    const { mfaStrategies, ...rest } = await env.client().auth.login(DEMO_USERS.newUser);
    const loginAnswer: AuthResponse = { ...rest, mfaStrategies };
    renderWithMfa(<MfaEnrollmentStep loginAnswer={loginAnswer} clock={env.clock} />, {
      client: env.client(),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Text message (SMS)' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const phone = await screen.findByRole('textbox', { name: 'Phone number' });
    expect(phone).toHaveAttribute('autocomplete', 'tel');
    expectAutocompleteOnlyOnCodes();
    await user.type(phone, '+1 (415) 555-0123{Enter}');
    await screen.findByText(wholeText('We texted a code to •••• 0123.'));
    expect(expectAutocompleteOnlyOnCodes()).toBeGreaterThan(0);
  });

  it("settings: each row's detail (masked numbers, names) is not translated; the new phone's field asks for a number", async () => {
    renderWithMfa(<MfaSettings clock={env.clock} />, { client: await signedInClient(env) });
    await screen.findByRole('list');
    const details = document.querySelectorAll('.mfa-settings-detail');
    expect(details.length).toBeGreaterThan(0);
    for (const detail of details) expect(detail).toHaveAttribute('translate', 'no');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add phone' }));
    expect(screen.getByLabelText('Phone number')).toHaveAttribute('autocomplete', 'tel');
    expectAutocompleteOnlyOnCodes();
  });

  it('the device list: a masked number is not translated', async () => {
    renderWithMfa(<MfaDeviceList clock={env.clock} />, { client: await signedInClient(env) });
    const [phone] = await screen.findAllByText(/^•+ \d+$/);
    expect(phone).toHaveAttribute('translate', 'no');
    expectAutocompleteOnlyOnCodes();
  });
});
