import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { DEMO_USER, MOCK_ERROR_CODES, MOCK_ERROR_CODE_KINDS } from '@mfa-kit/mock';
import { mockPaths, wrongCode, wrongCodes } from '@mfa-kit/mock/testing';
import { maskEmail } from '../mask/mask-email.js';
import { errorMessage } from '../messages/error-message.js';
import {
  codeInput,
  rateLimitedOnce,
  retryAfterRateLimit,
  tooManyAttemptsMappedStory,
  tooManyAttemptsStory,
  verifyResentCode,
} from '../test/code-form-stories.js';
import { EmailMfaForm } from './email-mfa-form.js';
import { wholeText } from '../test/whole-text.js';

/** The code the mock emailed last, once the form says it was sent. */
async function emailedCode({ canvas, messages, mock }: StoryContext): Promise<string> {
  await canvas.findByText(wholeText(messages.email.sentTo(maskEmail(DEMO_USER.email))));
  const code = mock.outbox.latest({ channel: 'email' })?.code;
  if (code === undefined) throw new Error('The form says a code was sent, but the mock sent none.');
  return code;
}

function verifyRequests({ apiRequests }: StoryContext): number {
  return apiRequests.count(mockPaths.emailCodeVerify);
}

/** The bodies of the verify requests the story sent, in order. */
function verifyBodies({ apiRequests }: StoryContext): Promise<unknown[]> {
  return apiRequests.bodies(mockPaths.emailCodeVerify);
}

const meta = {
  title: 'Forms/EmailMfaForm',
  component: EmailMfaForm,
  // The login's mfaToken comes from the story's own mock backend, where the demo user signed in.
  render: (args, { demoSession }) => <EmailMfaForm {...args} mfaToken={demoSession.mfaToken} />,
  args: {
    mfaToken: '',
    email: DEMO_USER.email,
    onVerified: fn(),
    onRestart: fn(),
  },
  argTypes: {
    mfaToken: { control: false, description: 'Set by the story: a sign-in on its mock backend.' },
  },
  parameters: {
    // Each story on the docs page in its own frame, so each talks to its own mock backend.
    docs: { story: { inline: false, iframeHeight: 520 } },
  },
} satisfies Meta<typeof EmailMfaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code is on its way (the mock answers after 8 seconds). */
export const Sending: Story = {
  beforeEach: ({ mock }) => mock.faults.latency(8_000, { route: 'email-code' }),
  play: async ({ canvas, canvasElement, messages }) => {
    await expect(await canvas.findByText(messages.sendingCode)).toBeVisible();
    await expect(canvasElement.querySelector('form')).toHaveAttribute('data-step', 'sending');
  },
};

/** The code was emailed: where it went, the expiry, and the resend countdown. */
export const CodeSent: Story = {
  play: async (context) => {
    const { canvas, messages, mock } = context;
    await emailedCode(context);
    await expect(codeInput(context)).toHaveFocus();
    await expect(await canvas.findByText(/10:00|9:5\d/)).toBeVisible();
    const resend = canvas.getByRole('button', { name: messages.resendCode });
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await expect(resend).toHaveTextContent(/0:(30|29|28)/);
    await expect(canvas.getByRole('checkbox', { name: messages.rememberDevice(14) })).toBeChecked();
    await expect(mock.outbox.messages()).toHaveLength(1);
  },
};

/** The code is being checked (the mock answers after 8 seconds). */
export const Verifying: Story = {
  beforeEach: ({ mock }) => mock.faults.latency(8_000, { route: 'email-code-verify' }),
  play: async (context) => {
    const { canvas, canvasElement, messages, userEvent } = context;
    const code = await emailedCode(context);
    await userEvent.type(codeInput(context), code);
    await expect(await canvas.findByRole('button', { name: messages.verifying })).toBeVisible();
    await expect(canvasElement.querySelector('form')).toHaveAttribute('data-step', 'verifying');
    await expect(codeInput(context)).toHaveAttribute('readonly');
  },
};

/**
 * A wrong code, on the default path (the tenant's error code is unknown to the client): the kit's
 * message with the server's own words under it, the code emptied and focused, then the right code
 * typed straight in signs the user in: two checks in all.
 */
export const WrongCode: Story = {
  play: async (context) => {
    const { args, canvas, messages, userEvent } = context;
    const code = await emailedCode(context);
    await userEvent.type(codeInput(context), wrongCode(code));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(errorMessage(messages, 'invalid-code'));
    await expect(alert).toHaveTextContent(messages.serverDetails('Invalid code'));
    await waitFor(() => expect(codeInput(context)).toHaveValue(''));
    await expect(codeInput(context)).toHaveFocus();
    await expect(codeInput(context)).toBeInvalid();

    await userEvent.type(codeInput(context), code);
    await expect(await canvas.findByText(messages.verified)).toBeVisible();
    await expect(args.onVerified).toHaveBeenCalledOnce();
    await expect(verifyRequests(context)).toBe(2);
  },
};

/** The right code pasted (with a space, as copied from an email) after a wrong one. */
export const WrongCodeThenPaste: Story = {
  play: async (context) => {
    const { args, canvas, messages, userEvent } = context;
    const code = await emailedCode(context);
    await userEvent.type(codeInput(context), wrongCode(code));
    await canvas.findByRole('alert');
    await waitFor(() => expect(codeInput(context)).toHaveValue(''));
    await userEvent.paste(`${code.slice(0, 3)} ${code.slice(3)}`);
    await expect(await canvas.findByText(messages.verified)).toBeVisible();
    await expect(args.onVerified).toHaveBeenCalledOnce();
    await expect(verifyRequests(context)).toBe(2);
  },
};

/** The same wrong code typed again is not sent: the field says it was already tried. */
export const WrongCodeRetyped: Story = {
  play: async (context) => {
    const { canvas, messages, userEvent } = context;
    const wrong = wrongCode(await emailedCode(context));
    await userEvent.type(codeInput(context), wrong);
    await waitFor(() => expect(codeInput(context)).toHaveValue(''));
    await userEvent.type(codeInput(context), wrong);
    await expect(await canvas.findByText(messages.codeAlreadyTried)).toBeVisible();
    await expect(codeInput(context)).toBeInvalid();
    await expect(verifyRequests(context)).toBe(1);
  },
};

/**
 * After the refused codes the kit allows (here 2, `maxRefusedCodes`), it stops checking and asks
 * for a new code, which can be sent once the cooldown (here 2 s) is over.
 */
export const TooManyRefusedCodes: Story = {
  args: { maxRefusedCodes: 2, resendCooldownMs: 2_000 },
  parameters: { mockBackend: { resendCooldownMs: 2_000 } },
  play: async (context) => {
    const { canvas, messages, userEvent } = context;
    const code = await emailedCode(context);
    for (const wrong of [wrongCode(code), wrongCodes(code, 2)[1]!]) {
      await userEvent.type(codeInput(context), wrong);
      await waitFor(() => expect(codeInput(context)).toHaveValue(''));
    }
    await expect(await canvas.findByText(messages.codeNeedsReplacing)).toBeVisible();
    await expect(verifyRequests(context)).toBe(2);
    const sendNew = canvas.getByRole('button', { name: messages.sendNewCode });
    await waitFor(() => expect(sendNew).not.toHaveAttribute('aria-disabled'), { timeout: 4_000 });
    await userEvent.click(sendNew);
    await verifyResentCode(context);
  },
};

/** The code ran out on the clock (here after 3 s): a new one is sent and works. */
export const Expired: Story = {
  args: { codeTtlMs: 3_000, resendCooldownMs: 1_000 },
  parameters: { mockBackend: { codeTtlMs: 3_000, resendCooldownMs: 1_000 } },
  play: async (context) => {
    const { canvas, messages, userEvent } = context;
    await emailedCode(context);
    const alert = await canvas.findByRole('alert', {}, { timeout: 6_000 });
    await expect(alert).toHaveTextContent(messages.codeExpired);
    await userEvent.click(canvas.getByRole('button', { name: messages.sendNewCode }));
    await verifyResentCode(context);
  },
};

/**
 * The server says the code expired (its clock, not ours) with an error code the client does not
 * know: a refused code, the server's words under the kit's message.
 */
export const ExpiredByTheServer: Story = {
  beforeEach: ({ mock }) =>
    mock.faults.failNext(
      1,
      { status: 400, body: { errors: ['Code expired'], errorCode: mock.errorCodes.expired } },
      { route: 'email-code-verify' },
    ),
  play: async (context) => {
    const { canvas, messages, userEvent } = context;
    const code = await emailedCode(context);
    await userEvent.type(codeInput(context), code);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(errorMessage(messages, 'invalid-code'));
    await expect(alert).toHaveTextContent(messages.serverDetails('Code expired'));
  },
};

/** An app that maps its tenant's codes (`errorCodeKinds`) gets the expiry's own words. */
export const ExpiredByTheServerMapped: Story = {
  parameters: {
    mockBackend: { errorCodeStyle: 'mock' },
    errorCodeKinds: MOCK_ERROR_CODE_KINDS,
  },
  beforeEach: ({ mock }) =>
    mock.faults.failNext(
      1,
      { status: 400, body: { errors: ['Code expired'], errorCode: MOCK_ERROR_CODES.expired } },
      { route: 'email-code-verify' },
    ),
  play: async (context) => {
    const { canvas, messages, userEvent } = context;
    const code = await emailedCode(context);
    await userEvent.type(codeInput(context), code);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      errorMessage(messages, 'expired'),
    );
    await expect(canvas.getByRole('button', { name: messages.sendNewCode })).toBeVisible();
  },
};

/**
 * The tenant allows two tries per code, and the app knows it (`maxAttempts`): after the second
 * wrong one the way forward is a new code.
 */
export const TooManyAttempts: Story = tooManyAttemptsStory(emailedCode);

/** The same, with the tenant's codes mapped: the server's "too many attempts" and its wait. */
export const TooManyAttemptsMapped: Story = tooManyAttemptsMappedStory(emailedCode);

/** Too many requests: the wait counts down, then the same code is tried again and works. */
export const RateLimited: Story = {
  beforeEach: rateLimitedOnce('email-code-verify'),
  play: async (context) => {
    const { args, canvas, messages } = context;
    await retryAfterRateLimit(context, emailedCode);
    await expect(await canvas.findByText(messages.verified)).toBeVisible();
    await expect(args.onVerified).toHaveBeenCalledOnce();
  },
};

/** The first request never reached the server: "Try again" sends the code. */
export const NetworkError: Story = {
  beforeEach: ({ mock }) => mock.faults.networkErrorNext(1, { route: 'email-code' }),
  play: async (context) => {
    const { canvas, messages, mock, userEvent } = context;
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      errorMessage(messages, 'network'),
    );
    await expect(mock.outbox.messages()).toHaveLength(0);
    await userEvent.click(canvas.getByRole('button', { name: messages.tryAgain }));
    await emailedCode(context);
    await expect(mock.outbox.messages()).toHaveLength(1);
  },
};

/**
 * The right code, typed: signed in. One verify request, carrying the remember-device choice; the
 * app gets the sign-in answer.
 */
export const Verified: Story = {
  play: async (context) => {
    const { args, canvas, messages, userEvent } = context;
    const code = await emailedCode(context);
    await userEvent.type(codeInput(context), code);
    await waitFor(() => expect(canvas.getByText(messages.verified)).toHaveFocus());
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await expect(args.onVerified).toHaveBeenCalledWith(
      expect.objectContaining({ userEmail: DEMO_USER.email, mfaRequired: false }),
    );
    const [verify, ...more] = await verifyBodies(context);
    await expect(more).toHaveLength(0);
    await expect(verify).toMatchObject({ rememberDevice: true });
  },
};

/**
 * A new code after the countdown (here 2 s). The old code is now simply wrong (the check is against
 * the newest code); the new one works.
 */
export const Resend: Story = {
  args: { resendCooldownMs: 2_000 },
  parameters: { mockBackend: { resendCooldownMs: 2_000 } },
  play: async (context) => {
    const { args, canvas, messages, mock, userEvent } = context;
    const oldCode = await emailedCode(context);
    await expect(
      await canvas.findByText(messages.resendAvailable, {}, { timeout: 4_000 }),
    ).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: messages.resendCode }));
    await expect(await canvas.findByText(messages.codeResent)).toBeVisible();
    await waitFor(() => expect(mock.outbox.messages()).toHaveLength(2));
    // The answer is in once the resend button no longer says it is sending.
    await canvas.findByRole('button', { name: messages.resendCode });
    const newCode = mock.outbox.latest()?.code ?? '';

    await userEvent.type(codeInput(context), oldCode);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      errorMessage(messages, 'invalid-code'),
    );
    await waitFor(() => expect(codeInput(context)).toHaveValue(''));
    await userEvent.type(codeInput(context), newCode);
    await expect(await canvas.findByText(messages.verified)).toBeVisible();
    await expect(args.onVerified).toHaveBeenCalledOnce();
  },
};

/** The tenant does not let users skip MFA on a device: no checkbox, and none is sent. */
export const RememberDeviceNotAllowed: Story = {
  parameters: {
    mockBackend: { rememberDevice: { isAllowedToRemember: false, mfaDeviceExpiration: 0 } },
  },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const code = await emailedCode(context);
    await expect(canvas.queryByRole('checkbox')).toBeNull();
    await userEvent.type(codeInput(context), code);
    await expect(await canvas.findByText(context.messages.verified)).toBeVisible();
    const [verify] = await verifyBodies(context);
    await expect(verify).not.toMatchObject({ rememberDevice: true });
  },
};

/** The login itself is no longer accepted: the way forward is to sign in again. */
export const SignInExpired: Story = {
  render: (args) => <EmailMfaForm {...args} mfaToken="a-login-the-server-forgot" />,
  play: async ({ args, canvas, messages, userEvent }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.signInExpired);
    await userEvent.click(canvas.getByRole('button', { name: messages.signInAgain }));
    await expect(args.onRestart).toHaveBeenCalledOnce();
  },
};

/** Hebrew, right to left, in the dark theme. */
export const HebrewDark: Story = {
  globals: { locale: 'he', theme: 'dark' },
  play: async (context) => {
    await emailedCode(context);
    await expect(codeInput(context)).toHaveAttribute('dir', 'ltr');
  },
};
