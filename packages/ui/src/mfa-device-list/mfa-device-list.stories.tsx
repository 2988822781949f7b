import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { DEMO_USER } from '@mfa-kit/mock';
import { errorMessage } from '../messages/error-message.js';
import { MfaDeviceList } from './mfa-device-list.js';
import { wholeText } from '../test/whole-text.js';

const [phone, otherPhone] = DEMO_USER.phones;

const meta = {
  title: 'Settings/MfaDeviceList',
  component: MfaDeviceList,
  args: { onRemoved: fn() },
  parameters: {
    // Each story on the docs page in its own frame, so each talks to its own mock backend.
    docs: { story: { inline: false, iframeHeight: 560 } },
  },
} satisfies Meta<typeof MfaDeviceList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The list is on its way (the mock answers after 8 seconds). */
export const Loading: Story = {
  beforeEach: ({ mock }) => mock.faults.latency(8_000, { route: 'devices' }),
  play: async ({ canvas, canvasElement, messages }) => {
    await expect(await canvas.findByText(messages.devices.loading)).toBeVisible();
    await expect(canvasElement.querySelector('section')).toHaveAttribute('data-state', 'loading');
  },
};

/** A user with no phone for sign-in codes. */
export const Empty: Story = {
  parameters: { mockBackend: { users: [{ ...DEMO_USER, phones: [] }] } },
  play: async ({ canvas, messages }) => {
    await expect(await canvas.findByText(messages.devices.empty)).toBeVisible();
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

/** The demo user's two phones, each masked but for its last four digits. */
export const TwoDevices: Story = {
  play: async ({ canvas, messages }) => {
    const list = await canvas.findByRole('list', { name: messages.devices.title });
    await expect(list.querySelectorAll('li')).toHaveLength(2);
    await expect(list).toHaveTextContent('•••• 4567');
    await expect(list).toHaveTextContent('•••• 0321');
    await expect(list).not.toHaveTextContent('555');
    await expect(
      canvas.getByRole('button', { name: messages.devices.removeLabel('4567') }),
    ).toBeVisible();
  },
};

/**
 * The server keeps failing: the list asks twice more on its own (about 3 s), then says what happened;
 * "Try again" loads it.
 */
export const LoadError: Story = {
  beforeEach: ({ mock }) => mock.faults.failNext(3, { status: 503 }, { route: 'devices' }),
  play: async ({ apiRequests, canvas, messages, userEvent }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 8_000 });
    await expect(apiRequests.requests).toHaveLength(3);
    await expect(alert).toHaveTextContent(messages.devices.error);
    await expect(alert).toHaveTextContent(errorMessage(messages, 'server'));
    await userEvent.click(canvas.getByRole('button', { name: messages.tryAgain }));
    await expect(await canvas.findByRole('list')).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/**
 * Removing one phone from the list: Disable, Send code, the texted code. The phone leaves the
 * list, the other stays, and the list says what happened.
 */
export const RemoveOne: Story = {
  play: async ({ args, canvas, messages, mock, userEvent }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: messages.devices.removeLabel('4567') }),
    );
    await userEvent.click(
      canvas.getByRole('button', { name: messages.removePhoneWithCode.sendCode }),
    );
    await canvas.findByText(wholeText(messages.removePhoneWithCode.sentTo('•••• 4567')));
    const code = mock.outbox.latest({ channel: 'sms', to: phone.phoneNumber })?.code ?? '';
    await userEvent.type(canvas.getByRole('textbox', { name: messages.codeLabel }), code);

    await expect(
      await canvas.findByText(wholeText(messages.removePhoneWithCode.done('•••• 4567'))),
    ).toBeVisible();
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(1));
    await expect(canvas.getByRole('list')).toHaveTextContent('•••• 0321');
    await expect(args.onRemoved).toHaveBeenCalledWith(phone.id);
    await expect(mock.devices(DEMO_USER.email).phones.map((device) => device.id)).toEqual([
      otherPhone.id,
    ]);
  },
};

/** Hebrew, right to left, in the dark theme. */
export const HebrewDark: Story = {
  globals: { locale: 'he', theme: 'dark' },
  play: async ({ canvas, messages }) => {
    await expect(await canvas.findByRole('list', { name: messages.devices.title })).toBeVisible();
  },
};
