import { DEMO_USER } from '@mfa-kit/mock';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { mockPaths } from '@mfa-kit/mock/testing';
import { setupMockEnv, signedInClient } from '../test/mock-env.js';
import { renderWithMfa } from '../test/render-with-mfa.js';
import { heMessages } from '../messages/he.js';
import { MfaDeviceList } from './mfa-device-list.js';
import type { MfaDeviceListProps } from './mfa-device-list.js';

const env = setupMockEnv();
const [usPhone, ukPhone] = DEMO_USER.phones;

async function renderList(props: Partial<MfaDeviceListProps> = {}) {
  const onRemoved = vi.fn();
  const view = renderWithMfa(<MfaDeviceList onRemoved={onRemoved} clock={env.clock} {...props} />, {
    client: await signedInClient(env),
  });
  return { ...view, onRemoved, user: userEvent.setup() };
}

const section = () => screen.getByRole('region');
const items = () => within(screen.getByRole('list')).getAllByRole('listitem');
const removeButton = (lastDigits: string) =>
  screen.getByRole('button', { name: `Disable codes for the phone ending in ${lastDigits}` });

describe('MfaDeviceList', { timeout: 30_000 }, () => {
  it('loads, then lists each phone masked but for its last four digits', async () => {
    const { container } = await renderList();
    expect(section()).toHaveAccessibleName('Phones for sign-in codes');
    expect(section()).toHaveAttribute('aria-busy', 'true');
    expect(section()).toHaveAttribute('data-state', 'loading');
    expect(screen.getByRole('status')).toHaveTextContent('Loading your phones…');
    expect(await axe(container)).toHaveNoViolations();

    await waitFor(() => expect(section()).toHaveAttribute('data-state', 'ready'));
    expect(section()).not.toHaveAttribute('aria-busy');
    expect(items().map((item) => item.textContent)).toEqual([
      '•••• 4567Phone ending in 4567Disable',
      '•••• 0321Phone ending in 0321Disable',
    ]);
    expect(container.textContent).not.toContain(usPhone.phoneNumber);
    expect(removeButton('4567')).toHaveTextContent('Disable');
    expect(env.count(mockPaths.devices)).toBe(1);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says when no phone receives codes', async () => {
    env.backend.faults.failNext(
      1,
      { status: 200, body: { webauthn: [], phones: [], authenticators: [], emails: [] } },
      { route: 'devices' },
    );
    const { container } = await renderList();
    expect(await screen.findByText('No phone receives sign-in codes yet.')).toBeInTheDocument();
    expect(section()).toHaveAttribute('data-state', 'empty');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says why the list could not load, and "Try again" loads it', async () => {
    env.backend.faults.failNext(1, { status: 403 }, { route: 'devices' });
    const { user, container } = await renderList();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "We couldn't load your phones. You don't have permission to do this.",
    );
    expect(section()).toHaveAttribute('data-state', 'error');
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(env.count(mockPaths.devices)).toBe(2);
  });

  it('turns a phone off in place, refreshes the list and announces it', async () => {
    const { user, onRemoved, container } = await renderList();
    await user.click(await screen.findByRole('button', { name: /ending in 4567/ }));
    const form = screen.getByRole('form', { name: 'Turn off text message codes' });
    expect(items()[0]).toContainElement(form);
    expect(within(form).getByRole('heading', { level: 3 })).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Send code' })).toHaveFocus();
    expect(await axe(container)).toHaveNoViolations();

    await user.click(within(form).getByRole('button', { name: 'Send code' }));
    await user.type(await screen.findByLabelText('Verification code'), env.latestCode('sms'));

    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]).toHaveAttribute('data-device-id', ukPhone.id);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Text message codes are off for •••• 4567.',
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    expect(onRemoved).toHaveBeenCalledExactlyOnceWith(usPhone.id);
    expect(env.count(mockPaths.devices)).toBe(2);
    expect(env.count(mockPaths.smsDisableVerify(usPhone.id))).toBe(1);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('still calls onDisabled, its name before issue #19, once a phone is removed', async () => {
    const onDisabled = vi.fn();
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated prop is what is tested
    const { user } = await renderList({ onRemoved: undefined, onDisabled });
    await user.click(await screen.findByRole('button', { name: /ending in 4567/ }));
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await user.type(await screen.findByLabelText('Verification code'), env.latestCode('sms'));

    await waitFor(() => expect(onDisabled).toHaveBeenCalledExactlyOnceWith(usPhone.id));
  });

  it('opens one form at a time; Cancel closes it and gives focus back to its button', async () => {
    const { user } = await renderList();
    await user.click(await screen.findByRole('button', { name: /ending in 4567/ }));
    await user.click(removeButton('0321'));
    expect(screen.getAllByRole('form')).toHaveLength(1);
    expect(items()[1]).toContainElement(screen.getByRole('form'));
    expect(removeButton('4567')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(removeButton('0321')).toHaveFocus();
    expect(env.count(mockPaths.smsPreDisable(ukPhone.id))).toBe(0);
  });

  it('speaks Hebrew, right to left', async () => {
    const { container } = await renderList({ messages: heMessages, className: 'settings' });
    await waitFor(() => expect(section()).toHaveAttribute('data-state', 'ready'));
    expect(section()).toHaveAttribute('dir', 'rtl');
    expect(section()).toHaveClass('settings');
    expect(screen.getByRole('heading')).toHaveTextContent('טלפונים לקבלת קודי כניסה');
    expect(
      screen.getByRole('button', {
        name: 'השבתה של הקודים לטלפון שמספרו מסתיים ב־\u20684567\u2069',
      }),
    ).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});
