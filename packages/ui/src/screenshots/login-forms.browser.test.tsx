// The login step's forms and its method list, left to right and right to left, with the real stylesheet,
// talking to the mock through the client's `fetch`: axe-clean in light and dark (colour contrast included) and
// saved as screenshots in test-results/screenshots to look at.
import { DEMO_USERS, createMockBackend } from '@mfa-kit/mock';
import { loginAs } from '@mfa-kit/mock/testing';
import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../styles.css';
import { MfaLoginStep } from '../mfa-login-step/mfa-login-step.js';
import { RecoveryCodeForm } from '../recovery-code-form/recovery-code-form.js';
import { SmsMfaForm } from '../sms-mfa-form/sms-mfa-form.js';
import { loginAnswer } from '../test/login-answer.js';
import { DIRECTIONS, mockClient, review, show } from '../test/review-states.js';
import { AuthenticatorMfaForm } from '../authenticator-mfa-form/authenticator-mfa-form.js';
import { WebAuthnMfaForm } from '../webauthn-mfa-form/webauthn-mfa-form.js';
import { until } from '../test/until.js';

const settled = (box: HTMLElement) => () =>
  !!box.querySelector('[type=checkbox]') && !box.querySelector('[aria-busy]');

describe.each(DIRECTIONS)('the login forms, $name', ({ name, messages }) => {
  it('AuthenticatorMfaForm: ready, part typed', async () => {
    const backend = createMockBackend({ seed: 1 });
    const mfaToken = await loginAs(backend, DEMO_USERS.authenticator);
    const box = await show(
      <AuthenticatorMfaForm mfaToken={mfaToken} messages={messages} />,
      mockClient(backend),
      messages,
    );
    await until(settled(box));
    await userEvent.keyboard('482');
    await review(box, `authenticator-ready-${name}`);
  });

  it('SmsMfaForm: code sent', async () => {
    const backend = createMockBackend({ seed: 2 });
    const user = DEMO_USERS.smsAndAuthenticator;
    const [phone] = user.phones;
    const mfaToken = await loginAs(backend, user);
    const box = await show(
      <SmsMfaForm
        mfaToken={mfaToken}
        deviceId={phone.id}
        phoneNumber={phone.phoneNumber}
        messages={messages}
      />,
      mockClient(backend),
      messages,
    );
    await until(settled(box));
    await review(box, `sms-sent-${name}`);
  });

  it('WebAuthnMfaForm: a passkey, before the press', async () => {
    const backend = createMockBackend({ seed: 3 });
    const user = DEMO_USERS.passkeyAndRecovery;
    const [passkey] = user.webauthn;
    const mfaToken = await loginAs(backend, user);
    const box = await show(
      <WebAuthnMfaForm
        mfaToken={mfaToken}
        deviceId={passkey.id}
        name={passkey.name}
        messages={messages}
      />,
      mockClient(backend),
      messages,
    );
    await until(settled(box));
    await review(box, `webauthn-idle-${name}`);
  });

  it('RecoveryCodeForm: a wrong code', async () => {
    const backend = createMockBackend({ seed: 4 });
    const box = await show(
      <RecoveryCodeForm email={DEMO_USERS.passkeyAndRecovery.email} messages={messages} />,
      mockClient(backend),
      messages,
    );
    await userEvent.click(box.querySelector('input')!);
    await userEvent.keyboard('AAAA-BBBB-CCCC{Enter}');
    await until(() => !!box.querySelector('[role=alert]') && !box.querySelector('[aria-busy]'));
    await review(box, `recovery-wrong-code-${name}`);
  });

  it('MfaLoginStep: the method list open', async () => {
    const backend = createMockBackend({ seed: 5 });
    const user = DEMO_USERS.allFactors;
    const answer = await loginAnswer(backend, user);
    const box = await show(
      <MfaLoginStep loginAnswer={answer} email={user.email} messages={messages} />,
      mockClient(backend),
      messages,
    );
    await until(() => !!box.querySelector('[aria-expanded]') && settled(box)());
    await userEvent.click(box.querySelector('[aria-expanded]')!);
    await until(() => !!box.querySelector('.mfa-methods__list button'));
    await review(box, `login-step-methods-${name}`);
  });
});
