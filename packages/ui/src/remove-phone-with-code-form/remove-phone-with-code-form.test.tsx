import { DEMO_USER } from '@mfa-kit/mock';
import type { MfaClient } from '@mfa-kit/core';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { mockPaths, wrongCode, wrongCodes } from '@mfa-kit/mock/testing';
import { setupMockEnv, signedInClient } from '../test/mock-env.js';
import { renderWithMfa } from '../test/render-with-mfa.js';
import { heMessages } from '../messages/he.js';
import { RemovePhoneWithCodeForm } from './remove-phone-with-code-form.js';
import type { RemovePhoneWithCodeFormProps } from './remove-phone-with-code-form.js';
import { wholeText } from '../test/whole-text.js';

const env = setupMockEnv();
const [phone] = DEMO_USER.phones;

async function renderForm(props: Partial<RemovePhoneWithCodeFormProps> = {}, client?: MfaClient) {
  const onDone = vi.fn();
  const onCancel = vi.fn();
  const view = renderWithMfa(
    <RemovePhoneWithCodeForm
      deviceId={phone.id}
      phoneNumber={phone.phoneNumber}
      onDone={onDone}
      onCancel={onCancel}
      clock={env.clock}
      {...props}
    />,
    { client: client ?? (await signedInClient(env)) },
  );
  return { ...view, onDone, onCancel, user: userEvent.setup() };
}

const SENT = 'We sent a code to •••• 4567.';
const form = () => screen.getByRole('form');
const alert = () => screen.getByRole('alert');
const button = (name: string) => screen.getByRole('button', { name });
const code = () => screen.getByLabelText<HTMLInputElement>('Verification code');
const phonesLeft = () => env.backend.devices(DEMO_USER.email).phones.map((device) => device.id);

describe('RemovePhoneWithCodeForm', { timeout: 30_000 }, () => {
  it('asks first, with focus on its button, and sends nothing until asked', async () => {
    const { container } = await renderForm();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Turn off text message codes',
    );
    expect(form()).toHaveAccessibleName('Turn off text message codes');
    expect(form()).toHaveAttribute('data-step', 'idle');
    expect(screen.getByRole('status')).toHaveTextContent(
      'To turn off sign-in codes sent to •••• 4567, confirm with a code we send to that number.',
    );
    expect(button('Send code')).toHaveFocus();
    expect(screen.queryByLabelText('Verification code')).not.toBeInTheDocument();
    expect(env.requests).toHaveLength(0);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('texts a code, takes it, turns the phone off and says so', async () => {
    const { user, onDone, container } = await renderForm();
    await user.click(button('Send code'));
    expect(await screen.findByText(wholeText(SENT))).toHaveAttribute('role', 'status');
    expect(code()).toHaveFocus();
    expect(code()).toHaveAccessibleDescription('The code expires in 10:00.');
    expect(button('Resend code')).toHaveTextContent('Resend code in 0:30');
    expect(await axe(container)).toHaveNoViolations();

    await user.type(code(), env.latestCode('sms'));
    const done = await screen.findByText(wholeText('Text message codes are off for •••• 4567.'));
    expect(done).toHaveFocus();
    expect(done).toHaveAttribute('data-variant', 'success');
    expect(form()).toHaveAttribute('data-step', 'verified');
    expect(onDone).toHaveBeenCalledOnce();
    expect(phonesLeft()).not.toContain(phone.id);
    expect(env.count(mockPaths.smsPreDisable(phone.id))).toBe(1);
    expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(1);
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('a wrong code: says so, clears and refocuses the code; the right one then works', async () => {
    const { user, onDone, container } = await renderForm();
    await user.click(button('Send code'));
    await screen.findByText(wholeText(SENT));
    await user.type(code(), `${wrongCode(env.latestCode('sms'))}{Enter}`);
    await waitFor(() =>
      expect(alert()).toHaveTextContent(
        "That code didn't work. Check it, or send a new code.Details from the server: Invalid code",
      ),
    );
    expect(code()).toHaveValue('');
    expect(code()).toHaveFocus();
    expect(code()).toHaveAttribute('aria-invalid', 'true');
    expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(1);
    expect(await axe(container)).toHaveNoViolations();
    await user.type(code(), env.latestCode('sms'));
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(2);
  });

  it('a refused code typed again is not sent; after 5 refusals it asks for a new code', async () => {
    const { user, onDone } = await renderForm();
    await user.click(button('Send code'));
    await screen.findByText(wholeText(SENT));
    const right = env.latestCode('sms');
    const wrongs = wrongCodes(right, 5);
    await user.type(code(), wrongs[0]!);
    await waitFor(() => expect(code()).toHaveValue(''));
    await user.type(code(), wrongs[0]!);
    await waitFor(() => expect(alert()).toHaveTextContent('You already tried that code'));
    expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(1);
    for (const wrong of wrongs.slice(1, 5)) {
      await user.clear(code());
      await user.type(code(), wrong);
      await waitFor(() => expect(code()).toHaveValue(''));
    }
    await waitFor(() =>
      expect(alert()).toHaveTextContent("Several codes didn't work. Send a new code"),
    );
    expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(5);
    act(() => env.clock.advance(30_000));
    await user.click(button('Send a new code'));
    await screen.findByText('We sent you a new code.');
    await user.type(code(), env.latestCode('sms'));
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(6);
  });

  it('a network error on sending: "Try again" sends', async () => {
    env.backend.faults.networkErrorNext(1, { route: 'sms-pre-disable' });
    const { user, container } = await renderForm();
    await user.click(button('Send code'));
    await waitFor(() => expect(alert()).toHaveTextContent("We couldn't reach the server."));
    expect(await axe(container)).toHaveNoViolations();
    await user.click(button('Try again'));
    await screen.findByText(wholeText(SENT));
    expect(env.count(mockPaths.smsPreDisable(phone.id))).toBe(2);
  });

  it('rate limited on sending: counts down, then sends', async () => {
    env.backend.faults.failNext(
      1,
      { status: 429, headers: { 'Retry-After': '7' } },
      { route: 'sms-pre-disable' },
    );
    const { user } = await renderForm();
    await user.click(button('Send code'));
    await waitFor(() => expect(alert()).toHaveTextContent('Too many requests. Try again in 0:07.'));
    expect(button('Try again')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('Try again'));
    act(() => env.clock.advance(3_000));
    expect(alert()).toHaveTextContent('Try again in 0:04.');
    act(() => env.clock.advance(4_000));
    expect(alert()).toHaveTextContent('You can try again now.');
    await user.click(button('Try again'));
    await screen.findByText(wholeText(SENT));
    expect(env.count(mockPaths.smsPreDisable(phone.id))).toBe(2);
  });

  it('a server error on the check: "Try again" checks the same code again', async () => {
    const { user, onDone } = await renderForm();
    await user.click(button('Send code'));
    await screen.findByText(wholeText(SENT));
    env.backend.faults.failNext(1, { status: 500 }, { route: 'sms-disable-verify' });
    await user.type(code(), env.latestCode('sms'));
    await waitFor(() => expect(alert()).toHaveTextContent('Something went wrong on our side.'));
    expect(code()).toHaveValue(env.latestCode('sms'));
    await user.click(button('Try again'));
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    const [first, second] = await env.bodies(mockPaths.smsDisableVerify(phone.id));
    expect(second).toEqual(first);
  });

  it('resends a code after the cooldown; the new one works', async () => {
    const { user, onDone } = await renderForm();
    await user.click(button('Send code'));
    await screen.findByText(wholeText(SENT));
    act(() => env.clock.advance(30_000));
    await user.click(button('Resend code'));
    await screen.findByText('We sent you a new code.');
    await user.type(code(), env.latestCode('sms'));
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.smsPreDisable(phone.id))).toBe(2);
  });

  it('a device that is gone: says so; Cancel is the way out', async () => {
    const { user, onCancel } = await renderForm({ deviceId: 'no-such-device' });
    await user.click(button('Send code'));
    await waitFor(() => expect(alert()).toHaveTextContent("We couldn't find this item."));
    await user.click(button('Cancel'));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('a session that ended: says to sign in again', async () => {
    await renderForm({}, env.client());
    const user = userEvent.setup();
    await user.click(button('Send code'));
    await waitFor(() =>
      expect(alert()).toHaveTextContent('Your session has ended. Sign in again to continue.'),
    );
  });

  it('cancels from the confirm step without a request', async () => {
    const { user, onCancel } = await renderForm();
    await user.click(button('Cancel'));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(env.requests).toHaveLength(0);
  });

  it('cancels from the code step, even while checking: the check is aborted', async () => {
    const { user, onCancel, onDone } = await renderForm();
    await user.click(button('Send code'));
    await screen.findByText(wholeText(SENT));
    env.backend.faults.latency(5_000, { route: 'sms-disable-verify' });
    await user.type(code(), env.latestCode('sms'));
    await screen.findByRole('button', { name: 'Turning off…' });
    await user.click(button('Cancel'));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(form()).toHaveAttribute('data-step', 'idle');
    const [check] = env.requests.filter(
      (seen) => seen.path === mockPaths.smsDisableVerify(phone.id),
    );
    expect(check?.request.signal.aborted).toBe(true);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('speaks Hebrew, right to left, at the heading level asked for', async () => {
    const { user, container } = await renderForm({ messages: heMessages, headingLevel: 3 });
    expect(form()).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('כיבוי קודים בהודעות טקסט');
    await user.click(screen.getByRole('button', { name: 'שליחת קוד' }));
    // The number is a left-to-right run of its own: its digits keep their order, a translator leaves it alone.
    const sent = await screen.findByText(wholeText('שלחנו קוד למספר •••• 4567.'));
    expect(sent).toHaveAttribute('role', 'status');
    const number = within(sent).getByText('•••• 4567');
    expect(number.tagName).toBe('BDI');
    expect(number).toHaveAttribute('dir', 'ltr');
    expect(number).toHaveAttribute('translate', 'no');
    expect(await axe(container)).toHaveNoViolations();
  });
});
