import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { maskEmail } from '../mask/mask-email.js';
import { maskPhone } from '../mask/mask-phone.js';
import { MfaLoginStep } from './mfa-login-step.js';

const owner = DEMO_USERS.allFactors;
const [passkey, securityKey] = owner.webauthn;
const [phone] = owner.phones;

/** Opens "Use another method" and returns the list it reveals. */
async function openMethods({ canvas, messages, userEvent }: StoryContext): Promise<HTMLElement> {
  const toggle = await canvas.findByRole('button', { name: messages.loginStep.useAnotherMethod });
  await userEvent.click(toggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return canvas.getByRole('list');
}

const meta = {
  title: 'Login/MfaLoginStep',
  component: MfaLoginStep,
  // The login answer comes from the story's own mock backend, where the seeded user signed in.
  render: (args, { loginAnswer }) => <MfaLoginStep {...args} loginAnswer={loginAnswer} />,
  args: {
    loginAnswer: { mfaRequired: true },
    email: owner.email,
    onVerified: fn(),
    onRestart: fn(),
    onRecovered: fn(),
  },
  argTypes: {
    loginAnswer: { control: false, description: 'Set by the story: a login on its mock backend.' },
  },
  parameters: {
    loginAs: owner,
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
} satisfies Meta<typeof MfaLoginStep>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The strongest method first (the passkey), the others behind "Use another method". */
export const PasskeyFirst: Story = {
  play: async ({ canvas, messages }) => {
    await expect(
      await canvas.findByRole('heading', { name: messages.webauthn.passkeyTitle }),
    ).toBeVisible();
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

/** The list open: each other method by what identifies it (the masked phone and address, the key's name). */
export const MethodList: Story = {
  play: async (context) => {
    const { messages } = context;
    const texts = messages.loginStep;
    const list = await openMethods(context);
    await expect(
      within(list)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([
      texts.securityKey(securityKey.name),
      texts.authenticator,
      texts.sms(maskPhone(phone.phoneNumber)),
      texts.email(maskEmail(owner.email)),
      texts.recoveryCode,
    ]);
    await expect(within(list).queryByText(new RegExp(passkey.name))).toBeNull();
  },
};

/** Choosing the authenticator app loads its form; the code it shows signs in. */
export const ChooseAuthenticator: Story = {
  play: async (context) => {
    const { args, canvas, messages, userEvent } = context;
    const list = await openMethods(context);
    await userEvent.click(
      within(list).getByRole('button', { name: messages.loginStep.authenticator }),
    );
    const code = await canvas.findByRole(
      'textbox',
      { name: messages.codeLabel },
      { timeout: 5_000 },
    );
    await userEvent.type(code, await totpCode(owner.authenticators[0].secret));
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledOnce());
  },
};

/** An answer that asks for no second factor (a wiring mistake): says so, and whom to ask. */
export const NoMethods: Story = {
  render: (args, { loginAnswer }) => (
    <MfaLoginStep {...args} loginAnswer={{ ...loginAnswer, mfaRequired: false }} />
  ),
  play: async ({ canvas, messages }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.loginStep.noMethods);
  },
};

/** The list in Hebrew, right to left, in the dark theme. */
export const MethodListHebrewDark: Story = {
  globals: { locale: 'he', theme: 'dark' },
  play: async (context) => {
    await openMethods(context);
  },
};
