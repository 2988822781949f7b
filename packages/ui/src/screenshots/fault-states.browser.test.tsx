// Each fault a login step can meet, as the user sees it (issue #21): the SMS code step and the authenticator step,
// with the real stylesheet, on the mock, axe-clean and saved as screenshots in light and dark to look at. What
// each fault sends, in every step type, is the fault matrix's (code-form/fault-matrix.test.tsx); this is the look.
import type { MfaClientOptions } from '@mfa-kit/core';
import { DEMO_USERS, createMockBackend, totpCode } from '@mfa-kit/mock';
import type { MockBackend } from '@mfa-kit/mock';
import { createTestClock, latestCode } from '@mfa-kit/mock/testing';
import type { TestClock } from '@mfa-kit/mock/testing';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../styles.css';
import { enMessages } from '../messages/en.js';
import { MfaLoginStep } from '../mfa-login-step/mfa-login-step.js';
import { loginAnswer } from '../test/login-answer.js';
import { mockClient, review, show } from '../test/review-states.js';
import { until } from '../test/until.js';

const CODE_TTL_MS = 600_000;
const MFA_TOKEN_TTL_MS = 900_000;

const STEPS = [
  {
    name: 'sms',
    user: DEMO_USERS.smsOnly,
    verify: 'sms-code-verify',
    code: (backend: MockBackend) => latestCode(backend, 'sms'),
  },
  {
    name: 'authenticator',
    user: DEMO_USERS.authenticator,
    verify: 'authenticator-verify',
    code: (_backend: MockBackend, clock: TestClock) =>
      totpCode(DEMO_USERS.authenticator.authenticators[0].secret, clock.now()),
  },
] as const;

describe.each(STEPS)('the $name step', ({ name, user, verify, code }) => {
  /** The step on screen, its code sent (if it sends one), on a clock shared with the mock. */
  async function open({
    signInAge = 0,
    client,
  }: { signInAge?: number; client?: Partial<MfaClientOptions> } = {}) {
    const clock = createTestClock();
    const backend = createMockBackend({ seed: 11, now: clock.now });
    const answer = await loginAnswer(backend, user);
    clock.sleep(signInAge);
    const box = await show(
      // As the README wires it: "Sign in again" goes back to the app's sign-in.
      <MfaLoginStep loginAnswer={answer} email={user.email} clock={clock} onRestart={() => {}} />,
      mockClient(backend, client),
      enMessages,
    );
    await until(() => !!box.querySelector('input[autocomplete="one-time-code"]'));
    await until(() => !box.querySelector('[aria-busy="true"]'));
    const type = async () => {
      await userEvent.click(box.querySelector('input[autocomplete="one-time-code"]')!);
      await userEvent.keyboard(await code(backend, clock));
    };
    return { box, backend, clock, type };
  }

  const alertText = (box: HTMLElement) => box.querySelector('[role=alert]')?.textContent ?? '';

  it('a dropped connection', async () => {
    const { box, backend, type } = await open();
    backend.faults.networkErrorNext(1, { route: verify });
    await type();
    await until(() => alertText(box).includes("couldn't reach"));
    await review(box, `fault-network-${name}`);
  });

  it('a server error', async () => {
    const { box, backend, type } = await open();
    backend.faults.failNext(1, { status: 503 }, { route: verify });
    await type();
    await until(() => alertText(box) !== '');
    expect(alertText(box)).not.toContain("couldn't reach");
    await review(box, `fault-server-${name}`);
  });

  it('a slow answer, pending', async () => {
    const { box, backend, type } = await open();
    backend.faults.latency(5_000, { route: verify });
    await type();
    await until(() => !!box.querySelector('[aria-busy="true"]'));
    expect(alertText(box)).toBe('');
    await review(box, `fault-slow-${name}`);
  });

  it('the sign-in expired', async () => {
    // A sent code meets the expired sign-in at its send; a known code at its check, told by the tenant's code.
    const { box, backend, type } = await open({ signInAge: name === 'sms' ? MFA_TOKEN_TTL_MS : 0 });
    if (name === 'authenticator') {
      backend.faults.failNext(1, { status: 401 }, { route: verify });
      await type();
    }
    await until(() => alertText(box).includes(enMessages.signInExpired));
    expect([...box.querySelectorAll('button')].map((button) => button.textContent)).toContain(
      enMessages.signInAgain,
    );
    await review(box, `fault-sign-in-expired-${name}`);
  });

  // A known code (the authenticator's) has no lifetime of its own: only a sent code expires while the tab is away.
  if (name === 'sms')
    it('the code expired while the tab was away', async () => {
      const { box, clock } = await open();
      clock.advance(CODE_TTL_MS + 1_000);
      await until(() => alertText(box).includes(enMessages.codeExpired));
      await review(box, `fault-code-expired-${name}`);
    });
});
