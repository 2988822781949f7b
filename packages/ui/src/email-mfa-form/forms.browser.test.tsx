// The drop-in forms in light, dark and right-to-left, with the real stylesheet, talking to the mock
// through the client's `fetch` (no service worker needed): axe-clean (colour contrast included) in
// each state, and saved as screenshots in test-results/screenshots to look at.
import { createMfaClient } from '@mfa-kit/core';
import type { MfaClient } from '@mfa-kit/core';
import { DEMO_USER, createMockBackend } from '@mfa-kit/mock';
import type { MockBackend } from '@mfa-kit/mock';
import {
  TEST_BASE_URL,
  latestCode,
  loginDemoUser,
  signInDemoUser,
  wrongCode,
} from '@mfa-kit/mock/testing';
import { MfaProvider } from '@mfa-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { RemovePhoneWithCodeForm } from '../remove-phone-with-code-form/remove-phone-with-code-form.js';
import { enMessages } from '../messages/en.js';
import { heMessages } from '../messages/he.js';
import type { MfaMessages } from '../messages/messages.js';
import { MfaDeviceList } from '../mfa-device-list/mfa-device-list.js';
import { axeViolations } from '../test/browser-axe.js';
import { EmailMfaForm } from './email-mfa-form.js';

const variants = [
  { name: 'light', theme: 'light', messages: enMessages },
  { name: 'dark', theme: 'dark', messages: enMessages },
  { name: 'rtl', theme: 'light', messages: heMessages },
  { name: 'rtl-dark', theme: 'dark', messages: heMessages },
] as const;

/** A client that hands each request to `backend` (no service worker needed). */
function mockClient(backend: MockBackend, accessToken?: string): MfaClient {
  return createMfaClient({
    baseUrl: TEST_BASE_URL,
    fetch: (input, init) => backend.handle(new Request(input, init)),
    ...(accessToken ? { getAccessToken: () => accessToken } : {}),
  });
}

/** Renders one state on its own themed backdrop; returns the backdrop to check and photograph. */
async function show(
  ui: ReactElement,
  client: MfaClient,
  { theme, messages }: { theme: string; messages: MfaMessages },
) {
  await page.viewport(600, 1000);
  const queryClient = new QueryClient();
  const screen = await render(
    <div
      data-theme={theme}
      dir={messages.dir}
      style={{ padding: 24, width: 480, background: 'var(--mfa-color-sunken)' }}
    >
      <QueryClientProvider client={queryClient}>
        <MfaProvider client={client}>{ui}</MfaProvider>
      </QueryClientProvider>
    </div>,
  );
  return screen.container.firstElementChild as HTMLElement;
}

async function photograph(backdrop: HTMLElement, name: string) {
  expect(await axeViolations(backdrop)).toEqual([]);
  await page.screenshot({
    path: `../../test-results/screenshots/${name}.png`,
    element: backdrop,
  });
}

const until = async (check: () => boolean) =>
  expect.poll(check, { timeout: 5_000, interval: 20 }).toBe(true);

describe.each(variants)('the drop-in forms in $name', ({ name, theme, messages }) => {
  const look = { theme, messages };

  it('EmailMfaForm: code sent, part typed', async () => {
    const backend = createMockBackend({ seed: 1 });
    const client = mockClient(backend);
    const box = await show(
      <EmailMfaForm
        mfaToken={await loginDemoUser(backend)}
        email={DEMO_USER.email}
        messages={messages}
      />,
      client,
      look,
    );
    await until(() => !!box.querySelector('[type=checkbox]') && !box.querySelector('[aria-busy]'));
    await userEvent.keyboard('482');
    await photograph(box, `email-code-sent-${name}`);
  });

  it('EmailMfaForm: a wrong code', async () => {
    const backend = createMockBackend({ seed: 2 });
    const client = mockClient(backend);
    const box = await show(
      <EmailMfaForm
        mfaToken={await loginDemoUser(backend)}
        email={DEMO_USER.email}
        maxAttempts={5}
        messages={messages}
      />,
      client,
      look,
    );
    await until(() => !!box.querySelector('[type=checkbox]') && !box.querySelector('[aria-busy]'));
    await userEvent.keyboard(wrongCode(latestCode(backend)));
    await until(() => !!box.querySelector('[role=alert]'));
    await photograph(box, `email-wrong-code-${name}`);
  });

  it('EmailMfaForm: rate limited', async () => {
    const backend = createMockBackend({ seed: 3 });
    backend.faults.failNext(
      1,
      { status: 429, headers: { 'Retry-After': '45' } },
      {
        route: 'email-code',
      },
    );
    const client = mockClient(backend);
    const box = await show(
      <EmailMfaForm mfaToken={await loginDemoUser(backend)} messages={messages} />,
      client,
      look,
    );
    await until(() => !!box.querySelector('[role=alert]'));
    await photograph(box, `email-rate-limited-${name}`);
  });

  it('EmailMfaForm: verified', async () => {
    const backend = createMockBackend({ seed: 4 });
    const client = mockClient(backend);
    const box = await show(
      <EmailMfaForm mfaToken={await loginDemoUser(backend)} messages={messages} />,
      client,
      look,
    );
    await until(() => !box.querySelector('[aria-busy]') && !!backend.outbox.latest());
    await userEvent.keyboard(latestCode(backend));
    await until(() => !!box.querySelector('[data-step=verified]'));
    await photograph(box, `email-verified-${name}`);
  });

  it('RemovePhoneWithCodeForm: confirm, then the code step', async () => {
    const backend = createMockBackend({ seed: 5 });
    const client = mockClient(backend, (await signInDemoUser(backend)).accessToken);
    const [phone] = DEMO_USER.phones;
    const box = await show(
      <RemovePhoneWithCodeForm
        deviceId={phone.id}
        phoneNumber={phone.phoneNumber}
        messages={messages}
      />,
      client,
      look,
    );
    await photograph(box, `disable-confirm-${name}`);
    await userEvent.click(page.getByRole('button', { name: messages.smsDisable.sendCode }));
    await until(() => box.querySelector('[data-step]')?.getAttribute('data-step') === 'code-sent');
    await userEvent.keyboard('93');
    await photograph(box, `disable-code-${name}`);
  });

  it('MfaDeviceList: a phone being turned off, then the list after it', async () => {
    const backend = createMockBackend({ seed: 6 });
    const client = mockClient(backend, (await signInDemoUser(backend)).accessToken);
    const box = await show(<MfaDeviceList messages={messages} />, client, look);
    await until(() => box.querySelectorAll('li').length === 2);
    await photograph(box, `devices-${name}`);
    const disable = box.querySelector<HTMLButtonElement>('li button');
    if (!disable) throw new Error('no Disable button');
    await userEvent.click(disable);
    await photograph(box, `devices-disable-open-${name}`);
    await userEvent.keyboard('{Enter}');
    await until(() => !!box.querySelector('li [data-step=code-sent]'));
    await userEvent.keyboard(latestCode(backend, 'sms'));
    await until(() => box.querySelectorAll('li').length === 1 && !box.querySelector('form'));
    await photograph(box, `devices-after-disable-${name}`);
  });
});
