// Enrollment at login in a real browser, with the real stylesheet, on the mock: the setup key read out of the QR
// code by the lazy decoder (canvas + jsqr), the first code from it, the recovery code; axe-clean (contrast too)
// at each step, light and dark, left to right and right to left, saved as screenshots to look at.
import { createMfaClient } from '@mfa-kit/core';
import type { AuthResponse, MfaClient } from '@mfa-kit/core';
import { DEMO_USERS, createMockBackend, totpCode } from '@mfa-kit/mock';
import type { MockBackend } from '@mfa-kit/mock';
import { TEST_BASE_URL, mockPaths } from '@mfa-kit/mock/testing';
import { MfaProvider } from '@mfa-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { enMessages } from '../messages/en.js';
import { heMessages } from '../messages/he.js';
import { axeViolations } from '../test/browser-axe.js';
import { MfaEnrollmentStep } from './mfa-enrollment-step.js';

const variants = [
  { name: 'light', theme: 'light', messages: enMessages },
  { name: 'dark', theme: 'dark', messages: enMessages },
  { name: 'rtl', theme: 'light', messages: heMessages },
  { name: 'rtl-dark', theme: 'dark', messages: heMessages },
] as const;

/** A client that hands each request to `backend`, counting them by path. */
function mockClient(backend: MockBackend, counts: Map<string, number>): MfaClient {
  return createMfaClient({
    baseUrl: TEST_BASE_URL,
    fetch: (input, init) => {
      const request = new Request(input, init);
      const path = new URL(request.url).pathname;
      counts.set(path, (counts.get(path) ?? 0) + 1);
      return backend.handle(request);
    },
  });
}

const until = async (check: () => boolean) =>
  expect.poll(check, { timeout: 7_000, interval: 20 }).toBe(true);

describe.each(variants)('MfaEnrollmentStep in $name', ({ name, theme, messages }) => {
  async function show() {
    const backend = createMockBackend({ seed: 5 });
    const counts = new Map<string, number>();
    const client = mockClient(backend, counts);
    const loginAnswer = await client.auth.login(DEMO_USERS.newUser);
    const onVerified = vi.fn<(auth: AuthResponse) => void>();
    await page.viewport(600, 1100);
    const screen = await render(
      <div
        data-theme={theme}
        dir={messages.dir}
        style={{ padding: 24, width: 480, background: 'var(--mfa-color-sunken)' }}
      >
        <QueryClientProvider client={new QueryClient()}>
          <MfaProvider client={client}>
            <MfaEnrollmentStep
              loginAnswer={loginAnswer}
              onVerified={onVerified}
              messages={messages}
            />
          </MfaProvider>
        </QueryClientProvider>
      </div>,
    );
    const box = screen.container.firstElementChild as HTMLElement;
    const count = (path: string) =>
      [...counts].filter(([key]) => key.endsWith(path)).reduce((sum, [, n]) => sum + n, 0);
    return { box, onVerified, count };
  }

  async function photograph(box: HTMLElement, shot: string) {
    expect(await axeViolations(box)).toEqual([]);
    await page.screenshot({
      path: `../../test-results/screenshots/enroll-${shot}-${name}.png`,
      element: box,
    });
  }

  async function choose(box: HTMLElement, choice: string) {
    await until(() => !!box.querySelector(`input[value="${choice}"]`));
    await userEvent.click(box.querySelector(`input[value="${choice}"]`)!);
    await userEvent.click(box.querySelector('button[type=submit]')!);
  }

  it('an authenticator app: choice, QR, setup key, first code, recovery code, signed in', async () => {
    const { box, onVerified, count } = await show();
    await until(() => !!box.querySelector('input[type=radio]:checked'));
    await photograph(box, 'choice');

    await choose(box, 'authenticator');
    await until(
      () => !!box.querySelector('.mfa-qr-setup__image') && !box.querySelector('[aria-busy]'),
    );
    await photograph(box, 'qr');

    await userEvent.click(box.querySelector('.mfa-qr-setup button')!);
    await until(() => !!box.querySelector('.mfa-secret__text'));
    const setupKey = box.querySelector('.mfa-secret__text')!.textContent;
    expect(setupKey).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
    // A page translator would rewrite the key's letters.
    expect(box.querySelector('.mfa-secret__text')).toHaveAttribute('translate', 'no');
    await photograph(box, 'setup-key');

    const code = box.querySelector<HTMLInputElement>('input[autocomplete="one-time-code"]')!;
    await userEvent.click(code);
    await userEvent.keyboard(await totpCode(setupKey.replaceAll(' ', '')));
    await until(() => !!box.querySelector('[data-step="recovery-code"]'));
    expect(count(mockPaths.enrollAuthenticatorVerify)).toBe(1);
    await photograph(box, 'recovery-code');

    await userEvent.click(box.querySelector('input[type=checkbox]')!);
    await userEvent.click(box.querySelector('button[type=submit]')!);
    expect(onVerified).toHaveBeenCalledOnce();
  });

  it('a phone: the number, refused before sending, then the code sent', async () => {
    const { box, count } = await show();
    await choose(box, 'sms');
    await until(() => !!box.querySelector('input[type=tel]'));
    await userEvent.keyboard('415 555 0123');
    await userEvent.click(box.querySelector('button[type=submit]')!);
    await until(() => !!box.querySelector('[role=alert]'));
    expect(count(mockPaths.enrollSms)).toBe(0);
    await photograph(box, 'phone-invalid');

    await userEvent.fill(box.querySelector('input[type=tel]')!, '+1 415 555 0123');
    await userEvent.click(box.querySelector('button[type=submit]')!);
    await until(
      () =>
        !!box.querySelector('input[autocomplete="one-time-code"]') &&
        !box.querySelector('[aria-busy]'),
    );
    expect(count(mockPaths.enrollSms)).toBe(1);
    await photograph(box, 'phone-code-sent');
  });
});
