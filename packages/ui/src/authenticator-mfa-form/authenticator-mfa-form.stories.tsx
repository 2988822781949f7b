import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { mockPaths, wrongCode } from '@mfa-kit/mock/testing';
import { AuthenticatorMfaForm } from './authenticator-mfa-form.js';

const owner = DEMO_USERS.authenticator;

/** The code the user's app shows now. */
const appCode = () => totpCode(owner.authenticators[0].secret);

function codeInput({ canvas, messages }: StoryContext): HTMLElement {
  return canvas.getByRole('textbox', { name: messages.codeLabel });
}

const meta = {
  title: 'Login/AuthenticatorMfaForm',
  component: AuthenticatorMfaForm,
  // The login's mfaToken comes from the story's own mock backend, where the seeded user signed in.
  render: (args, { loginAnswer }) => (
    <AuthenticatorMfaForm {...args} mfaToken={loginAnswer.mfaToken ?? ''} />
  ),
  args: { mfaToken: '', onVerified: fn(), onRestart: fn() },
  argTypes: {
    mfaToken: { control: false, description: 'Set by the story: a login on its mock backend.' },
  },
  parameters: {
    loginAs: owner,
    docs: { story: { inline: false, iframeHeight: 480 } },
  },
} satisfies Meta<typeof AuthenticatorMfaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Ready for the code the app shows: nothing is sent, and there is no resend. */
export const Ready: Story = {
  play: async (context) => {
    const { canvas, messages, apiRequests } = context;
    await expect(await canvas.findByText(messages.authenticator.status)).toBeVisible();
    await expect(codeInput(context)).toHaveFocus();
    await expect(canvas.queryByRole('button', { name: messages.resendCode })).toBeNull();
    await expect(apiRequests.count(mockPaths.totpVerify)).toBe(0);
  },
};

/** A wrong code: the message asks for the code the app shows now, and the field is emptied for it. */
export const WrongCode: Story = {
  play: async (context) => {
    const { canvas, messages, userEvent } = context;
    await userEvent.type(codeInput(context), wrongCode(await appCode()));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      messages.authenticator.wrongCode,
    );
    await waitFor(() => expect(codeInput(context)).toHaveValue(''));
  },
};

/** The right code: signed in with one request, carrying the remember-device choice. */
export const Verified: Story = {
  play: async (context) => {
    const { args, canvas, messages, userEvent, apiRequests } = context;
    await canvas.findByRole('checkbox');
    await userEvent.type(codeInput(context), await appCode());
    await waitFor(() => expect(canvas.getByText(messages.verified)).toHaveFocus());
    await expect(args.onVerified).toHaveBeenCalledOnce();
    await expect(await apiRequests.bodies(mockPaths.totpVerify)).toEqual([
      expect.objectContaining({ rememberDevice: true }),
    ]);
  },
};

/** Hebrew, right to left, in the dark theme. */
export const HebrewDark: Story = {
  globals: { locale: 'he', theme: 'dark' },
  play: async (context) => {
    await expect(
      await context.canvas.findByText(context.messages.authenticator.status),
    ).toBeVisible();
    await expect(codeInput(context)).toHaveAttribute('dir', 'ltr');
  },
};
