// Enrollment at login in a real browser, with the real stylesheet, on the mock: the setup key read out of the QR
// code by the lazy decoder (canvas + jsqr), the first code from it, the recovery code; axe-clean (contrast too)
// at each step, light and dark, left to right and right to left, saved as screenshots to look at.
import type { AuthResponse } from '@mfa-kit/core';
import { DEMO_USERS, createMockBackend, totpCode } from '@mfa-kit/mock';
import { mockPaths } from '@mfa-kit/mock/testing';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../styles.css';
import { DIRECTIONS, mockClient, review, show } from '../test/review-states.js';
import { MfaEnrollmentStep } from './mfa-enrollment-step.js';
import { until } from '../test/until.js';

describe.each(DIRECTIONS)('MfaEnrollmentStep, $name', ({ name, messages }) => {
  async function start() {
    const backend = createMockBackend({ seed: 5 });
    const counts = new Map<string, number>();
    const client = mockClient(backend, {
      onRequest: ({ url }) => {
        const path = new URL(url).pathname;
        counts.set(path, (counts.get(path) ?? 0) + 1);
      },
    });
    const loginAnswer = await client.auth.login(DEMO_USERS.newUser);
    const onVerified = vi.fn<(auth: AuthResponse) => void>();
    const box = await show(
      <MfaEnrollmentStep loginAnswer={loginAnswer} onVerified={onVerified} messages={messages} />,
      client,
      messages,
      { width: 600, height: 1100 },
    );
    const count = (path: string) =>
      [...counts].filter(([key]) => key.endsWith(path)).reduce((sum, [, n]) => sum + n, 0);
    return { box, onVerified, count };
  }

  async function choose(box: HTMLElement, choice: string) {
    await until(() => !!box.querySelector(`input[value="${choice}"]`));
    await userEvent.click(box.querySelector(`input[value="${choice}"]`)!);
    await userEvent.click(box.querySelector('button[type=submit]')!);
  }

  it('an authenticator app: choice, QR, setup key, first code, recovery code, signed in', async () => {
    const { box, onVerified, count } = await start();
    await until(() => !!box.querySelector('input[type=radio]:checked'));
    await review(box, `enroll-choice-${name}`);

    await choose(box, 'authenticator');
    await until(
      () => !!box.querySelector('.mfa-qr-setup__image') && !box.querySelector('[aria-busy]'),
    );
    await review(box, `enroll-qr-${name}`);

    await userEvent.click(box.querySelector('.mfa-qr-setup button')!);
    await until(() => !!box.querySelector('.mfa-secret__text'));
    const setupKey = box.querySelector('.mfa-secret__text')!.textContent;
    expect(setupKey).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
    // A page translator would rewrite the key's letters.
    expect(box.querySelector('.mfa-secret__text')).toHaveAttribute('translate', 'no');
    await review(box, `enroll-setup-key-${name}`);

    const code = box.querySelector<HTMLInputElement>('input[autocomplete="one-time-code"]')!;
    await userEvent.click(code);
    await userEvent.keyboard(await totpCode(setupKey.replaceAll(' ', '')));
    await until(() => !!box.querySelector('[data-step="recovery-code"]'));
    expect(count(mockPaths.enrollAuthenticatorVerify)).toBe(1);
    await review(box, `enroll-recovery-code-${name}`);

    await userEvent.click(box.querySelector('input[type=checkbox]')!);
    await userEvent.click(box.querySelector('button[type=submit]')!);
    expect(onVerified).toHaveBeenCalledOnce();
  });

  it('a phone: the number, refused before sending, then the code sent', async () => {
    const { box, count } = await start();
    await choose(box, 'sms');
    await until(() => !!box.querySelector('input[type=tel]'));
    await userEvent.keyboard('415 555 0123');
    await userEvent.click(box.querySelector('button[type=submit]')!);
    await until(() => !!box.querySelector('[role=alert]'));
    expect(count(mockPaths.enrollSms)).toBe(0);
    await review(box, `enroll-phone-invalid-${name}`);

    await userEvent.fill(box.querySelector('input[type=tel]')!, '+1 415 555 0123');
    await userEvent.click(box.querySelector('button[type=submit]')!);
    await until(
      () =>
        !!box.querySelector('input[autocomplete="one-time-code"]') &&
        !box.querySelector('[aria-busy]'),
    );
    expect(count(mockPaths.enrollSms)).toBe(1);
    await review(box, `enroll-phone-code-sent-${name}`);
  });
});
