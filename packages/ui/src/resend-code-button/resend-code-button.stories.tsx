import { useEffect, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ResendCodeButton } from './resend-code-button.js';
import type { ResendCodeButtonProps } from './resend-code-button.js';

/** Stands in for the hook's clock: counts `secondsLeft` down once a second. */
function CountingDown({ secondsLeft, ...props }: ResendCodeButtonProps) {
  const [left, setLeft] = useState(secondsLeft);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return <ResendCodeButton {...props} secondsLeft={left} />;
}

const meta = {
  title: 'Primitives/ResendCodeButton',
  component: ResendCodeButton,
  args: { secondsLeft: 0, onResend: fn() },
} satisfies Meta<typeof ResendCodeButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The cooldown runs: the wait is shown, a click does nothing, focus is kept. */
export const Counting: Story = {
  args: { secondsLeft: 27 },
  play: async ({ args, canvas, messages, userEvent }) => {
    const button = canvas.getByRole('button', { name: messages.resendCode });
    await expect(button).toHaveTextContent(messages.resendCodeIn('0:27'));
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onResend).not.toHaveBeenCalled();
    await expect(button).toHaveFocus();
  },
};

export const Ready: Story = {
  play: async ({ args, canvas, messages, userEvent }) => {
    const button = canvas.getByRole('button', { name: messages.resendCode });
    await expect(button).not.toHaveAttribute('aria-disabled');
    await userEvent.click(button);
    await expect(args.onResend).toHaveBeenCalledOnce();
  },
};

export const Sending: Story = {
  args: { pending: true },
  play: async ({ canvas, messages }) => {
    await expect(canvas.getByRole('button', { name: messages.resendingCode })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** The wait ends: the button becomes usable and a polite live region says so once. */
export const CountdownEnds: Story = {
  args: { secondsLeft: 2 },
  render: (args) => <CountingDown {...args} />,
  play: async ({ args, canvas, messages, userEvent }) => {
    const button = canvas.getByRole('button', { name: messages.resendCode });
    await expect(button).toHaveTextContent(messages.resendCodeIn('0:02'));
    await expect(
      await canvas.findByText(messages.resendAvailable, {}, { timeout: 4000 }),
    ).toBeInTheDocument();
    await expect(button.textContent).toBe(messages.resendCode);
    await userEvent.click(button);
    await expect(args.onResend).toHaveBeenCalledOnce();
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'he' },
  args: { secondsLeft: 45 },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { secondsLeft: 9 },
};
