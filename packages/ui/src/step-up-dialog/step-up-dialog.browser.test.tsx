// The step-up dialog in Chromium (native <dialog>, showModal, real focus and Escape), on an in-page mock backend:
// the requests each answer costs, focus in and back out, and each way a step-up can end.
import { createMfaClient } from '@mfa-kit/core';
import type { AuthResponse } from '@mfa-kit/core';
import { DEMO_USER, DEMO_USERS, createMockBackend } from '@mfa-kit/mock';
import type { MockBackend } from '@mfa-kit/mock';
import { MfaProvider, isStepUpCancelled, useStepUpAction } from '@mfa-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { enMessages } from '../messages/en.js';
import { StepUpDialog } from './step-up-dialog.js';
import { until } from '../test/until.js';

const texts = enMessages.stepUp;

/** An app signed in as `email`, `secondsAgo` seconds ago, with a button whose action needs a fresh second factor. */
async function app(
  backend: MockBackend,
  { email = DEMO_USER.email, secondsAgo = 600, malformedToken = false } = {},
) {
  const paths: string[] = [];
  let token = '';
  const client = createMfaClient({
    baseUrl: 'https://app-test.frontegg.com/identity',
    getAccessToken: () => token,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      paths.push(new URL(request.url).pathname.replace('/identity/resources/', ''));
      const response = await backend.handle(request);
      // A network fault, as a browser's fetch reports one.
      if (response.type === 'error') throw new TypeError('Failed to fetch');
      return response;
    },
  });
  const password =
    email === DEMO_USER.email ? DEMO_USER.password : DEMO_USERS.passwordOnly.password;
  const login = await client.auth.login({ email, password });
  if (login.mfaRequired) {
    const mfaToken = login.mfaToken ?? '';
    const { otcToken } = await client.emailMfa.sendCode({ mfaToken });
    const code = backend.outbox.latest({ channel: 'email' })?.code ?? '';
    token = (await client.emailMfa.verifyCode({ mfaToken, otcToken, code })).accessToken ?? '';
  } else token = login.accessToken ?? '';
  if (secondsAgo) token = await backend.ageSession(token, secondsAgo);
  if (malformedToken) token = 'not-a-jwt';
  paths.length = 0;
  const outcome: { ran: number; cancelled: string | null } = { ran: 0, cancelled: null };
  const onStepUp = (auth: AuthResponse) => {
    token = auth.accessToken ?? '';
  };

  function Sensitive() {
    const [ran, setRan] = useState(0);
    const remove = useStepUpAction(
      () => {
        outcome.ran += 1;
        setRan((count) => count + 1);
      },
      { maxAge: 300 },
    );
    return (
      <button
        type="button"
        onClick={() => {
          remove().catch((error: unknown) => {
            outcome.cancelled = isStepUpCancelled(error) ? error.reason : String(error);
          });
        }}
      >
        Remove the phone {ran > 0 ? `(${ran})` : ''}
      </button>
    );
  }

  await render(
    <QueryClientProvider client={new QueryClient()}>
      <MfaProvider client={client} onStepUp={onStepUp}>
        <Sensitive />
        <StepUpDialog />
      </MfaProvider>
    </QueryClientProvider>,
  );
  return { paths, outcome, token: () => token };
}

const wrongCodeFor = (code: string) => code.replace(/\d/g, (digit) => String((+digit + 1) % 10));
const dialog = () => page.getByRole('dialog', { name: texts.title });
const action = () => page.getByRole('button', { name: /^Remove the phone/ });

describe('StepUpDialog', () => {
  it('an old session: the dialog opens on the code field after one generate; a wrong then the right code (2 checks) runs the action', async () => {
    const backend = createMockBackend({ seed: 31 });
    const { paths, outcome } = await app(backend);
    await userEvent.click(action());
    await expect.element(dialog()).toBeVisible();
    const input = dialog().getByRole('textbox', { name: enMessages.codeLabel });
    await expect.element(input).toHaveFocus();
    await until(() => !!backend.outbox.latest({ channel: 'sms' }));
    expect(outcome.ran).toBe(0);
    // No "don't ask again on this device", and no remember-device policy asked for the step-up's token.
    expect(dialog().getByRole('checkbox').elements()).toEqual([]);
    const code = backend.outbox.latest({ channel: 'sms' })?.code ?? '';

    await userEvent.keyboard(wrongCodeFor(code));
    await expect
      .element(dialog().getByRole('alert'))
      .toHaveTextContent(enMessages.errors['invalid-code'] as string);
    await userEvent.keyboard(code);
    await until(() => outcome.ran === 1);
    await expect.element(dialog()).not.toBeInTheDocument();
    await expect.element(action()).toHaveFocus();
    const [phone] = DEMO_USER.phones;
    expect(paths).toEqual([
      'auth/v1/user/step-up/generate',
      expect.stringContaining(`/sms/${phone.id}`),
      expect.stringContaining(`/sms/${phone.id}/verify`),
      expect.stringContaining(`/sms/${phone.id}/verify`),
    ]);

    // Within maxAge, the next action asks nothing and sends nothing.
    await userEvent.click(action());
    await until(() => outcome.ran === 2);
    expect(paths).toHaveLength(4);
  });

  it('the code form takes a code composed by an IME, in full-width digits, with Enter at once: one check, in ASCII', async () => {
    const backend = createMockBackend({ seed: 36 });
    const { paths, outcome } = await app(backend);
    await userEvent.click(action());
    const input = dialog().getByRole('textbox', { name: enMessages.codeLabel });
    await expect.element(input).toHaveFocus();
    await until(() => !!backend.outbox.latest({ channel: 'sms' }));
    const code = backend.outbox.latest({ channel: 'sms' })?.code ?? '';
    const composed = code.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
    const session = cdp();
    await session.send('Input.imeSetComposition', {
      text: composed,
      selectionStart: composed.length,
      selectionEnd: composed.length,
    });
    await expect.element(input).toHaveValue(composed);
    expect(paths.filter((path) => path.endsWith('/verify'))).toEqual([]);
    // The composition ends and Enter follows in the same breath: both commands queued before either is answered.
    const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
    await Promise.all([
      session.send('Input.insertText', { text: composed }),
      session.send('Input.dispatchKeyEvent', { type: 'keyDown', text: '\r', ...enter }),
      session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter }),
    ]);
    await until(() => outcome.ran === 1);
    // The mock accepts only the code it texted, in ASCII; and nothing more follows.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(outcome.ran).toBe(1);
    expect(paths.filter((path) => path.endsWith('/verify'))).toHaveLength(1);
  });

  it('Escape closes it: nothing more is sent, the action rejects as dismissed, focus is back on its button', async () => {
    const backend = createMockBackend({ seed: 32 });
    const { paths, outcome } = await app(backend);
    await userEvent.click(action());
    await expect.element(dialog().getByRole('textbox')).toHaveFocus();
    const sent = paths.length;
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog()).not.toBeInTheDocument();
    await until(() => outcome.cancelled === 'dismissed');
    await expect.element(action()).toHaveFocus();
    expect(outcome.ran).toBe(0);
    expect(paths).toHaveLength(sent);
  });

  it('a fresh sign-in: the action runs with no request and no dialog', async () => {
    const backend = createMockBackend({ seed: 33 });
    const { paths, outcome } = await app(backend, { secondsAgo: 0 });
    await userEvent.click(action());
    await until(() => outcome.ran === 1);
    expect(paths).toEqual([]);
    await expect.element(dialog()).not.toBeInTheDocument();
  });

  it('a user with no second factor is told to add one; Close rejects the action as not-enrolled', async () => {
    const backend = createMockBackend({ seed: 34 });
    const { outcome } = await app(backend, { email: DEMO_USERS.passwordOnly.email, secondsAgo: 0 });
    await userEvent.click(action());
    await expect.element(dialog()).toHaveTextContent(texts.notEnrolled);
    await userEvent.click(dialog().getByRole('button', { name: texts.close }));
    await until(() => outcome.cancelled === 'not-enrolled');
    await expect.element(action()).toHaveFocus();
  });

  it('a network failure shows its way forward; nothing is retried until the user presses Try again', async () => {
    const backend = createMockBackend({ seed: 35 });
    const { paths } = await app(backend);
    backend.faults.networkErrorNext(1, { route: 'step-up-generate' });
    await userEvent.click(action());
    await expect
      .element(dialog().getByRole('alert'))
      .toHaveTextContent(enMessages.errors.network as string);
    expect(paths).toEqual(['auth/v1/user/step-up/generate']);
    await userEvent.click(dialog().getByRole('button', { name: enMessages.tryAgain }));
    await expect
      .element(dialog().getByRole('textbox', { name: enMessages.codeLabel }))
      .toBeVisible();
    expect(paths.filter((path) => path.endsWith('generate'))).toHaveLength(2);
  });

  it.each([
    {
      name: 'a malformed token, refused by the server: the session has ended, no retry',
      fault: () => {},
      options: { malformedToken: true },
      text: texts.sessionEnded,
      retry: false,
      requests: 1,
    },
    {
      name: 'an answer of the wrong shape: try again',
      fault: (backend: MockBackend) =>
        backend.faults.schemaBreakNext(1, { route: 'step-up-generate' }),
      options: {},
      text: enMessages.errors['invalid-response'] as string,
      retry: true,
      requests: 1,
    },
    {
      name: 'a 429: wait, then try again',
      fault: (backend: MockBackend) =>
        backend.faults.failNext(
          1,
          { status: 429, headers: { 'Retry-After': '30' } },
          { route: 'step-up-generate' },
        ),
      options: {},
      text: /0:30|0:29/,
      retry: true,
      requests: 1,
    },
  ])('$name', async ({ fault, options, text, retry, requests }) => {
    const backend = createMockBackend({ seed: 36 });
    const { paths, outcome } = await app(backend, options);
    fault(backend);
    await userEvent.click(action());
    await expect.element(dialog().getByRole('alert')).toHaveTextContent(text);
    expect(paths).toHaveLength(requests);
    const tryAgain = dialog().getByRole('button', { name: enMessages.tryAgain });
    if (retry) await expect.element(tryAgain).toBeVisible();
    else expect(tryAgain.elements()).toEqual([]);
    await userEvent.click(dialog().getByRole('button', { name: enMessages.cancel }));
    await until(() => outcome.cancelled === 'dismissed');
    expect(paths).toHaveLength(requests);
  });
});
