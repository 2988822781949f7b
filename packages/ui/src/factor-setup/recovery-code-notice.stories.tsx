import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { RecoveryCodeNotice } from './recovery-code-notice.js';

const meta = {
  title: 'Set-up/RecoveryCodeNotice',
  component: RecoveryCodeNotice,
  // A made-up code: what a factor's set-up answers, shown once.
  args: { recoveryCode: 'K7QF-2M9X-PL4D', onContinue: fn() },
  parameters: { docs: { story: { inline: false, iframeHeight: 520 } } },
} satisfies Meta<typeof RecoveryCodeNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code with Copy and Download; Continue asks for the box to be checked first, then goes on. */
export const Shown: Story = {
  play: async ({ args, canvas, messages, userEvent }) => {
    const texts = messages.enroll;
    const heading = await canvas.findByRole('heading', { name: texts.recoveryTitle });
    await expect(heading).toHaveFocus();
    await expect(canvas.getByText(args.recoveryCode)).toBeVisible();
    await expect(canvas.getByRole('button', { name: texts.copy })).toBeVisible();
    await expect(canvas.getByRole('button', { name: texts.download })).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: texts.continue }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(texts.savedRequired);
    await expect(args.onContinue).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('checkbox', { name: texts.saved }));
    await userEvent.click(canvas.getByRole('button', { name: texts.continue }));
    await expect(args.onContinue).toHaveBeenCalledOnce();
  },
};

/** Hebrew, right to left, in the dark theme: the code itself stays left to right. */
export const HebrewDark: Story = {
  globals: { locale: 'he', theme: 'dark' },
  play: async ({ args, canvas, messages }) => {
    await expect(
      await canvas.findByRole('heading', { name: messages.enroll.recoveryTitle }),
    ).toBeVisible();
    await expect(canvas.getByText(args.recoveryCode)).toHaveAttribute('dir', 'ltr');
  },
};
