import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import type { SeededUser } from '@mfa-kit/mock';
import { mockPaths } from '@mfa-kit/mock/testing';
import { secretOfQrCode } from '@mfa-kit/mock/testing/node';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { enMessages } from '../messages/en.js';
import { errorMessage } from '../messages/error-message.js';
import { heMessages } from '../messages/he.js';
import { fakeWebAuthn } from '@mfa-kit/mock/testing';
import type { FakeWebAuthn } from '@mfa-kit/mock/testing';
import { setupMockEnv, signedInAs } from '../test/mock-env.js';
import { renderWithMfa } from '../test/render-with-mfa.js';
import { MfaSettings } from './mfa-settings.js';
import type { MfaSettingsProps } from './mfa-settings.js';
import { wholeText } from '../test/whole-text.js';

const env = setupMockEnv();
const allFactors = DEMO_USERS.allFactors;

let browser: FakeWebAuthn | undefined;
afterEach(() => browser?.restore());

async function renderSettings(user: SeededUser, props: Partial<MfaSettingsProps> = {}) {
  const client = await signedInAs(env, user);
  const view = renderWithMfa(<MfaSettings clock={env.clock} {...props} />, { client });
  await waitFor(() => expect(section()).toHaveAttribute('data-state', 'ready'));
  // Requests made from here on are the user's actions.
  const before = env.requests.length;
  return { ...view, user: userEvent.setup(), requestsSince: () => env.requests.slice(before) };
}

const section = () => screen.getByRole('region', { name: /Two-step verification|אימות דו־שלבי/ });
const rows = () => within(screen.getByRole('list')).getAllByRole('listitem');

describe('MfaSettings', { timeout: 30_000 }, () => {
  it('lists every kind of method, phones and emails masked, with Remove for all but the email', async () => {
    const { container } = await renderSettings(allFactors);
    expect(rows().map((row) => row.textContent)).toEqual([
      'Authenticator appRemove',
      'Text message•••• 0123Remove',
      'PasskeyPixel passkeyRemove',
      'Security keyBackup YubiKeyRemove',
      'Emaila•••s@mfa-kit.devSet by your organization',
    ]);
    expect(container.textContent).not.toContain(allFactors.phones[0].phoneNumber);
    expect(container.textContent).not.toContain(allFactors.email);
    expect(screen.getByRole('button', { name: 'Remove Passkey Pixel passkey' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Remove Authenticator app' })).toBeVisible();
    expect(
      within(screen.getByRole('group', { name: 'Add a method' }))
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Add authenticator app', 'Add phone', 'Add passkey', 'Add security key']);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("offers to add only what the tenant's strategies allow", async () => {
    await renderSettings(allFactors, {
      strategies: [
        { strategy: 'AuthenticatorApp', isActive: true },
        { strategy: 'WebAuthnCrossPlatform', isActive: true },
        { strategy: 'SMS', isActive: false },
      ],
    });
    expect(
      within(screen.getByRole('group', { name: 'Add a method' }))
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Add authenticator app', 'Add security key']);
  });

  it('says why the list could not load, and "Try again" loads it', async () => {
    const client = await signedInAs(env, allFactors);
    env.backend.faults.failNext(1, { status: 403 }, { route: 'devices' });
    const { container } = renderWithMfa(<MfaSettings clock={env.clock} />, { client });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "We couldn't load your sign-in methods. You don't have permission to do this.",
    );
    expect(section()).toHaveAttribute('data-state', 'error');
    expect(await axe(container)).toHaveNoViolations();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rows()).toHaveLength(5));
  });

  it('adds a phone: an invalid number sends nothing; a valid one gets a code, then is listed', async () => {
    const { user, container, requestsSince } = await renderSettings(allFactors);
    const addPhone = screen.getByRole('button', { name: 'Add phone' });
    await user.click(addPhone);
    const field = screen.getByLabelText('Phone number');
    expect(field).toHaveFocus();
    await user.type(field, '07700 900456{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Enter the number with its country code, starting with +',
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(requestsSince()).toHaveLength(0);
    expect(await axe(container)).toHaveNoViolations();

    await user.clear(field);
    await user.type(field, '+44 7700 900456{Enter}');
    expect(
      await screen.findByText(wholeText('We texted a code to +447700900456.')),
    ).toBeInTheDocument();
    expect(requestsSince().map((request) => request.path)).toEqual([mockPaths.userEnrollSms]);
    await user.type(screen.getByLabelText('Verification code'), env.latestCode('sms'));

    await waitFor(() => expect(rows()).toHaveLength(6));
    expect(screen.getByRole('status')).toHaveTextContent('Text message added.');
    expect(screen.getByText('•••• 0456')).toBeInTheDocument();
    expect(addPhone).toHaveFocus();
    expect(requestsSince().map((request) => request.path)).toEqual([
      mockPaths.userEnrollSms,
      mockPaths.userEnrollSmsVerify,
      mockPaths.devices,
    ]);
  });

  // Frontegg may send a recovery code with a new factor (`@frontegg/redux-store` 7.119, `auth/MfaState/actions.js`,
  // reads an optional one from each settings enrollment answer); the mock answers as the spec says, so a fault
  // stands in for a server that sends one (it replaces the real answer).
  const withRecoveryCode = { status: 200, body: { recoveryCode: 'ABCD-EFGH-JKLM' } };

  /** Saves the recovery code shown: Continue once the box is checked; the panel closes, saying what was added. */
  async function saveRecoveryCode(user: ReturnType<typeof userEvent.setup>, added: string) {
    const title = await screen.findByRole('heading', { name: 'Save your recovery code' });
    expect(title).toHaveFocus();
    expect(screen.getByText('ABCD-EFGH-JKLM')).toBeInTheDocument();
    // Nothing is announced as added, and the panel stays, until the user saved the code.
    expect(screen.queryByText(added)).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: "I've saved my recovery code" }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(added);
  }

  it('adding a phone whose answer carries a recovery code shows it once, then closes', async () => {
    const { user, container, requestsSince } = await renderSettings(allFactors);
    env.backend.faults.failNext(1, withRecoveryCode, { route: 'user-enroll-sms-verify' });
    await user.click(screen.getByRole('button', { name: 'Add phone' }));
    await user.type(screen.getByLabelText('Phone number'), '+44 7700 900456{Enter}');
    await screen.findByText(wholeText('We texted a code to +447700900456.'));
    await user.type(screen.getByLabelText('Verification code'), env.latestCode('sms'));
    await screen.findByRole('heading', { name: 'Save your recovery code' });
    expect(await axe(container)).toHaveNoViolations();
    await saveRecoveryCode(user, 'Text message added.');
    expect(requestsSince().map((request) => request.path)).toEqual([
      mockPaths.userEnrollSms,
      mockPaths.userEnrollSmsVerify,
      mockPaths.devices,
    ]);
  });

  it('adding a passkey: no answer body closes the panel at once; a recovery code in it is shown first', async () => {
    const [passkey] = allFactors.webauthn;
    browser = fakeWebAuthn({ device: passkey });
    const { user, requestsSince } = await renderSettings(allFactors);
    await user.click(screen.getByRole('button', { name: 'Add passkey' }));
    await user.click(screen.getByRole('button', { name: 'Create passkey' }));
    await waitFor(() => expect(rows()).toHaveLength(6));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Passkey added.');
    expect(screen.queryByRole('heading', { name: 'Save your recovery code' })).toBeNull();

    env.backend.faults.failNext(1, withRecoveryCode, { route: 'user-enroll-webauthn-verify' });
    await user.click(screen.getByRole('button', { name: 'Add passkey' }));
    await user.click(screen.getByRole('button', { name: 'Create passkey' }));
    await saveRecoveryCode(user, 'Passkey added.');
    expect(requestsSince().map((request) => request.path)).toEqual([
      mockPaths.userEnrollWebauthn,
      mockPaths.userEnrollWebauthnVerify,
      mockPaths.devices,
      mockPaths.userEnrollWebauthn,
      mockPaths.userEnrollWebauthnVerify,
      mockPaths.devices,
    ]);
    expect(browser.prompts).toBe(2);
  });

  it('adding an app whose answer carries no recovery code closes the panel, with no notice', async () => {
    const { user, requestsSince } = await renderSettings(allFactors);
    await user.click(screen.getByRole('button', { name: 'Add authenticator app' }));
    const qr = await screen.findByRole('img', {
      name: 'QR code to scan with your authenticator app',
    });
    const secret = secretOfQrCode(qr.getAttribute('src')!.replace('data:image/png;base64,', ''));
    const code = await totpCode(secret, env.clock.now());
    env.backend.faults.failNext(
      1,
      { status: 200, body: {} },
      { route: 'user-enroll-authenticator-verify' },
    );
    await user.type(screen.getByLabelText('Verification code'), code);
    await waitFor(() => expect(screen.queryByRole('form')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Authenticator app added.');
    expect(screen.queryByRole('heading', { name: 'Save your recovery code' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add authenticator app' })).toHaveFocus();
    expect(requestsSince().map((request) => request.path)).toEqual([
      mockPaths.userEnrollAuthenticator,
      mockPaths.userEnrollAuthenticatorVerify,
      mockPaths.devices,
    ]);
  });

  it('adding an app: the press fetches the QR code once; a wrong code says where to look', async () => {
    const { user, container, requestsSince } = await renderSettings(allFactors);
    await user.click(screen.getByRole('button', { name: 'Add authenticator app' }));
    const form = screen.getByRole('form', { name: 'Add an authenticator app' });
    const qr = await within(form).findByRole('img', {
      name: 'QR code to scan with your authenticator app',
    });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(within(form).getByRole('status')).toHaveTextContent('Scan this QR code');
    expect(within(form).getByLabelText('Verification code')).toHaveFocus();
    expect(requestsSince().map((request) => request.path)).toEqual([
      mockPaths.userEnrollAuthenticator,
    ]);
    expect(await axe(container)).toHaveNoViolations();

    await user.type(within(form).getByLabelText('Verification code'), '000000');
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      "That code didn't work. Enter the code your app shows now.",
    );
    expect(requestsSince().map((request) => request.path)).toEqual([
      mockPaths.userEnrollAuthenticator,
      mockPaths.userEnrollAuthenticatorVerify,
    ]);
  });

  it('adding an app whose QR code the page could not show: says so, and "Try again" fetches one once', async () => {
    const { user, requestsSince } = await renderSettings(allFactors);
    env.backend.faults.failNext(
      1,
      { status: 200, body: { qrCode: 'https://tracker.example/qr.png' } },
      { route: 'user-enroll-authenticator' },
    );
    await user.click(screen.getByRole('button', { name: 'Add authenticator app' }));
    const form = screen.getByRole('form', { name: 'Add an authenticator app' });
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      errorMessage(enMessages, 'invalid-response'),
    );
    expect(within(form).queryByRole('img')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Try again' }));
    expect(
      await within(form).findByRole('img', { name: 'QR code to scan with your authenticator app' }),
    ).toHaveAttribute('src', expect.stringMatching(/^data:image\/png;base64,/));
    expect(requestsSince().map((request) => request.path)).toEqual([
      mockPaths.userEnrollAuthenticator,
      mockPaths.userEnrollAuthenticator,
    ]);
  });

  it('removes the authenticator app with a recovery code, in one request', async () => {
    const { user, container, requestsSince } = await renderSettings(allFactors);
    await user.click(screen.getByRole('button', { name: 'Remove Authenticator app' }));
    const form = screen.getByRole('form', { name: 'Remove the authenticator app' });
    expect(rows()[0]).toContainElement(form);
    const field = within(form).getByLabelText('Code or recovery code');
    expect(field).toHaveFocus();
    expect(await axe(container)).toHaveNoViolations();

    await user.type(field, `${allFactors.recoveryCodes[0]}{Enter}`);
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(screen.getByRole('status')).toHaveTextContent('Authenticator app removed.');
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    const authenticatorId = allFactors.authenticators[0].id;
    expect(requestsSince().map((request) => request.path)).toEqual([
      mockPaths.authenticatorDisableVerify(authenticatorId),
      mockPaths.devices,
    ]);
  });

  it('a refused code stays in the field, selected, for correcting; the right code then removes the app', async () => {
    const { user, requestsSince } = await renderSettings(allFactors);
    await user.click(screen.getByRole('button', { name: 'Remove Authenticator app' }));
    const field = within(
      screen.getByRole('form', { name: 'Remove the authenticator app' }),
    ).getByLabelText('Code or recovery code');
    await user.type(field, 'WRONG-CODE-0000{Enter}');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveValue('WRONG-CODE-0000');
    expect(field).toHaveFocus();
    expect(field).toHaveProperty('selectionStart', 0);
    expect(field).toHaveProperty('selectionEnd', 'WRONG-CODE-0000'.length);

    // Typed over the selection: the new code replaces the refused one.
    await user.keyboard(`${allFactors.recoveryCodes[0]}{Enter}`);
    await waitFor(() => expect(rows()).toHaveLength(4));
    const verify = mockPaths.authenticatorDisableVerify(allFactors.authenticators[0].id);
    expect(requestsSince().map((request) => request.path)).toEqual([
      verify,
      verify,
      mockPaths.devices,
    ]);
  });

  it('removes a phone with another method left in one press: one request, no texted code', async () => {
    const { user, container, requestsSince } = await renderSettings(allFactors);
    await user.click(screen.getByRole('button', { name: 'Remove Text message •••• 0123' }));
    const form = screen.getByRole('form', { name: 'Remove Text message •••• 0123' });
    expect(within(form).getByRole('status')).toHaveTextContent(
      'This phone will no longer receive sign-in codes.',
    );
    expect(await axe(container)).toHaveNoViolations();

    await user.click(within(form).getByRole('button', { name: 'Remove phone' }));
    await waitFor(() => expect(rows()).toHaveLength(4));
    // The row is gone; the number is left only in the announcement.
    expect(within(screen.getByRole('list')).queryByText('•••• 0123')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Text message codes are off for •••• 0123.',
    );
    const phoneId = allFactors.phones[0].id;
    const [disable, ...after] = requestsSince();
    expect(disable?.path).toBe(mockPaths.smsDisableVerify(phoneId));
    expect(await disable?.body).toEqual({});
    expect(after.map((request) => request.path)).toEqual([mockPaths.devices]);
    expect(env.backend.devices(allFactors.email).phones).toEqual([]);
    expect(env.backend.outbox.latest({ channel: 'sms' })).toBeUndefined();
  });

  it('removes a phone that is the last method with a code texted to it: pre-disable, code, verify', async () => {
    const smsOnly = DEMO_USERS.smsOnly;
    const phoneId = smsOnly.phones[0].id;
    const { user, container, requestsSince } = await renderSettings(smsOnly);
    await user.click(screen.getByRole('button', { name: 'Remove Text message •••• 7788' }));
    const send = screen.getByRole('button', { name: 'Send code' });
    expect(send).toHaveFocus();
    expect(requestsSince()).toHaveLength(0);
    expect(await axe(container)).toHaveNoViolations();

    await user.click(send);
    await user.type(await screen.findByLabelText('Verification code'), env.latestCode('sms'));
    await waitFor(() => expect(section()).toHaveAttribute('data-state', 'empty'));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Text message codes are off for •••• 7788.',
    );
    expect(requestsSince().map((request) => request.path)).toEqual([
      mockPaths.smsPreDisable(phoneId),
      mockPaths.smsDisableVerify(phoneId),
      mockPaths.devices,
    ]);
    expect(env.backend.devices(smsOnly.email).phones).toEqual([]);
  });

  it('confirms a phone with a texted code even with other methods left when the app opts in', async () => {
    const phoneId = allFactors.phones[0].id;
    const { user, requestsSince } = await renderSettings(allFactors, {
      confirmPhoneRemovalWithCode: true,
    });
    await user.click(screen.getByRole('button', { name: 'Remove Text message •••• 0123' }));
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await user.type(await screen.findByLabelText('Verification code'), env.latestCode('sms'));
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Text message codes are off for •••• 0123.',
    );
    expect(requestsSince().map((request) => request.path)).toEqual([
      mockPaths.smsPreDisable(phoneId),
      mockPaths.smsDisableVerify(phoneId),
      mockPaths.devices,
    ]);
  });

  it('keeps the last method when the tenant enforces MFA, and says why', async () => {
    const { user, requestsSince, container } = await renderSettings(DEMO_USERS.authenticator, {
      mfaEnforced: true,
    });
    const remove = screen.getByRole('button', { name: 'Remove Authenticator app' });
    await user.click(remove);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your organization requires two-step verification: add another method before removing this one.',
    );
    expect(remove).toHaveAccessibleDescription(/add another method/);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(requestsSince()).toHaveLength(0);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('lets the last method go when the tenant does not enforce MFA', async () => {
    const { user } = await renderSettings(DEMO_USERS.authenticator);
    await user.click(screen.getByRole('button', { name: 'Remove Authenticator app' }));
    expect(screen.getByRole('form', { name: 'Remove the authenticator app' })).toBeInTheDocument();
  });

  it('no WebAuthn in this browser: removing a passkey says so, and blocks the press that cannot help', async () => {
    const [passkey] = allFactors.webauthn;
    browser = fakeWebAuthn({ device: passkey, supported: false });
    const { user, requestsSince } = await renderSettings(allFactors);
    await user.click(screen.getByRole('button', { name: 'Remove Passkey Pixel passkey' }));
    const removeKey = screen.getByRole('button', { name: 'Remove key' });
    await user.click(removeKey);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        errorMessage(enMessages, 'webauthn-unsupported'),
      ),
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(removeKey).toHaveAttribute('aria-disabled', 'true');
    await user.click(removeKey);
    expect(requestsSince()).toHaveLength(1);
    expect(browser.prompts).toBe(0);
  });

  it('opens one panel at a time; Escape closes it and gives focus back to its button', async () => {
    const { user, requestsSince } = await renderSettings(allFactors);
    const addPasskey = screen.getByRole('button', { name: 'Add passkey' });
    await user.click(addPasskey);
    expect(screen.getByRole('form', { name: 'Add a passkey' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create passkey' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove Text message •••• 0123' }));
    expect(screen.getAllByRole('form')).toHaveLength(1);
    expect(screen.getByRole('form', { name: 'Remove Text message •••• 0123' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Text message •••• 0123' })).toHaveFocus();
    await user.click(addPasskey);
    await user.keyboard('{Escape}');
    expect(addPasskey).toHaveFocus();
    expect(requestsSince()).toHaveLength(0);
  });

  it('speaks Hebrew, right to left', async () => {
    const { container } = await renderSettings(allFactors, { messages: heMessages });
    expect(section()).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('button', { name: 'הסרה של אפליקציית אימות' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});
