// How a code reaches the server from every code form of the kit (issue #21): an IME's composition, a second paste or
// autofill while the first check is in flight, an autofill over a mid-code caret, Enter pressed as the last digit
// submits. Each ends with exactly one verify request carrying ASCII digits. The shared path (CodeInput, CodeFields,
// useCodeForm) is proven case by case on the email form; then each form is shown to take that path, with every
// case at once.
import type { AuthResponse } from '@mfa-kit/core';
import { DEMO_USER, DEMO_USERS, totpCode } from '@mfa-kit/mock';
import type { SeededUser } from '@mfa-kit/mock';
import { loginAs, loginDemoUser, mockPaths } from '@mfa-kit/mock/testing';
import { secretOfQrCode } from '@mfa-kit/mock/testing/node';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AuthenticatorMfaForm } from '../authenticator-mfa-form/authenticator-mfa-form.js';
import { EmailMfaForm } from '../email-mfa-form/email-mfa-form.js';
import { MfaEnrollmentStep } from '../enrollment-step/mfa-enrollment-step.js';
import { MfaSettings } from '../mfa-settings/mfa-settings.js';
import { RemovePhoneWithCodeForm } from '../remove-phone-with-code-form/remove-phone-with-code-form.js';
import { SmsMfaForm } from '../sms-mfa-form/sms-mfa-form.js';
import { setupMockEnv, signedInAs, signedInClient } from '../test/mock-env.js';
import { renderWithMfa } from '../test/render-with-mfa.js';
import { wholeText } from '../test/whole-text.js';

const env = setupMockEnv();

/** A code field on screen, the code it expects and the path its check goes to. */
interface OpenForm {
  code: HTMLInputElement;
  value: string;
  verifyPath: string;
}

const codeField = () => screen.findByLabelText<HTMLInputElement>('Verification code');
const fullWidth = (code: string) =>
  code.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));

/** An IME composing `text` one character at a time, as Chrome does: each draft is an input event. */
function composeDrafts(input: HTMLInputElement, text: string) {
  fireEvent.compositionStart(input);
  for (let end = 1; end <= text.length; end++) {
    fireEvent.input(input, { target: { value: text.slice(0, end) } });
  }
}

/** An autofill replacing the value (Chrome's), or a paste the page does not see as one. */
const autofill = (input: HTMLInputElement, code: string) =>
  fireEvent.input(input, { target: { value: code } });

/** What the verify requests to `path` carried: exactly one, with the ASCII code and no other digit. */
async function expectOneAsciiCheck(path: string, code: string) {
  await waitFor(() => expect(env.count(path)).toBe(1));
  const bodies = await env.bodies(path);
  expect(bodies).toHaveLength(1);
  const sent = JSON.stringify(bodies[0]);
  expect(sent).toContain(`"${code}"`);
  expect(sent).not.toMatch(/[^\x20-\x7e]/);
}

async function openEmail(): Promise<OpenForm> {
  const mfaToken = await loginDemoUser(env.backend);
  renderWithMfa(<EmailMfaForm mfaToken={mfaToken} clock={env.clock} />, { client: env.client() });
  await screen.findByText('We sent a code to your email address.');
  return {
    code: await codeField(),
    value: env.latestCode(),
    verifyPath: mockPaths.emailCodeVerify,
  };
}

async function openSettings(user: SeededUser) {
  const client = await signedInAs(env, user);
  renderWithMfa(<MfaSettings clock={env.clock} />, { client });
  await screen.findByRole('list');
  return userEvent.setup();
}

async function scannedCode() {
  const qr = await screen.findByRole('img', {
    name: 'QR code to scan with your authenticator app',
  });
  const secret = secretOfQrCode(qr.getAttribute('src')!.replace('data:image/png;base64,', ''));
  return totpCode(secret, env.clock.now());
}

async function openEnrollment(choice: string) {
  const { mfaStrategies, ...rest } = await env.client().auth.login(DEMO_USERS.newUser);
  const loginAnswer: AuthResponse = { ...rest, mfaStrategies };
  renderWithMfa(<MfaEnrollmentStep loginAnswer={loginAnswer} clock={env.clock} />, {
    client: env.client(),
  });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('radio', { name: choice }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  return user;
}

/** Every form with a code field of digits, opened at its code. */
const FORMS: { name: string; open: () => Promise<OpenForm> }[] = [
  { name: 'EmailMfaForm', open: openEmail },
  {
    name: 'SmsMfaForm',
    open: async () => {
      const user = DEMO_USERS.smsAndAuthenticator;
      const [phone] = user.phones;
      const mfaToken = await loginAs(env.backend, user);
      renderWithMfa(
        <SmsMfaForm
          mfaToken={mfaToken}
          deviceId={phone.id}
          phoneNumber={phone.phoneNumber}
          clock={env.clock}
        />,
        { client: env.client() },
      );
      await screen.findByText(wholeText('We texted a code to •••• 9876.'));
      const verifyPath = mockPaths.smsCodeVerify(phone.id);
      return { code: await codeField(), value: env.latestCode('sms'), verifyPath };
    },
  },
  {
    name: 'AuthenticatorMfaForm',
    open: async () => {
      const user = DEMO_USERS.authenticator;
      const mfaToken = await loginAs(env.backend, user);
      renderWithMfa(<AuthenticatorMfaForm mfaToken={mfaToken} clock={env.clock} />, {
        client: env.client(),
      });
      const value = await totpCode(user.authenticators[0].secret, env.clock.now());
      return { code: await codeField(), value, verifyPath: mockPaths.authenticatorVerify };
    },
  },
  {
    name: 'MfaEnrollmentStep: the authenticator app',
    open: async () => {
      await openEnrollment('Authenticator app');
      const value = await scannedCode();
      return { code: await codeField(), value, verifyPath: mockPaths.enrollAuthenticatorVerify };
    },
  },
  {
    name: 'MfaEnrollmentStep: SMS',
    open: async () => {
      const user = await openEnrollment('Text message (SMS)');
      const phone = await screen.findByRole('textbox', { name: 'Phone number' });
      await user.type(phone, '+1 (415) 555-0123{Enter}');
      await screen.findByText(wholeText('We texted a code to •••• 0123.'));
      const value = env.latestCode('sms');
      return { code: await codeField(), value, verifyPath: mockPaths.enrollSmsVerify };
    },
  },
  {
    name: 'MfaSettings: adding an authenticator app',
    open: async () => {
      const user = await openSettings(DEMO_USERS.allFactors);
      await user.click(screen.getByRole('button', { name: 'Add authenticator app' }));
      const value = await scannedCode();
      const verifyPath = mockPaths.userEnrollAuthenticatorVerify;
      return { code: await codeField(), value, verifyPath };
    },
  },
  {
    name: 'MfaSettings: adding a phone',
    open: async () => {
      const user = await openSettings(DEMO_USERS.allFactors);
      await user.click(screen.getByRole('button', { name: 'Add phone' }));
      await user.type(screen.getByLabelText('Phone number'), '+44 7700 900456{Enter}');
      await screen.findByText(wholeText('We texted a code to +447700900456.'));
      const value = env.latestCode('sms');
      return { code: await codeField(), value, verifyPath: mockPaths.userEnrollSmsVerify };
    },
  },
  {
    name: 'MfaSettings: removing the last phone with a texted code',
    open: async () => {
      const smsOnly = DEMO_USERS.smsOnly;
      const user = await openSettings(smsOnly);
      await user.click(screen.getByRole('button', { name: 'Remove Text message •••• 7788' }));
      await user.click(screen.getByRole('button', { name: 'Send code' }));
      const code = await codeField();
      const verifyPath = mockPaths.smsDisableVerify(smsOnly.phones[0].id);
      return { code, value: env.latestCode('sms'), verifyPath };
    },
  },
  {
    name: 'RemovePhoneWithCodeForm',
    open: async () => {
      const [phone] = DEMO_USER.phones;
      renderWithMfa(
        <RemovePhoneWithCodeForm
          deviceId={phone.id}
          phoneNumber={phone.phoneNumber}
          clock={env.clock}
        />,
        { client: await signedInClient(env) },
      );
      await userEvent.setup().click(screen.getByRole('button', { name: 'Send code' }));
      await screen.findByText(wholeText('We sent a code to •••• 4567.'));
      const verifyPath = mockPaths.smsDisableVerify(phone.id);
      return { code: await codeField(), value: env.latestCode('sms'), verifyPath };
    },
  },
];

describe('a code reaches the server once, in ASCII: the shared path', { timeout: 30_000 }, () => {
  it('IME: nothing is sent while composing, even at full length; the composed full-width code is sent as ASCII', async () => {
    const { code, value, verifyPath } = await openEmail();
    composeDrafts(code, fullWidth(value));
    // The draft stays the IME's: not sanitised, not submitted, not written over by a re-render (the countdown).
    expect(code).toHaveValue(fullWidth(value));
    act(() => env.clock.advance(1_000));
    expect(screen.getByText('The code expires in 9:59.')).toBeInTheDocument();
    expect(code).toHaveValue(fullWidth(value));
    fireEvent.submit(code.form!);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(env.count(verifyPath)).toBe(0);
    fireEvent.compositionEnd(code, { data: fullWidth(value) });
    expect(code).toHaveValue(value);
    await expectOneAsciiCheck(verifyPath, value);
  });

  it('a second paste or autofill while the first check is in flight sends nothing more', async () => {
    const { code, value, verifyPath } = await openEmail();
    const user = userEvent.setup();
    await user.click(code);
    await user.paste(value);
    autofill(code, '');
    autofill(code, value);
    await user.paste(value);
    await expectOneAsciiCheck(verifyPath, value);
    expect(env.count(verifyPath)).toBe(1);
  });

  it('an autofill with the caret mid-code takes the code whole', async () => {
    const { code, value, verifyPath } = await openEmail();
    const user = userEvent.setup();
    await user.type(code, '98');
    code.setSelectionRange(1, 1);
    // iOS puts the suggested code at the caret as typed text.
    fireEvent(
      code,
      new InputEvent('beforeinput', { data: value, cancelable: true, bubbles: true }),
    );
    expect(code).toHaveValue(value);
    await expectOneAsciiCheck(verifyPath, value);
  });

  it('Enter at the moment the last digit submits sends one check', async () => {
    const { code, value, verifyPath } = await openEmail();
    const user = userEvent.setup();
    await user.type(code, value.slice(0, -1));
    autofill(code, value);
    fireEvent.submit(code.form!);
    await expectOneAsciiCheck(verifyPath, value);
  });
});

describe('a code reaches the server once, in ASCII: every form', { timeout: 30_000 }, () => {
  it.each(FORMS)(
    '$name: a composed full-width code, Enter with it and an autofill in flight make one check',
    async ({ open }) => {
      const { code, value, verifyPath } = await open();
      composeDrafts(code, fullWidth(value));
      fireEvent.submit(code.form!);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(env.count(verifyPath)).toBe(0);
      fireEvent.compositionEnd(code, { data: fullWidth(value) });
      fireEvent.submit(code.form!);
      autofill(code, value.split('').reverse().join(''));
      await expectOneAsciiCheck(verifyPath, value);
    },
  );
});
