import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { RememberDeviceCheckbox } from './remember-device-checkbox.js';

const meta = {
  title: 'Primitives/RememberDeviceCheckbox',
  component: RememberDeviceCheckbox,
  args: { days: 14, name: 'rememberDevice', onChange: fn() },
} satisfies Meta<typeof RememberDeviceCheckbox>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The tenant's default: 14 days. Clicking the label or pressing Space toggles it. */
export const Default: Story = {
  play: async ({ args, canvas, userEvent }) => {
    const checkbox = canvas.getByRole('checkbox', {
      name: "Don't ask again on this device for 14 days",
    });
    await expect(checkbox).not.toBeChecked();
    await userEvent.click(canvas.getByText("Don't ask again on this device for 14 days"));
    await expect(checkbox).toBeChecked();
    await userEvent.keyboard(' ');
    await expect(checkbox).not.toBeChecked();
    await expect(args.onChange).toHaveBeenCalledTimes(2);
  },
};

export const Checked: Story = {
  args: { defaultChecked: true },
};

export const OneDay: Story = {
  args: { days: 1 },
  play: async ({ canvas, messages }) => {
    await expect(
      canvas.getByRole('checkbox', { name: messages.rememberDevice(1) }),
    ).toBeInTheDocument();
  },
};

/** A policy with no whole number of days leaves the duration out. */
export const NoDuration: Story = {
  args: { days: null },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('checkbox', { name: "Don't ask again on this device" }),
    ).toBeInTheDocument();
  },
};

export const Disabled: Story = {
  args: { disabled: true },
};

export const RightToLeft: Story = {
  globals: { locale: 'he' },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('checkbox', { name: 'לא לשאול שוב במכשיר הזה במשך 14 ימים' }),
    ).toBeInTheDocument();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { defaultChecked: true },
};
