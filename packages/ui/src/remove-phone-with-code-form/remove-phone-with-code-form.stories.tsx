import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { DEMO_USER } from '@mfa-kit/mock';
import { mockPaths, wrongCode } from '@mfa-kit/mock/testing';
import { maskPhone } from '../mask/mask-phone.js';
import { errorMessage } from '../messages/error-message.js';
import {
  codeInput,
  rateLimitedOnce,
  retryAfterRateLimit,
  tooManyAttemptsMappedStory,
  tooManyAttemptsStory,
} from '../test/code-form-stories.js';
import { RemovePhoneWithCodeForm } from './remove-phone-with-code-form.js';
import { wholeText } from '../test/whole-text.js';

const [phone, otherPhone] = DEMO_USER.phones;
// The number as the form shows it.
const shownPhone = maskPhone(phone.phoneNumber);

/** Confirms, then returns the code the mock texted once the form says it was sent. */
async function startAndReadCode({
  canvas,
  messages,
  mock,
  userEvent,
}: StoryContext): Promise<string> {
  await userEvent.click(
    canvas.getByRole('button', { name: messages.removePhoneWithCode.sendCode }),
  );
  await canvas.findByText(wholeText(messages.removePhoneWithCode.sentTo(shownPhone)));
  const code = mock.outbox.latest({ channel: 'sms', to: phone.phoneNumber })?.code;
  if (code === undefined)
    throw new Error('The form says a code was texted, but the mock sent none.');
  return code;
}

/** The demo user's phones on the story's backend, by id. */
function phoneIds({ mock }: StoryContext): string[] {
  return mock.devices(DEMO_USER.email).phones.map((device) => device.id);
}

const meta = {
  title: 'Settings/RemovePhoneWithCodeForm',
  component: RemovePhoneWithCodeForm,
  args: {
    deviceId: phone.id,
    phoneNumber: phone.phoneNumber,
    onDone: fn(),
    onCancel: fn(),
  },
  parameters: {
    // Each story on the docs page in its own frame, so each talks to its own mock backend.
    docs: { story: { inline: false, iframeHeight: 480 } },
  },
} satisfies Meta<typeof RemovePhoneWithCodeForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first step: what will happen, and the confirm button (focused). */
export const Confirm: Story = {
  play: async ({ canvas, messages, apiRequests }) => {
    await expect(
      canvas.getByText(wholeText(messages.removePhoneWithCode.intro(shownPhone))),
    ).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: messages.removePhoneWithCode.sendCode }),
    ).toHaveFocus();
    await expect(apiRequests.requests).toHaveLength(0);
  },
};

/** The code is on its way (the mock answers after 8 seconds). */
export const Sending: Story = {
  beforeEach: ({ mock }) => mock.faults.latency(8_000, { route: 'sms-pre-disable' }),
  play: async ({ canvas, canvasElement, messages, userEvent }) => {
    await userEvent.click(
      canvas.getByRole('button', { name: messages.removePhoneWithCode.sendCode }),
    );
    await expect(await canvas.findByText(messages.sendingCode)).toBeVisible();
    await expect(canvasElement.querySelector('form')).toHaveAttribute('data-step', 'sending');
  },
};

/** The code was texted to the phone: the code input, resend countdown and Cancel. */
export const CodeSent: Story = {
  play: async (context) => {
    const { canvas, messages } = context;
    await startAndReadCode(context);
    await expect(codeInput(context)).toHaveFocus();
    await expect(canvas.getByRole('button', { name: messages.resendCode })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(canvas.getByRole('button', { name: messages.cancel })).toBeVisible();
  },
};

/** The code is being checked (the mock answers after 8 seconds). */
export const Verifying: Story = {
  beforeEach: ({ mock }) => mock.faults.latency(8_000, { route: 'sms-disable-verify' }),
  play: async (context) => {
    const { canvas, messages, userEvent } = context;
    const code = await startAndReadCode(context);
    await userEvent.type(codeInput(context), code);
    await expect(
      await canvas.findByRole('button', { name: messages.removePhoneWithCode.removing }),
    ).toBeVisible();
  },
};

/**
 * A wrong code on the default path (the tenant's error code unknown to the client): the kit's message
 * with the server's words, the code emptied and focused; the right one typed in turns the phone off,
 * two checks in all.
 */
export const WrongCode: Story = {
  play: async (context) => {
    const { apiRequests, args, canvas, messages, userEvent } = context;
    const code = await startAndReadCode(context);
    await userEvent.type(codeInput(context), wrongCode(code));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(errorMessage(messages, 'invalid-code'));
    await expect(alert).toHaveTextContent(messages.serverDetails('Invalid code'));
    await waitFor(() => expect(codeInput(context)).toHaveValue(''));
    await expect(codeInput(context)).toHaveFocus();
    await userEvent.type(codeInput(context), code);
    await expect(
      await canvas.findByText(wholeText(messages.removePhoneWithCode.done(shownPhone))),
    ).toBeVisible();
    await expect(args.onDone).toHaveBeenCalledOnce();
    await expect(apiRequests.count(mockPaths.smsDisableVerify(phone.id))).toBe(2);
  },
};

/** The same wrong code typed again is not sent: the field says it was already tried. */
export const WrongCodeRetyped: Story = {
  play: async (context) => {
    const { apiRequests, canvas, messages, userEvent } = context;
    const wrong = wrongCode(await startAndReadCode(context));
    await userEvent.type(codeInput(context), wrong);
    await waitFor(() => expect(codeInput(context)).toHaveValue(''));
    await userEvent.type(codeInput(context), wrong);
    await expect(await canvas.findByText(messages.codeAlreadyTried)).toBeVisible();
    await expect(apiRequests.count(mockPaths.smsDisableVerify(phone.id))).toBe(1);
  },
};

/** The code ran out on the clock (here after 3 s): the way forward is a new code. */
export const Expired: Story = {
  args: { codeTtlMs: 3_000, resendCooldownMs: 1_000 },
  parameters: { mockBackend: { codeTtlMs: 3_000, resendCooldownMs: 1_000 } },
  play: async (context) => {
    const { canvas, messages } = context;
    await startAndReadCode(context);
    const alert = await canvas.findByRole('alert', {}, { timeout: 6_000 });
    await expect(alert).toHaveTextContent(messages.codeExpired);
    await expect(canvas.getByRole('button', { name: messages.sendNewCode })).toBeVisible();
  },
};

/** Two wrong codes allowed, and the app knows it (`maxAttempts`): after the second, a new code. */
export const TooManyAttempts: Story = tooManyAttemptsStory(startAndReadCode);

/** The same, with the tenant's codes mapped: the server's "too many attempts" and its wait. */
export const TooManyAttemptsMapped: Story = tooManyAttemptsMappedStory(startAndReadCode);

/** Too many requests: the wait counts down, then "Try again" checks the same code. */
export const RateLimited: Story = {
  beforeEach: rateLimitedOnce('sms-disable-verify'),
  play: async (context) => {
    const { args, canvas, messages } = context;
    await retryAfterRateLimit(context, startAndReadCode);
    await expect(
      await canvas.findByText(wholeText(messages.removePhoneWithCode.done(shownPhone))),
    ).toBeVisible();
    await expect(args.onDone).toHaveBeenCalledOnce();
  },
};

/** The confirm request never reached the server: the same button tries again. */
export const NetworkError: Story = {
  beforeEach: ({ mock }) => mock.faults.networkErrorNext(1, { route: 'sms-pre-disable' }),
  play: async (context) => {
    const { canvas, messages, mock, userEvent } = context;
    await userEvent.click(
      canvas.getByRole('button', { name: messages.removePhoneWithCode.sendCode }),
    );
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      errorMessage(messages, 'network'),
    );
    await expect(mock.outbox.messages()).toHaveLength(0);
    await userEvent.click(canvas.getByRole('button', { name: messages.tryAgain }));
    await expect(
      await canvas.findByText(wholeText(messages.removePhoneWithCode.sentTo(shownPhone))),
    ).toBeVisible();
    await expect(mock.outbox.messages()).toHaveLength(1);
  },
};

/** The right code: the phone is gone from the server, the other phone stays. */
export const Removed: Story = {
  play: async (context) => {
    const { args, canvas, messages, userEvent } = context;
    const code = await startAndReadCode(context);
    await userEvent.type(codeInput(context), code);
    await waitFor(() =>
      expect(
        canvas.getByText(wholeText(messages.removePhoneWithCode.done(shownPhone))),
      ).toHaveFocus(),
    );
    await expect(args.onDone).toHaveBeenCalledOnce();
    await expect(phoneIds(context)).toEqual([otherPhone.id]);
  },
};

/** Cancel at the code step: nothing changes on the server. */
export const Cancelled: Story = {
  play: async (context) => {
    const { args, canvas, messages, userEvent } = context;
    await startAndReadCode(context);
    await userEvent.click(canvas.getByRole('button', { name: messages.cancel }));
    await expect(args.onCancel).toHaveBeenCalledOnce();
    await expect(phoneIds(context)).toEqual([phone.id, otherPhone.id]);
  },
};

/** Hebrew, right to left, in the dark theme, at the code step. */
export const HebrewDark: Story = {
  globals: { locale: 'he', theme: 'dark' },
  play: async (context) => {
    await startAndReadCode(context);
    await expect(codeInput(context)).toHaveAttribute('dir', 'ltr');
  },
};
