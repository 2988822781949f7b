// A wrong code, then the right one typed straight in with the real keyboard, in Chromium: exactly two
// checks, for both forms, whether the tenant's error codes are unknown to the client (the default) or
// mapped with errorCodeKinds.
import { createMfaClient } from '@mfa-kit/core';
import type { MfaClient } from '@mfa-kit/core';
import { DEMO_USER, MOCK_ERROR_CODE_KINDS, createMockBackend } from '@mfa-kit/mock';
import type { MockBackend, MockBackendOptions } from '@mfa-kit/mock';
import { MfaProvider } from '@mfa-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { RemovePhoneWithCodeForm } from '../remove-phone-with-code-form/remove-phone-with-code-form.js';
import { enMessages } from '../messages/en.js';
import { EmailMfaForm } from './email-mfa-form.js';
import { until } from '../test/until.js';

const modes = [
  { name: 'the default (no error-code map)', backend: {}, errorCodeKinds: undefined },
  {
    name: 'mapped codes',
    backend: { errorCodeStyle: 'mock' },
    errorCodeKinds: MOCK_ERROR_CODE_KINDS,
  },
] satisfies {
  name: string;
  backend: MockBackendOptions;
  errorCodeKinds: typeof MOCK_ERROR_CODE_KINDS | undefined;
}[];

/** A client of `backend` that counts the requests to each path. */
function countingClient(
  backend: MockBackend,
  errorCodeKinds: typeof MOCK_ERROR_CODE_KINDS | undefined,
  accessToken?: string,
) {
  const paths: string[] = [];
  const client: MfaClient = createMfaClient({
    baseUrl: 'https://app-test.frontegg.com/identity',
    errorCodeKinds,
    fetch: (input, init) => {
      const request = new Request(input, init);
      paths.push(new URL(request.url).pathname);
      return backend.handle(request);
    },
    ...(accessToken ? { getAccessToken: () => accessToken } : {}),
  });
  return { client, checks: () => paths.filter((path) => path.endsWith('/verify')).length };
}

async function signedIn(backend: MockBackend) {
  const { client } = countingClient(backend, undefined);
  const { mfaToken = '' } = await client.auth.login({
    email: DEMO_USER.email,
    password: DEMO_USER.password,
  });
  const { otcToken } = await client.emailMfa.sendCode({ mfaToken });
  const code = backend.outbox.latest({ channel: 'email' })?.code ?? '';
  const auth = await client.emailMfa.verifyCode({ mfaToken, otcToken, code });
  return auth.accessToken ?? '';
}

async function show(ui: ReactElement, client: MfaClient) {
  const screen = await render(
    <QueryClientProvider client={new QueryClient()}>
      <MfaProvider client={client}>{ui}</MfaProvider>
    </QueryClientProvider>,
  );
  return screen.container;
}

const wrongCodeFor = (code: string) => code.replace(/\d/g, (digit) => String((+digit + 1) % 10));

describe.each(modes)('a refused code, with $name', (mode) => {
  it('EmailMfaForm: wrong, then right typed straight in: 2 checks, signed in', async () => {
    const backend = createMockBackend({ seed: 21, ...mode.backend });
    const { client, checks } = countingClient(backend, mode.errorCodeKinds);
    const { mfaToken = '' } = await client.auth.login({
      email: DEMO_USER.email,
      password: DEMO_USER.password,
    });
    const box = await show(<EmailMfaForm mfaToken={mfaToken} />, client);
    const input = page.getByRole('textbox', { name: enMessages.codeLabel });
    await until(() => !!backend.outbox.latest() && !box.querySelector('[aria-busy]'));
    const code = backend.outbox.latest()?.code ?? '';

    await userEvent.keyboard(wrongCodeFor(code));
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(enMessages.errors['invalid-code'] as string);
    await expect.element(input).toHaveValue('');
    await expect.element(input).toHaveFocus();
    await userEvent.keyboard(code);
    await until(() => !!box.querySelector('[data-step=verified]'));
    expect(checks()).toBe(2);
  });

  it('RemovePhoneWithCodeForm: wrong, then right typed straight in: 2 checks, the phone is off', async () => {
    const backend = createMockBackend({ seed: 22, ...mode.backend });
    const { client, checks } = countingClient(
      backend,
      mode.errorCodeKinds,
      await signedIn(backend),
    );
    const [phone] = DEMO_USER.phones;
    const box = await show(
      <RemovePhoneWithCodeForm deviceId={phone.id} phoneNumber={phone.phoneNumber} />,
      client,
    );
    await userEvent.click(
      page.getByRole('button', { name: enMessages.removePhoneWithCode.sendCode }),
    );
    await until(() => box.querySelector('[data-step]')?.getAttribute('data-step') === 'code-sent');
    const code = backend.outbox.latest({ channel: 'sms' })?.code ?? '';

    await userEvent.keyboard(wrongCodeFor(code));
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(enMessages.errors['invalid-code'] as string);
    await expect.element(page.getByRole('textbox', { name: enMessages.codeLabel })).toHaveValue('');
    await userEvent.keyboard(code);
    await until(() => !!box.querySelector('[data-step=verified]'));
    expect(checks()).toBe(2);
  });
});
