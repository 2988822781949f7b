import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { DEMO_USERS } from '@mfa-kit/mock';
import { mockPaths } from '@mfa-kit/mock/testing';
import { RecoveryCodeForm } from './recovery-code-form.js';

const owner = DEMO_USERS.passkeyAndRecovery;
const [recoveryCode = ''] = owner.recoveryCodes;

function codeInput({ canvas, messages }: StoryContext): HTMLElement {
  return canvas.getByRole('textbox', { name: messages.recovery.label });
}

const meta = {
  title: 'Login/RecoveryCodeForm',
  component: RecoveryCodeForm,
  args: { email: owner.email, onRecovered: fn(), onRestart: fn() },
  parameters: { docs: { story: { inline: false, iframeHeight: 520 } } },
} satisfies Meta<typeof RecoveryCodeForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What using a recovery code does, in plain words, and the field for it. Nothing is sent yet. */
export const Ready: Story = {
  play: async (context) => {
    const { canvas, messages, apiRequests } = context;
    await expect(canvas.getByText(messages.recovery.intro)).toBeVisible();
    await expect(codeInput(context)).toHaveAccessibleDescription(messages.recovery.hint);
    await expect(apiRequests.requests).toHaveLength(0);
  },
};

/** A code that is not one of the user's: its own message; the same code (spaced) is not sent again. */
export const WrongCode: Story = {
  play: async (context) => {
    const { canvas, messages, userEvent, apiRequests } = context;
    await userEvent.type(codeInput(context), 'AAAA-BBBB-CCCC');
    await userEvent.click(canvas.getByRole('button', { name: messages.recovery.submit }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.recovery.wrongCode);
    await userEvent.clear(codeInput(context));
    await userEvent.type(codeInput(context), 'AAAA BBBB CCCC');
    await userEvent.click(canvas.getByRole('button', { name: messages.recovery.submit }));
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(messages.recovery.codeAlreadyTried),
    );
    await expect(apiRequests.count(mockPaths.recover)).toBe(1);
  },
};

/** The code as saved, typed with spaces: MFA is off, and the way on is to sign in again. */
export const Recovered: Story = {
  play: async (context) => {
    const { args, canvas, messages, userEvent } = context;
    await userEvent.type(codeInput(context), recoveryCode.replaceAll('-', ' '));
    await userEvent.click(canvas.getByRole('button', { name: messages.recovery.submit }));
    await expect(await canvas.findByText(messages.recovery.done)).toBeVisible();
    await expect(args.onRecovered).toHaveBeenCalledOnce();
    await userEvent.click(canvas.getByRole('button', { name: messages.signInAgain }));
    await expect(args.onRestart).toHaveBeenCalledOnce();
  },
};

/** Hebrew, right to left, in the dark theme: the code itself stays left to right. */
export const HebrewDark: Story = {
  globals: { locale: 'he', theme: 'dark' },
  play: async (context) => {
    await expect(codeInput(context)).toHaveAttribute('dir', 'ltr');
  },
};
