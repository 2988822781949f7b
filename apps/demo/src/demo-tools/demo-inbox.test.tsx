import { createMockBackend, DEMO_USERS, type MockBackend } from '@mfa-kit/mock';
import { callMock, loginAs, mockPaths } from '@mfa-kit/mock/testing';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DemoInbox } from './demo-inbox';

const { smsAndAuthenticator } = DEMO_USERS;
const phone = smsAndAuthenticator.phones[0];

let backend: MockBackend;

beforeEach(() => {
  backend = createMockBackend({ seed: 12 });
  render(<DemoInbox outbox={backend.outbox} />);
});

afterEach(cleanup);

/** Signs the SMS user in and has the mock text a login code to their phone, as the SMS step would. */
async function sendSmsCode(): Promise<void> {
  if (!phone) throw new Error('The seeded SMS user has no phone.');
  const mfaToken = await loginAs(backend, smsAndAuthenticator);
  await act(async () => {
    const response = await callMock(backend, mockPaths.smsCode(phone.id), { body: { mfaToken } });
    expect(response.status).toBe(201);
  });
}

describe('DemoInbox', () => {
  it('shows an SMS as a text to the phone, with its code', async () => {
    await sendSmsCode();
    const message = within(screen.getByRole('list', { name: 'Messages, newest first' })).getByRole(
      'listitem',
    );
    expect(message.querySelector('.inbox__channel')?.textContent).toBe('SMS');
    expect(message.textContent).toContain(`to ${phone?.phoneNumber}`);
    const sent = backend.outbox.latest({ channel: 'sms' });
    expect(sent?.code).toMatch(/^\d{6}$/);
    expect(within(message).getByText(sent?.code ?? '').tagName).toBe('CODE');
    // The badge counts the one message.
    expect(screen.getAllByRole('button', { name: /^Demo inbox/ })).toHaveLength(1);
    expect(screen.getByRole('button', { name: /^Demo inbox/ }).textContent).toMatch(
      /^Demo inbox\s*1$/,
    );
  });

  it('tells email and SMS apart, newest first', async () => {
    await sendSmsCode();
    const mfaToken = await loginAs(backend, DEMO_USERS.emailOnly);
    await act(() => callMock(backend, mockPaths.emailCode, { body: { mfaToken } }));
    const kinds = screen
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.inbox__channel')?.textContent);
    expect(kinds).toEqual(['Email', 'SMS']);
  });
});
