import type { AuthResponse } from '@mfa-kit/core';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { heMessages } from '../messages/he.js';
import { MfaMessagesProvider } from '../messages/messages-context.js';
import { EmailMfaForm } from './email-mfa-form.js';
import type { EmailMfaFormProps } from './email-mfa-form.js';
import { loginDemoUser, mockPaths, wrongCode, wrongCodes } from '@mfa-kit/mock/testing';
import { setupMockEnv } from '../test/mock-env.js';
import { renderWithMfa } from '../test/render-with-mfa.js';
import { wholeText } from '../test/whole-text.js';

const env = setupMockEnv({ maxAttempts: 3 });

async function renderForm(props: Partial<EmailMfaFormProps> = {}, { strict = false } = {}) {
  const client = env.client();
  const mfaToken = props.mfaToken ?? (await loginDemoUser(env.backend));
  const onVerified = vi.fn<(auth: AuthResponse) => void>();
  const onRestart = vi.fn();
  const view = renderWithMfa(
    <EmailMfaForm
      onVerified={onVerified}
      onRestart={onRestart}
      clock={env.clock}
      {...props}
      mfaToken={mfaToken}
    />,
    { client, strict },
  );
  const code = screen.getByLabelText<HTMLInputElement>(
    props.messages?.codeLabel ?? 'Verification code',
  );
  return { ...view, mfaToken, onVerified, onRestart, code, user: userEvent.setup() };
}

const SENT = 'We sent a code to your email address.';
const form = () => screen.getByRole('form');
const alert = () => screen.getByRole('alert');
const button = (name: string) => screen.getByRole('button', { name });
const settled = () => waitFor(() => expect(form()).not.toHaveAttribute('aria-busy'));

describe('EmailMfaForm: the login step', { timeout: 30_000 }, () => {
  it('emails one code on mount (StrictMode too), focuses the code and says where it went', async () => {
    const { code, container } = await renderForm({ email: 'demo@mfa-kit.dev' }, { strict: true });
    expect(code).toHaveFocus();
    expect(screen.getByText('Sending a code…')).toBeInTheDocument();
    expect(
      await screen.findByText(wholeText('We sent a code to d•••o@mfa-kit.dev.')),
    ).toHaveAttribute('role', 'status');
    expect(code).toHaveAccessibleDescription('The code expires in 10:00.');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check your email');
    expect(form()).toHaveAccessibleName('Check your email');
    expect(form()).toHaveAttribute('data-step', 'code-sent');
    expect(button('Resend code')).toHaveTextContent('Resend code in 0:30');
    expect(await screen.findByRole('checkbox')).toBeChecked();
    expect(screen.getByRole('checkbox')).toHaveAccessibleName(
      "Don't ask again on this device for 14 days",
    );
    expect(env.count(mockPaths.emailCode)).toBe(1);
    expect(env.backend.outbox.messages()).toHaveLength(1);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('counts the expiry down with the flow clock', async () => {
    const { code } = await renderForm();
    await screen.findByText(SENT);
    act(() => env.clock.advance(19_000));
    expect(code).toHaveAccessibleDescription('The code expires in 9:41.');
    expect(button('Resend code')).toHaveTextContent('Resend code in 0:11');
  });

  it('submits itself when the code is full, once even with Enter, and hands over the AuthResponse', async () => {
    const { code, user, onVerified, container } = await renderForm();
    await screen.findByText(SENT);
    await user.type(code, `${env.latestCode()}{Enter}`);
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    const auth = onVerified.mock.calls[0]![0];
    expect(auth.accessToken).toEqual(expect.any(String));
    expect(env.count(mockPaths.emailCodeVerify)).toBe(1);
    expect(await env.bodies(mockPaths.emailCodeVerify)).toEqual([
      expect.objectContaining({ code: env.latestCode(), rememberDevice: true }),
    ]);
    expect(screen.getByText('Verified.')).toHaveFocus();
    expect(screen.getByText('Verified.')).toHaveAttribute('data-variant', 'success');
    expect(form()).toHaveAttribute('data-step', 'verified');
    expect(screen.queryByLabelText('Verification code')).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('verifies a pasted code with the Verify button, showing the check in flight', async () => {
    env.backend.faults.latency(1_500, { route: 'email-code-verify' });
    const { code, user, onVerified } = await renderForm();
    await screen.findByText(SENT);
    await user.click(code);
    await user.paste(` ${env.latestCode().slice(0, 3)}-${env.latestCode().slice(3)} `);
    expect(await screen.findByRole('button', { name: 'Verifying…' })).toHaveAttribute(
      'data-pending',
    );
    expect(code).toHaveAttribute('readonly');
    await user.click(button('Verifying…'));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.emailCodeVerify)).toBe(1);
  });

  it('sends rememberDevice false when the box is unticked', async () => {
    const { code, user, onVerified } = await renderForm();
    await user.click(await screen.findByRole('checkbox'));
    await screen.findByText(SENT);
    await user.type(code, env.latestCode());
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(await env.bodies(mockPaths.emailCodeVerify)).toEqual([
      expect.objectContaining({ rememberDevice: false }),
    ]);
  });

  it('offers no remember-device box when the policy disallows it, and sends false', async () => {
    env.backend.faults.failNext(
      1,
      { status: 200, body: { isAllowedToRemember: false, mfaDeviceExpiration: 1_209_600 } },
      { route: 'remember-device-policy' },
    );
    const { code, user, onVerified, container } = await renderForm();
    await screen.findByText(SENT);
    await waitFor(() => expect(env.count(mockPaths.rememberDevicePolicy)).toBe(1));
    await user.type(code, env.latestCode());
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(await env.bodies(mockPaths.emailCodeVerify)).toEqual([
      expect.objectContaining({ rememberDevice: false }),
    ]);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('asks for the whole code before sending anything', async () => {
    const { code, user } = await renderForm();
    await screen.findByText(SENT);
    await user.click(button('Verify'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the code we sent you.');
    await user.type(code, '123');
    await user.click(button('Verify'));
    await waitFor(() =>
      expect(alert()).toHaveTextContent('The code has 6 digits. Enter all of them.'),
    );
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveFocus();
    expect(env.count(mockPaths.emailCodeVerify)).toBe(0);
  });

  it('speaks Hebrew, right to left', async () => {
    const { container } = await renderForm({ messages: heMessages, className: 'login-step' });
    expect(form()).toHaveAttribute('dir', 'rtl');
    expect(form()).toHaveAttribute('lang', 'he');
    expect(form()).toHaveClass('mfa-card', 'mfa-form', 'login-step');
    expect(screen.getByRole('heading')).toHaveTextContent('בדקו את תיבת הדואר');
    expect(await screen.findByText('שלחנו קוד לכתובת הדוא״ל שלכם.')).toBeInTheDocument();
    expect(screen.getByLabelText('קוד אימות')).toHaveAttribute('dir', 'ltr');
    expect(await screen.findByRole('checkbox')).toHaveAccessibleName(
      'לא לשאול שוב במכשיר הזה במשך 14 ימים',
    );
    expect(screen.getByRole('button', { name: 'שליחת קוד חדש' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("gives its own texts to every part inside it, over the app's provider", async () => {
    const mfaToken = await loginDemoUser(env.backend);
    renderWithMfa(
      <MfaMessagesProvider messages={heMessages}>
        <EmailMfaForm
          mfaToken={mfaToken}
          clock={env.clock}
          messages={{ codeLabel: 'Code', rememberDevice: () => 'Remember me' }}
        />
      </MfaMessagesProvider>,
      { client: env.client() },
    );
    expect(screen.getByLabelText('Code')).toHaveAttribute('dir', 'ltr');
    expect(await screen.findByRole('checkbox')).toHaveAccessibleName('Remember me');
    expect(screen.getByRole('heading')).toHaveTextContent(heMessages.email.title);
    expect(screen.getByRole('button', { name: heMessages.resendCode })).toBeInTheDocument();
  });
});

describe('EmailMfaForm: every failure has a message and a way forward', { timeout: 30_000 }, () => {
  it('wrong code: says so with the attempts left and the server text, clears and refocuses the code, keeps the box', async () => {
    const { code, user, onVerified, container } = await renderForm({ maxAttempts: 3 });
    const box = await screen.findByRole('checkbox');
    await user.click(box);
    await screen.findByText(SENT);
    await user.type(code, wrongCode(env.latestCode()));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "That code didn't work. Check it, or send a new code. 2 attempts left." +
        'Details from the server: Invalid code',
    );
    expect(code).toHaveValue('');
    expect(code).toHaveFocus();
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(/That code didn't work.*The code expires in 10:00\./);
    expect(box).not.toBeChecked();
    expect(await axe(container)).toHaveNoViolations();

    await user.type(code, env.latestCode());
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.emailCodeVerify)).toBe(2);
    expect((await env.bodies(mockPaths.emailCodeVerify))[1]).toMatchObject({
      rememberDevice: false,
    });
  });

  it('a refused code typed again is not sent: it says so, and the right code then works', async () => {
    const { code, user, onVerified } = await renderForm();
    await screen.findByText(SENT);
    const wrong = wrongCode(env.latestCode());
    await user.type(code, wrong);
    await waitFor(() => expect(alert()).toHaveTextContent("That code didn't work."));
    await user.type(code, wrong);
    await waitFor(() =>
      expect(alert()).toHaveTextContent(
        "You already tried that code and it didn't work. Check it, or send a new code.",
      ),
    );
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(env.count(mockPaths.emailCodeVerify)).toBe(1);

    await user.clear(code);
    await user.type(code, env.latestCode());
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.emailCodeVerify)).toBe(2);
  });

  it('after the refused codes the kit allows, it stops checking and asks for a new code, which works', async () => {
    const { code, user, onVerified } = await renderForm({ maxRefusedCodes: 3 });
    await screen.findByText(SENT);
    const right = env.latestCode();
    for (const wrong of wrongCodes(right, 3)) {
      await user.type(code, wrong);
      await settled();
      await waitFor(() => expect(code).toHaveValue(''));
    }
    expect(alert()).toHaveTextContent("Several codes didn't work. Send a new code, then enter it.");
    // Typing the right (but given-up) code sends nothing: only a new code helps.
    await user.type(code, right);
    expect(env.count(mockPaths.emailCodeVerify)).toBe(3);
    const sendNew = button('Send a new code');
    expect(sendNew).toHaveAttribute('aria-disabled', 'true');

    act(() => env.clock.advance(30_000));
    await user.click(button('Send a new code'));
    await screen.findByText('We sent you a new code.');
    expect(code).toHaveValue('');
    expect(code).toHaveFocus();
    await user.type(code, env.latestCode());
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.emailCode)).toBe(2);
    expect(env.count(mockPaths.emailCodeVerify)).toBe(4);
  });

  it('code expired on the clock: says so and offers a new code at once', async () => {
    const { code, user, onVerified, container } = await renderForm();
    await screen.findByText(SENT);
    act(() => env.clock.advance(600_000));
    expect(alert()).toHaveTextContent('The code has expired. Send a new code to continue.');
    expect(code).toHaveAccessibleDescription(/The code has expired/);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(button('Send a new code'));
    await screen.findByText('We sent you a new code.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(code).toHaveFocus();
    await user.type(code, env.latestCode());
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
  });

  it('code expired on the server (its own error code): a refused code with the server text; a new code verifies', async () => {
    // The flow believes codes live longer than the server keeps them.
    const { code, user, onVerified } = await renderForm({ codeTtlMs: 900_000 });
    await screen.findByText(SENT);
    act(() => env.clock.advance(601_000));
    await user.type(code, env.latestCode());
    await waitFor(() =>
      expect(alert()).toHaveTextContent(
        "That code didn't work. Check it, or send a new code.Details from the server: Code expired",
      ),
    );
    expect(code).toHaveFocus();
    await user.click(button('Resend code'));
    await screen.findByText('We sent you a new code.');
    await user.type(code, env.latestCode());
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.emailCode)).toBe(2);
  });

  it('rate limited: counts the server wait down, then recovers and the retry goes through', async () => {
    // The flow's cooldown (10 s) is shorter than the server's (30 s): the resend meets a real 429.
    const { user, container } = await renderForm({ resendCooldownMs: 10_000 });
    await screen.findByText(SENT);
    act(() => env.clock.advance(10_000));
    await user.click(button('Resend code'));
    await waitFor(() => expect(alert()).toHaveTextContent('Too many requests. Try again in 0:20.'));
    const retry = button('Try again');
    expect(retry).toHaveAttribute('aria-disabled', 'true');
    expect(await axe(container)).toHaveNoViolations();

    act(() => env.clock.advance(5_000));
    // The visible wait counts down; what screen readers were told stays as it was.
    expect(alert().querySelector('[aria-hidden]')).toHaveTextContent('Try again in 0:15.');
    expect(screen.getByLabelText('Verification code')).toHaveAccessibleDescription(
      /Try again in 0:20\./,
    );
    await user.click(retry);
    expect(env.count(mockPaths.emailCode)).toBe(2);

    act(() => env.clock.advance(15_000));
    expect(alert()).toHaveTextContent('You can try again now.');
    expect(alert().closest('[data-variant]')).toHaveAttribute('data-variant', 'info');
    await user.click(button('Try again'));
    await screen.findByText('We sent you a new code.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(env.count(mockPaths.emailCode)).toBe(3);
  });

  it('rate limited on the check: the entered code is kept and checked again after the wait', async () => {
    const { code, user, onVerified } = await renderForm();
    await screen.findByText(SENT);
    env.backend.faults.failNext(
      1,
      { status: 429, headers: { 'Retry-After': '5' } },
      { route: 'email-code-verify' },
    );
    await user.type(code, env.latestCode());
    await waitFor(() => expect(alert()).toHaveTextContent('Too many requests. Try again in 0:05.'));
    expect(code).toHaveValue(env.latestCode());
    act(() => env.clock.advance(5_000));
    await user.click(button('Try again'));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    const [first, second] = await env.bodies(mockPaths.emailCodeVerify);
    expect(second).toEqual(first);
  });

  it('network error: "Try again" repeats the check without losing the code', async () => {
    const { code, user, onVerified, container } = await renderForm();
    await screen.findByText(SENT);
    env.backend.faults.networkErrorNext(1, { route: 'email-code-verify' });
    await user.type(code, env.latestCode());
    await waitFor(() =>
      expect(alert()).toHaveTextContent(
        "We couldn't reach the server. Check your connection and try again.",
      ),
    );
    expect(code).toHaveValue(env.latestCode());
    expect(code).not.toHaveAttribute('aria-invalid');
    expect(code).toHaveFocus();
    expect(await axe(container)).toHaveNoViolations();
    await user.click(button('Try again'));
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.emailCodeVerify)).toBe(2);
  });

  it('server error on the first send: "Try again" sends it', async () => {
    env.backend.faults.failNext(1, { status: 503 }, { route: 'email-code' });
    const { user } = await renderForm();
    await waitFor(() =>
      expect(alert()).toHaveTextContent('Something went wrong on our side. Try again in a moment.'),
    );
    expect(form().querySelector('[role=status]')).toBeEmptyDOMElement();
    await user.click(button('Try again'));
    await screen.findByText(SENT);
    expect(env.count(mockPaths.emailCode)).toBe(2);
  });

  it('an answer that cannot be read: says so specifically, "Try again" recovers', async () => {
    env.backend.faults.malformedNext(1, { route: 'email-code' });
    const { user } = await renderForm();
    await waitFor(() =>
      expect(alert()).toHaveTextContent('The server sent an answer we could not read.'),
    );
    await user.click(button('Try again'));
    await screen.findByText(SENT);
  });

  it('timeout: says the server was slow, "Try again" sends again', async () => {
    env.backend.faults.latency(150, { route: 'email-code' });
    const client = env.client({ timeoutMs: 50 });
    const mfaToken = await loginDemoUser(env.backend);
    renderWithMfa(<EmailMfaForm mfaToken={mfaToken} clock={env.clock} />, { client });
    const user = userEvent.setup();
    await waitFor(() =>
      expect(alert()).toHaveTextContent('The server took too long to answer. Try again.'),
    );
    // The late request still reached the server and started its cooldown, as a real one may.
    await new Promise((resolve) => setTimeout(resolve, 200));
    env.backend.faults.latency(0, { route: 'email-code' });
    act(() => env.clock.advance(30_000));
    await user.click(button('Try again'));
    await screen.findByText(SENT);
    expect(env.count(mockPaths.emailCode)).toBe(2);
  });

  it('a login that is no longer accepted: "Sign in again" calls onRestart', async () => {
    const { user, onRestart, container } = await renderForm({ mfaToken: 'not-a-live-token' });
    await waitFor(() =>
      expect(alert()).toHaveTextContent(
        'Your sign-in has expired. Sign in again to get a new code.',
      ),
    );
    expect(await axe(container)).toHaveNoViolations();
    await user.click(button('Sign in again'));
    expect(onRestart).toHaveBeenCalledOnce();
    expect(env.count(mockPaths.emailCode)).toBe(1);
  });
});
