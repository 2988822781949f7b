// The drop-in forms left to right and right to left, with the real stylesheet, talking to the mock
// through the client's `fetch` (no service worker needed): axe-clean in each state, light and dark (colour
// contrast included), and saved as screenshots in test-results/screenshots to look at.
import { DEMO_USER, createMockBackend } from '@mfa-kit/mock';
import type { MockBackend } from '@mfa-kit/mock';
import { latestCode, loginDemoUser, signInDemoUser, wrongCode } from '@mfa-kit/mock/testing';
import { describe, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../styles.css';
import { RemovePhoneWithCodeForm } from '../remove-phone-with-code-form/remove-phone-with-code-form.js';
import { MfaDeviceList } from '../mfa-device-list/mfa-device-list.js';
import { DIRECTIONS, mockClient, review, show } from '../test/review-states.js';
import { EmailMfaForm } from './email-mfa-form.js';
import { until } from '../test/until.js';

/** The client option of a demo user signed in on `backend`, for the settings forms. */
async function signedIn(backend: MockBackend) {
  const { accessToken } = await signInDemoUser(backend);
  return { getAccessToken: () => accessToken };
}

describe.each(DIRECTIONS)('the drop-in forms, $name', ({ name, messages }) => {
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
      messages,
    );
    await until(() => !!box.querySelector('[type=checkbox]') && !box.querySelector('[aria-busy]'));
    await userEvent.keyboard('482');
    await review(box, `email-code-sent-${name}`);
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
      messages,
    );
    await until(() => !!box.querySelector('[type=checkbox]') && !box.querySelector('[aria-busy]'));
    await userEvent.keyboard(wrongCode(latestCode(backend)));
    await until(() => !!box.querySelector('[role=alert]'));
    await review(box, `email-wrong-code-${name}`);
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
      messages,
    );
    await until(() => !!box.querySelector('[role=alert]'));
    await review(box, `email-rate-limited-${name}`);
  });

  it('EmailMfaForm: verified', async () => {
    const backend = createMockBackend({ seed: 4 });
    const client = mockClient(backend);
    const box = await show(
      <EmailMfaForm mfaToken={await loginDemoUser(backend)} messages={messages} />,
      client,
      messages,
    );
    await until(() => !box.querySelector('[aria-busy]') && !!backend.outbox.latest());
    await userEvent.keyboard(latestCode(backend));
    await until(() => !!box.querySelector('[data-step=verified]'));
    await review(box, `email-verified-${name}`);
  });

  it('RemovePhoneWithCodeForm: confirm, then the code step', async () => {
    const backend = createMockBackend({ seed: 5 });
    const client = mockClient(backend, await signedIn(backend));
    const [phone] = DEMO_USER.phones;
    const box = await show(
      <RemovePhoneWithCodeForm
        deviceId={phone.id}
        phoneNumber={phone.phoneNumber}
        messages={messages}
      />,
      client,
      messages,
    );
    await review(box, `disable-confirm-${name}`);
    await userEvent.click(
      page.getByRole('button', { name: messages.removePhoneWithCode.sendCode }),
    );
    await until(() => box.querySelector('[data-step]')?.getAttribute('data-step') === 'code-sent');
    await userEvent.keyboard('93');
    await review(box, `disable-code-${name}`);
  });

  it('MfaDeviceList: a phone being turned off, then the list after it', async () => {
    const backend = createMockBackend({ seed: 6 });
    const client = mockClient(backend, await signedIn(backend));
    const box = await show(<MfaDeviceList messages={messages} />, client, messages);
    await until(() => box.querySelectorAll('li').length === 2);
    await review(box, `devices-${name}`);
    const disable = box.querySelector<HTMLButtonElement>('li button');
    if (!disable) throw new Error('no Disable button');
    await userEvent.click(disable);
    await review(box, `devices-disable-open-${name}`);
    await userEvent.keyboard('{Enter}');
    await until(() => !!box.querySelector('li [data-step=code-sent]'));
    await userEvent.keyboard(latestCode(backend, 'sms'));
    await until(() => box.querySelectorAll('li').length === 1 && !box.querySelector('form'));
    await review(box, `devices-after-disable-${name}`);
  });
});
