// What the stories of every sent-code form (a code the mock sends, then the user types) tell alike: the field,
// the tenant's two tries per code, known to the app and in the tenant's own error codes, and a rate-limited
// verify. Each story file passes how its form gets a code sent and read.
import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { MOCK_ERROR_CODES, MOCK_ERROR_CODE_KINDS } from '@mfa-kit/mock';
import type { MockRoute } from '@mfa-kit/mock';
import { wrongCode, wrongCodes } from '@mfa-kit/mock/testing';
import { errorMessage } from '../messages/error-message.js';

/** How a story gets its form to send a code, and reads the code from the mock's outbox. */
export type SentCodeOf = (context: StoryContext) => Promise<string>;

/** The form's code field. */
export function codeInput({ canvas, messages }: StoryContext): HTMLElement {
  return canvas.getByRole('textbox', { name: messages.codeLabel });
}

/** Types two wrong codes, the first answered with one attempt left. */
async function typeTwoWrongCodes(context: StoryContext, sentCodeOf: SentCodeOf): Promise<void> {
  const { canvas, messages, userEvent } = context;
  const code = await sentCodeOf(context);
  await userEvent.type(codeInput(context), wrongCode(code));
  await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.attemptsLeft(1));
  await waitFor(() => expect(codeInput(context)).toHaveValue(''));
  await userEvent.type(codeInput(context), wrongCodes(code, 2)[1]!);
}

async function expectNoNewCodeYet({ canvas, messages }: StoryContext): Promise<void> {
  await expect(canvas.getByRole('button', { name: messages.sendNewCode })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
}

/** The tenant allows two tries per code, and the app knows it (`maxAttempts`): after the second, a new code. */
export function tooManyAttemptsStory(sentCodeOf: SentCodeOf) {
  return {
    args: { maxAttempts: 2 },
    parameters: { mockBackend: { maxAttempts: 2 } },
    play: async (context: StoryContext) => {
      await typeTwoWrongCodes(context, sentCodeOf);
      await expect(
        await context.canvas.findByText(context.messages.codeNeedsReplacing),
      ).toBeVisible();
      await expectNoNewCodeYet(context);
    },
  };
}

/** The same, with the tenant's codes mapped: the server's "too many attempts" and its wait. */
export function tooManyAttemptsMappedStory(sentCodeOf: SentCodeOf) {
  return {
    args: { maxAttempts: 2 },
    parameters: {
      mockBackend: { maxAttempts: 2, errorCodeStyle: 'mock' as const },
      errorCodeKinds: MOCK_ERROR_CODE_KINDS,
    },
    play: async (context: StoryContext) => {
      await typeTwoWrongCodes(context, sentCodeOf);
      // The text counts the wait down, so compare it around the wait.
      const [before = '', after = ''] = errorMessage(
        context.messages,
        'too-many-attempts',
        59_000,
      ).split('0:59');
      const alertText = () => context.canvas.getByRole('alert').textContent;
      await waitFor(() => expect(alertText()).toContain(before.trim()));
      await expect(alertText()).toContain(after.trim());
      await expectNoNewCodeYet(context);
    },
  };
}

/** The next verify on `route` is refused for too many requests, with a three-second wait. */
export function rateLimitedOnce(route: MockRoute) {
  return ({ mock }: StoryContext) =>
    mock.faults.failNext(
      1,
      {
        status: 429,
        headers: { 'retry-after': '3' },
        body: { errors: ['Too many requests'], errorCode: MOCK_ERROR_CODES.rateLimited },
      },
      { route },
    );
}

/** Types the right code into a rate-limited verify (`rateLimitedOnce`), waits out the countdown, tries again. */
export async function retryAfterRateLimit(
  context: StoryContext,
  sentCodeOf: SentCodeOf,
): Promise<void> {
  const { canvas, messages, userEvent } = context;
  const code = await sentCodeOf(context);
  await userEvent.type(codeInput(context), code);
  await expect(await canvas.findByRole('alert')).toHaveTextContent(/0:0[1-3]/);
  await expect(canvas.getByRole('button', { name: messages.tryAgain })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(await canvas.findByText(messages.readyAgain, {}, { timeout: 5_000 })).toBeVisible();
  await userEvent.click(canvas.getByRole('button', { name: messages.tryAgain }));
}

/** After a press that sends a second code: once it is out, types it and expects the sign-in. */
export async function verifyResentCode(context: StoryContext): Promise<void> {
  const { args, canvas, messages, mock, userEvent } = context;
  await expect(await canvas.findByText(messages.codeResent)).toBeVisible();
  await waitFor(() => expect(mock.outbox.messages()).toHaveLength(2));
  // The answer is in once the resend button no longer says it is sending.
  await canvas.findByRole('button', { name: messages.resendCode });
  await userEvent.type(codeInput(context), mock.outbox.latest()?.code ?? '');
  await expect(await canvas.findByText(messages.verified)).toBeVisible();
  await expect(args.onVerified).toHaveBeenCalledOnce();
}
