import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { createMfaClient } from '@mfa-kit/core';
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import type { SeededUser } from '@mfa-kit/mock';
import { TEST_BASE_URL } from '@mfa-kit/mock/testing';
import { maskPhone } from '../mask/mask-phone.js';
import { MfaSettings } from './mfa-settings.js';

const allFactors = DEMO_USERS.allFactors;

/**
 * Signs `user` in on the story's backend with their authenticator app (off the network, so unrecorded), and
 * hands the story's client their access token instead of the demo user's.
 */
const signedInAs =
  (user: SeededUser) => async (context: Pick<StoryContext, 'mock' | 'demoSession'>) => {
    const client = createMfaClient({
      baseUrl: TEST_BASE_URL,
      fetch: (input, init) => context.mock.handle(new Request(input, init)),
    });
    const { mfaToken } = await client.auth.login({ email: user.email, password: user.password });
    const { accessToken } = await client.authenticatorMfa.verify({
      mfaToken: mfaToken ?? '',
      value: await totpCode(user.authenticators[0]?.secret ?? ''),
    });
    context.demoSession = { ...context.demoSession, accessToken: accessToken ?? '' };
  };

/** The list, once loaded. */
const methodList = async ({ canvas, messages }: StoryContext) =>
  canvas.findByRole('list', { name: messages.settings.title }, { timeout: 5_000 });

const meta = {
  title: 'Settings/MfaSettings',
  component: MfaSettings,
  beforeEach: signedInAs(allFactors),
  parameters: { docs: { story: { inline: false, iframeHeight: 720 } } },
} satisfies Meta<typeof MfaSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every kind of method: the app, the phone (masked), the passkey and key by name, the email set by the organization. */
export const AllFactors: Story = {
  play: async (context) => {
    const { canvas, messages } = context;
    const texts = messages.settings;
    const list = await methodList(context);
    await expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    await expect(list).toHaveTextContent(maskPhone(allFactors.phones[0].phoneNumber));
    await expect(list).not.toHaveTextContent(allFactors.phones[0].phoneNumber);
    await expect(list).toHaveTextContent(texts.emailNote);
    await expect(
      canvas.getByRole('button', { name: texts.removeLabel(texts.authenticator) }),
    ).toBeVisible();
    await expect(
      within(canvas.getByRole('group', { name: texts.addTitle })).getAllByRole('button'),
    ).toHaveLength(4);
  },
};

/** "Add phone" pressed: the number field, with focus, says what to type. */
export const AddPhoneOpen: Story = {
  play: async (context) => {
    const { canvas, messages, userEvent } = context;
    await methodList(context);
    const add = canvas.getByRole('button', { name: messages.settings.addPhone });
    await userEvent.click(add);
    await expect(add).toHaveAttribute('aria-expanded', 'true');
    const field = canvas.getByLabelText(messages.settings.phoneLabel);
    await expect(field).toHaveFocus();
    await expect(field).toHaveAccessibleDescription(messages.settings.phoneHint);
  },
};

/** Removing the app: one field for its current code or a recovery code. */
export const RemoveAuthenticatorOpen: Story = {
  play: async (context) => {
    const { canvas, messages, userEvent } = context;
    const texts = messages.settings;
    await methodList(context);
    await userEvent.click(
      canvas.getByRole('button', { name: texts.removeLabel(texts.authenticator) }),
    );
    const form = canvas.getByRole('form', { name: texts.removeAppTitle });
    await expect(within(form).getByLabelText(texts.codeOrRecoveryLabel)).toHaveFocus();
    await expect(within(form).getByRole('button', { name: texts.removeApp })).toBeVisible();
  },
};

/** The tenant enforces MFA and the app is the user's only method: Remove says why it stays. */
export const LastMethodGuard: Story = {
  args: { mfaEnforced: true },
  beforeEach: signedInAs(DEMO_USERS.authenticator),
  play: async (context) => {
    const { apiRequests, canvas, messages, userEvent } = context;
    const texts = messages.settings;
    await methodList(context);
    const before = apiRequests.requests.length;
    const remove = canvas.getByRole('button', { name: texts.removeLabel(texts.authenticator) });
    await userEvent.click(remove);
    await expect(canvas.getByRole('alert')).toHaveTextContent(texts.lastMethod);
    await expect(remove).toHaveAccessibleDescription(texts.lastMethod);
    await expect(canvas.queryByRole('form')).toBeNull();
    await expect(apiRequests.requests).toHaveLength(before);
  },
};

/** Hebrew, right to left, in the dark theme. */
export const HebrewDark: Story = {
  globals: { locale: 'he', theme: 'dark' },
  play: async (context) => {
    await expect(await methodList(context)).toBeVisible();
  },
};
