import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { DEMO_USERS } from '@mfa-kit/mock';
import { mockPaths } from '@mfa-kit/mock/testing';
import { MfaEnrollmentStep } from './mfa-enrollment-step.js';

/** Chooses `method` (its radio's label) and presses Continue. */
async function choose({ canvas, messages, userEvent }: StoryContext, method: string) {
  await userEvent.click(await canvas.findByRole('radio', { name: method }));
  await userEvent.click(canvas.getByRole('button', { name: messages.enroll.next }));
}

const meta = {
  title: 'Login/MfaEnrollmentStep',
  component: MfaEnrollmentStep,
  // The login answer comes from the story's own mock backend, where the new user signed in.
  render: (args, { loginAnswer }) => <MfaEnrollmentStep {...args} loginAnswer={loginAnswer} />,
  args: { loginAnswer: { mfaRequired: true }, onVerified: fn(), onRestart: fn() },
  argTypes: {
    loginAnswer: { control: false, description: 'Set by the story: a login on its mock backend.' },
  },
  parameters: {
    loginAs: DEMO_USERS.newUser,
    docs: { story: { inline: false, iframeHeight: 720 } },
  },
} satisfies Meta<typeof MfaEnrollmentStep>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A new user whose tenant requires MFA: the factors the tenant offers, one already picked. */
export const Choice: Story = {
  play: async ({ canvas, messages }) => {
    await expect(await canvas.findByRole('heading', { name: messages.enroll.title })).toBeVisible();
    const options = await canvas.findAllByRole('radio');
    await expect(options.length).toBeGreaterThan(1);
    await expect(options.filter((option) => (option as HTMLInputElement).checked)).toHaveLength(1);
  },
};

/** The authenticator app chosen: its QR code, fetched once. */
export const AuthenticatorQr: Story = {
  play: async (context) => {
    const { canvas, messages } = context;
    await choose(context, messages.enroll.authenticator);
    const qr = await canvas.findByRole('img', { name: messages.enroll.qrAlt }, { timeout: 5_000 });
    await expect(qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await expect(canvas.getByRole('textbox', { name: messages.codeLabel })).toBeVisible();
  },
};

/** "Can't scan it?" pressed: the setup key, read out of the QR code, to type into the app. */
export const SetupKey: Story = {
  play: async (context) => {
    const { canvas, messages, userEvent } = context;
    await choose(context, messages.enroll.authenticator);
    await userEvent.click(
      await canvas.findByRole('button', { name: messages.enroll.cantScan }, { timeout: 5_000 }),
    );
    await expect(
      await canvas.findByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/, {}, { timeout: 5_000 }),
    ).toBeVisible();
    await expect(canvas.getByText(messages.enroll.setupKeyLabel)).toBeVisible();
  },
};

/** A number without its country code: refused before anything is sent, with what to type instead. */
export const PhoneInvalid: Story = {
  play: async (context) => {
    const { apiRequests, canvas, messages, userEvent } = context;
    await choose(context, messages.enroll.sms);
    const field = await canvas.findByLabelText(messages.enroll.phoneLabel, {}, { timeout: 5_000 });
    await userEvent.type(field, '415 555 0123{Enter}');
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.enroll.phoneInvalid);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(apiRequests.count(mockPaths.enrollSms)).toBe(0);
  },
};

/** Hebrew, right to left, in the dark theme. */
export const HebrewDark: Story = {
  globals: { locale: 'he', theme: 'dark' },
  play: async ({ canvas, messages }) => {
    await expect(await canvas.findByRole('heading', { name: messages.enroll.title })).toBeVisible();
    await expect(await canvas.findAllByRole('radio')).not.toHaveLength(0);
  },
};
