import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { DEMO_USERS } from '@mfa-kit/mock';
import { mockPaths, wrongCode } from '@mfa-kit/mock/testing';
import { maskPhone } from '../mask/mask-phone.js';
import { errorMessage } from '../messages/error-message.js';
import { SmsMfaForm } from './sms-mfa-form.js';
import { codeInput, verifyResentCode } from '../test/code-form-stories.js';
import { wholeText } from '../test/whole-text.js';

const owner = DEMO_USERS.smsAndAuthenticator;
const [phone] = owner.phones;

/** The code the mock texted last, once the form says it was sent. */
async function textedCode({ canvas, messages, mock }: StoryContext): Promise<string> {
  await canvas.findByText(wholeText(messages.sms.sentTo(maskPhone(phone.phoneNumber))));
  const code = mock.outbox.latest({ channel: 'sms', to: phone.phoneNumber })?.code;
  if (code === undefined)
    throw new Error('The form says a code was texted, but the mock sent none.');
  return code;
}

const meta = {
  title: 'Login/SmsMfaForm',
  component: SmsMfaForm,
  // The login's mfaToken comes from the story's own mock backend, where the seeded user signed in.
  render: (args, { loginAnswer }) => <SmsMfaForm {...args} mfaToken={loginAnswer.mfaToken ?? ''} />,
  args: {
    mfaToken: '',
    deviceId: phone.id,
    phoneNumber: phone.phoneNumber,
    onVerified: fn(),
    onRestart: fn(),
  },
  argTypes: {
    mfaToken: { control: false, description: 'Set by the story: a login on its mock backend.' },
  },
  parameters: {
    loginAs: owner,
    docs: { story: { inline: false, iframeHeight: 520 } },
  },
} satisfies Meta<typeof SmsMfaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code was texted once: the masked number, and the resend counting down. */
export const Sent: Story = {
  play: async (context) => {
    const { canvas, canvasElement, messages, apiRequests } = context;
    await textedCode(context);
    await expect(canvasElement).not.toHaveTextContent(phone.phoneNumber.slice(-7));
    await expect(canvas.getByRole('button', { name: messages.resendCode })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(apiRequests.count(mockPaths.smsCode(phone.id))).toBe(1);
  },
};

/** After the countdown (here 2 s) a new code is texted; it signs in. */
export const Resend: Story = {
  args: { resendCooldownMs: 2_000 },
  parameters: { mockBackend: { resendCooldownMs: 2_000 } },
  play: async (context) => {
    const { canvas, messages, userEvent } = context;
    await textedCode(context);
    await expect(
      await canvas.findByText(messages.resendAvailable, {}, { timeout: 4_000 }),
    ).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: messages.resendCode }));
    await verifyResentCode(context);
  },
};

/** A wrong code: says so, empties the field for the right one. */
export const WrongCode: Story = {
  play: async (context) => {
    const { canvas, messages, userEvent } = context;
    await userEvent.type(codeInput(context), wrongCode(await textedCode(context)));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      errorMessage(messages, 'invalid-code'),
    );
    await waitFor(() => expect(codeInput(context)).toHaveValue(''));
  },
};

/** Hebrew, right to left, in the dark theme. */
export const HebrewDark: Story = {
  globals: { locale: 'he', theme: 'dark' },
  play: async (context) => {
    await textedCode(context);
    await expect(codeInput(context)).toHaveAttribute('dir', 'ltr');
  },
};
