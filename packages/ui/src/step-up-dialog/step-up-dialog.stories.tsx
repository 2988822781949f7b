import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { DEMO_USER, DEMO_USERS } from '@mfa-kit/mock';
import { isStepUpCancelled, useStepUpAction } from '@mfa-kit/react';
import { mockPaths } from '@mfa-kit/mock/testing';
import { useState } from 'react';
import { StepUpDialog } from './step-up-dialog.js';

/** An app's sensitive action behind a step-up of 5 minutes, and what became of it. */
function SensitiveAction() {
  const [outcome, setOutcome] = useState('');
  const save = useStepUpAction(() => setOutcome('Saved.'), { maxAge: 300 });
  return (
    <div className="mfa-actions">
      <button
        type="button"
        className="mfa-button"
        onClick={() => {
          save().catch((error: unknown) => {
            setOutcome(isStepUpCancelled(error) ? `Not saved (${error.reason}).` : String(error));
          });
        }}
      >
        Save the change
      </button>
      <p role="status">{outcome}</p>
    </div>
  );
}

/** Presses the action and waits for the dialog (or, for a fresh sign-in, for nothing). */
async function openDialog({ canvas, messages, userEvent }: StoryContext): Promise<HTMLElement> {
  await userEvent.click(canvas.getByRole('button', { name: 'Save the change' }));
  // The dialog lives in the top layer, but in the story's DOM: its role and name find it.
  return canvas.findByRole('dialog', { name: messages.stepUp.title }, { timeout: 5_000 });
}

const codeField = (dialog: HTMLElement, { messages }: StoryContext) =>
  within(dialog).findByRole('textbox', { name: messages.codeLabel }, { timeout: 5_000 });

/** Opens "Use another method" and picks the method named `name`. */
async function choose(dialog: HTMLElement, context: StoryContext, name: string | RegExp) {
  const { messages, userEvent } = context;
  await userEvent.click(
    await within(dialog).findByRole('button', { name: messages.loginStep.useAnotherMethod }),
  );
  await userEvent.click(within(dialog).getByRole('button', { name }));
}

const meta = {
  title: 'Step-up/StepUpDialog',
  component: StepUpDialog,
  render: (args) => (
    <>
      <SensitiveAction />
      <StepUpDialog {...args} />
    </>
  ),
  parameters: {
    // The demo user (two phones and the email code), signed in 10 minutes ago: older than the action's 5.
    signedIn: { secondsAgo: 600 },
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
} satisfies Meta<typeof StepUpDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The SMS challenge as it opens: the code field has focus, one generate, the code on its way, no remember box. */
async function smsChallenge(context: StoryContext): Promise<void> {
  const { apiRequests, messages } = context;
  const dialog = await openDialog(context);
  await expect(await codeField(dialog, context)).toHaveFocus();
  await expect(within(dialog).getByRole('heading', { level: 3 })).toHaveTextContent(
    messages.sms.title,
  );
  await expect(within(dialog).queryByRole('checkbox')).toBeNull();
  await waitFor(() => expect(apiRequests.count(mockPaths.smsCode(DEMO_USER.phones[0].id))).toBe(1));
  await expect(apiRequests.count(mockPaths.stepUpGenerate)).toBe(1);
}

/** The strongest method the user has first, a text message: the code field has focus, the code is on its way. */
export const SmsChallenge: Story = { play: smsChallenge };

/** The email code, picked with "Use another method". */
export const EmailChallenge: Story = {
  play: async (context) => {
    const dialog = await openDialog(context);
    await choose(dialog, context, /@/);
    await expect(
      await within(dialog).findByRole('heading', { name: context.messages.email.title }),
    ).toBeVisible();
    await expect(await codeField(dialog, context)).toBeVisible();
  },
};

/** A user with every factor: the passkey first, as at login; no recovery code among the others. */
export const PasskeyChallenge: Story = {
  parameters: { signedIn: { user: DEMO_USERS.allFactors, secondsAgo: 600 } },
  play: async (context) => {
    const { messages, userEvent } = context;
    const dialog = await openDialog(context);
    await expect(
      await within(dialog).findByRole('heading', { name: messages.webauthn.passkeyTitle }),
    ).toBeVisible();
    await userEvent.click(
      within(dialog).getByRole('button', { name: messages.loginStep.useAnotherMethod }),
    );
    await expect(
      within(dialog).queryByRole('button', { name: messages.loginStep.recoveryCode }),
    ).toBeNull();
  },
};

/** The authenticator app, picked with "Use another method". */
export const AuthenticatorChallenge: Story = {
  parameters: { signedIn: { user: DEMO_USERS.allFactors, secondsAgo: 600 } },
  play: async (context) => {
    const dialog = await openDialog(context);
    await choose(dialog, context, context.messages.loginStep.authenticator);
    await expect(
      await within(dialog).findByRole('heading', { name: context.messages.authenticator.title }),
    ).toBeVisible();
  },
};

/** A wrong code: the form says so, in place, and keeps the dialog open. */
export const WrongCode: Story = {
  play: async (context) => {
    const { messages, mock, userEvent } = context;
    const dialog = await openDialog(context);
    const input = await codeField(dialog, context);
    await waitFor(() => expect(mock.outbox.latest({ channel: 'sms' })).toBeDefined());
    const code = mock.outbox.latest({ channel: 'sms' })?.code ?? '';
    await userEvent.type(
      input,
      code.replace(/\d/g, (digit) => String((+digit + 1) % 10)),
    );
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      messages.errors['invalid-code'] as string,
    );
  },
};

/** A user with a password only: told to add a second method first; the action waits. */
export const NoFactor: Story = {
  parameters: { signedIn: { user: DEMO_USERS.passwordOnly } },
  play: async (context) => {
    const { messages } = context;
    const dialog = await openDialog(context);
    await expect(dialog).toHaveTextContent(messages.stepUp.notEnrolled);
    await expect(within(dialog).getByRole('button', { name: messages.stepUp.close })).toBeVisible();
  },
};

/** Cancelled: the dialog closes, the action did not run, focus is back on its button. */
export const Cancelled: Story = {
  play: async (context) => {
    const { canvas, messages, userEvent } = context;
    const dialog = await openDialog(context);
    await codeField(dialog, context);
    await userEvent.click(within(dialog).getByRole('button', { name: messages.cancel }));
    await expect(await canvas.findByText('Not saved (dismissed).')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Save the change' })).toHaveFocus();
    await expect(canvas.queryByRole('dialog')).toBeNull();
  },
};

/** The network failed: the message and "Try again"; nothing is retried by itself. */
export const NetworkFailure: Story = {
  beforeEach: ({ mock }) => {
    mock.faults.networkErrorNext(1, { route: 'step-up-generate' });
  },
  play: async (context) => {
    const { apiRequests, messages } = context;
    const dialog = await openDialog(context);
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      messages.errors.network as string,
    );
    await expect(within(dialog).getByRole('button', { name: messages.tryAgain })).toBeVisible();
    await expect(apiRequests.count(mockPaths.stepUpGenerate)).toBe(1);
  },
};

/** The SMS challenge in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: smsChallenge,
};

/** Hebrew, right to left, in the dark theme. */
export const HebrewDark: Story = {
  globals: { locale: 'he', theme: 'dark' },
  play: async (context) => {
    const dialog = await openDialog(context);
    await expect(dialog).toHaveAttribute('dir', 'rtl');
    await expect(await codeField(dialog, context)).toHaveFocus();
  },
};
