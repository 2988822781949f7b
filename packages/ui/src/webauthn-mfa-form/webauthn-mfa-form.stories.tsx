import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { DEMO_USERS } from '@mfa-kit/mock';
import { mockPaths } from '@mfa-kit/mock/testing';
import { errorMessage } from '../messages/error-message.js';
import { fakeWebAuthn } from '@mfa-kit/mock/testing';
import type { FakeWebAuthnOptions } from '@mfa-kit/mock/testing';
import { WebAuthnMfaForm } from './webauthn-mfa-form.js';

const owner = DEMO_USERS.passkeyAndRecovery;
const [passkey, securityKey] = owner.webauthn;

/** The browser's WebAuthn, faked for the story (the seeded key signs); put back after it. */
const browser =
  (options: Partial<FakeWebAuthnOptions> = {}) =>
  () => {
    const fake = fakeWebAuthn({ device: passkey, ...options });
    return () => fake.restore();
  };

/** Presses "Use passkey" once the challenge is in (fetched when the form shows). */
async function press(context: StoryContext): Promise<void> {
  const { canvas, messages, userEvent, apiRequests } = context;
  const button = await canvas.findByRole('button', { name: messages.webauthn.usePasskey });
  await waitFor(() => expect(apiRequests.count(mockPaths.webauthnStart(passkey.id))).toBe(1));
  await userEvent.click(button);
}

const meta = {
  title: 'Login/WebAuthnMfaForm',
  component: WebAuthnMfaForm,
  // The login's mfaToken comes from the story's own mock backend, where the seeded user signed in.
  render: (args, { loginAnswer }) => (
    <WebAuthnMfaForm {...args} mfaToken={loginAnswer.mfaToken ?? ''} />
  ),
  args: {
    mfaToken: '',
    deviceId: passkey.id,
    name: passkey.name,
    kind: 'passkey',
    onVerified: fn(),
    onRestart: fn(),
  },
  argTypes: {
    mfaToken: { control: false, description: 'Set by the story: a login on its mock backend.' },
  },
  beforeEach: browser(),
  parameters: {
    loginAs: owner,
    docs: { story: { inline: false, iframeHeight: 480 } },
  },
} satisfies Meta<typeof WebAuthnMfaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Before the press: the key by its name, and one button. */
export const Idle: Story = {
  play: async ({ canvas, messages }) => {
    await expect(
      await canvas.findByText(messages.webauthn.passkeyIntro(passkey.name)),
    ).toBeVisible();
    await expect(await canvas.findByRole('checkbox')).toBeChecked();
  },
};

/** A security key: what to do with it. */
export const SecurityKey: Story = {
  args: { deviceId: securityKey.id, name: securityKey.name, kind: 'security-key' },
  play: async ({ canvas, messages }) => {
    await expect(
      await canvas.findByText(messages.webauthn.securityKeyIntro(securityKey.name)),
    ).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: messages.webauthn.useSecurityKey }),
    ).toBeVisible();
  },
};

/** The browser's prompt is open: the form waits for it, and the button is busy. */
export const Waiting: Story = {
  beforeEach: browser({ prompts: ['open'] }),
  play: async (context) => {
    const { canvas, messages } = context;
    await press(context);
    await expect(await canvas.findByText(messages.webauthn.waiting)).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: messages.webauthn.usePasskey }),
    ).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The prompt was closed: "Try again" opens it again with the same challenge, and signs in. */
export const Cancelled: Story = {
  beforeEach: browser({ prompts: ['cancel', 'sign'] }),
  play: async (context) => {
    const { args, canvas, messages, userEvent, apiRequests } = context;
    await press(context);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      errorMessage(messages, 'webauthn-cancelled'),
    );
    await userEvent.click(canvas.getByRole('button', { name: messages.tryAgain }));
    // The mock loads its WebAuthn verifier on first use.
    await expect(await canvas.findByText(messages.verified, {}, { timeout: 10_000 })).toBeVisible();
    await expect(args.onVerified).toHaveBeenCalledOnce();
    await expect(apiRequests.count(mockPaths.webauthnStart(passkey.id))).toBe(1);
  },
};

/** A browser without WebAuthn: says so, and offers no retry that cannot help. */
export const Unsupported: Story = {
  beforeEach: browser({ supported: false }),
  play: async (context) => {
    const { canvas, messages } = context;
    await press(context);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      errorMessage(messages, 'webauthn-unsupported'),
    );
    await expect(canvas.queryByRole('button', { name: messages.tryAgain })).toBeNull();
  },
};

/** A page that is not https: says so, with no retry. */
export const InsecurePage: Story = {
  beforeEach: browser({ secure: false }),
  play: async (context) => {
    const { canvas, messages } = context;
    await press(context);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      errorMessage(messages, 'webauthn-insecure-context'),
    );
    await expect(canvas.queryByRole('button', { name: messages.tryAgain })).toBeNull();
  },
};

/** The server refused the answer (another key signed it): says so, and offers to try again. */
export const Refused: Story = {
  beforeEach: browser({ device: securityKey }),
  play: async (context) => {
    const { canvas, messages } = context;
    await press(context);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.webauthn.refused);
    await expect(canvas.getByRole('button', { name: messages.tryAgain })).toBeVisible();
  },
};

/** One press: signed in, with exactly the challenge and the verify request. */
export const Verified: Story = {
  play: async (context) => {
    const { args, canvas, messages, apiRequests } = context;
    await press(context);
    // The mock loads its WebAuthn verifier on first use.
    await expect(await canvas.findByText(messages.verified, {}, { timeout: 10_000 })).toBeVisible();
    await expect(args.onVerified).toHaveBeenCalledOnce();
    const factorRequests = apiRequests.requests.filter(
      (request) => request.path !== mockPaths.rememberDevicePolicy,
    );
    await expect(factorRequests.map((request) => request.path)).toEqual([
      mockPaths.webauthnStart(passkey.id),
      mockPaths.webauthnVerify(passkey.id),
    ]);
  },
};

/** Hebrew, right to left, in the dark theme. */
export const HebrewDark: Story = {
  globals: { locale: 'he', theme: 'dark' },
  play: async ({ canvas, messages }) => {
    await expect(
      await canvas.findByText(messages.webauthn.passkeyIntro(passkey.name)),
    ).toBeVisible();
  },
};
