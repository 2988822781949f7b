// The login step's forms and its method list in light, dark and right to left, with the real stylesheet,
// talking to the mock through the client's `fetch`: axe-clean (colour contrast included) and saved as
// screenshots in test-results/screenshots to look at.
import { createMfaClient } from '@mfa-kit/core';
import type { MfaClient } from '@mfa-kit/core';
import { DEMO_USERS, createMockBackend } from '@mfa-kit/mock';
import type { MockBackend } from '@mfa-kit/mock';
import { TEST_BASE_URL, loginAs } from '@mfa-kit/mock/testing';
import { MfaProvider } from '@mfa-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { enMessages } from '../messages/en.js';
import { heMessages } from '../messages/he.js';
import type { MfaMessages } from '../messages/messages.js';
import { MfaLoginStep } from '../mfa-login-step/mfa-login-step.js';
import { RecoveryCodeForm } from '../recovery-code-form/recovery-code-form.js';
import { SmsMfaForm } from '../sms-mfa-form/sms-mfa-form.js';
import { axeViolations } from '../test/browser-axe.js';
import { loginAnswer } from '../test/login-answer.js';
import { AuthenticatorMfaForm } from '../authenticator-mfa-form/authenticator-mfa-form.js';
import { WebAuthnMfaForm } from '../webauthn-mfa-form/webauthn-mfa-form.js';

const variants = [
  { name: 'light', theme: 'light', messages: enMessages },
  { name: 'dark', theme: 'dark', messages: enMessages },
  { name: 'rtl', theme: 'light', messages: heMessages },
] as const;

/** A client that hands each request to `backend` (no service worker needed). */
function mockClient(backend: MockBackend): MfaClient {
  return createMfaClient({
    baseUrl: TEST_BASE_URL,
    fetch: (input, init) => backend.handle(new Request(input, init)),
  });
}

/** Renders one state on its own themed backdrop; returns the backdrop to check and photograph. */
async function show(
  ui: ReactElement,
  backend: MockBackend,
  { theme, messages }: { theme: string; messages: MfaMessages },
) {
  await page.viewport(600, 1000);
  const screen = await render(
    <div
      data-theme={theme}
      dir={messages.dir}
      style={{ padding: 24, width: 480, background: 'var(--mfa-color-sunken)' }}
    >
      <QueryClientProvider client={new QueryClient()}>
        <MfaProvider client={mockClient(backend)}>{ui}</MfaProvider>
      </QueryClientProvider>
    </div>,
  );
  return screen.container.firstElementChild as HTMLElement;
}

async function photograph(backdrop: HTMLElement, name: string) {
  expect(await axeViolations(backdrop)).toEqual([]);
  await page.screenshot({ path: `../../test-results/screenshots/${name}.png`, element: backdrop });
}

const until = async (check: () => boolean) =>
  expect.poll(check, { timeout: 10_000, interval: 20 }).toBe(true);
const settled = (box: HTMLElement) => () =>
  !!box.querySelector('[type=checkbox]') && !box.querySelector('[aria-busy]');

describe.each(variants)('the login forms in $name', ({ name, theme, messages }) => {
  const look = { theme, messages };

  it('AuthenticatorMfaForm: ready, part typed', async () => {
    const backend = createMockBackend({ seed: 1 });
    const mfaToken = await loginAs(backend, DEMO_USERS.authenticator);
    const box = await show(
      <AuthenticatorMfaForm mfaToken={mfaToken} messages={messages} />,
      backend,
      look,
    );
    await until(settled(box));
    await userEvent.keyboard('482');
    await photograph(box, `authenticator-ready-${name}`);
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
      backend,
      look,
    );
    await until(settled(box));
    await photograph(box, `sms-sent-${name}`);
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
      backend,
      look,
    );
    await until(settled(box));
    await photograph(box, `webauthn-idle-${name}`);
  });

  it('RecoveryCodeForm: a wrong code', async () => {
    const backend = createMockBackend({ seed: 4 });
    const box = await show(
      <RecoveryCodeForm email={DEMO_USERS.passkeyAndRecovery.email} messages={messages} />,
      backend,
      look,
    );
    await userEvent.click(box.querySelector('input')!);
    await userEvent.keyboard('AAAA-BBBB-CCCC{Enter}');
    await until(() => !!box.querySelector('[role=alert]') && !box.querySelector('[aria-busy]'));
    await photograph(box, `recovery-wrong-code-${name}`);
  });

  it('MfaLoginStep: the method list open', async () => {
    const backend = createMockBackend({ seed: 5 });
    const user = DEMO_USERS.allFactors;
    const answer = await loginAnswer(backend, user);
    const box = await show(
      <MfaLoginStep loginAnswer={answer} email={user.email} messages={messages} />,
      backend,
      look,
    );
    await until(() => !!box.querySelector('[aria-expanded]') && settled(box)());
    await userEvent.click(box.querySelector('[aria-expanded]')!);
    await until(() => !!box.querySelector('.mfa-methods__list button'));
    await photograph(box, `login-step-methods-${name}`);
  });
});
