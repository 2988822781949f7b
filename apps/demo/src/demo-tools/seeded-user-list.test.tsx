import { DEMO_USERS } from '@mfa-kit/mock';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SeededUserList from './seeded-user-list';

afterEach(cleanup);

describe('SeededUserList', () => {
  it('names each seeded user with their second factors, as demo accounts', () => {
    render(<SeededUserList onPick={() => undefined} />);
    const list = screen.getByRole('region', { name: 'Try a seeded user' });
    expect(list.textContent).toContain('Demo accounts of the mock backend');
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Fill in email-only@mfa-kit.dev, Email code',
      'Fill in authenticator@mfa-kit.dev, Authenticator app + recovery code',
      'Fill in sms-authenticator@mfa-kit.dev, SMS + authenticator app + recovery code',
      'Fill in sms-only@mfa-kit.dev, SMS',
      'Fill in passkey@mfa-kit.dev, Passkey + security key + recovery code',
      'Fill in all-factors@mfa-kit.dev, Every factor',
      'Fill in password-only@mfa-kit.dev, Password only',
      'Fill in new-user@mfa-kit.dev, Nothing yet: sets one up at sign-in',
    ]);
  });

  it('hands the chosen user over on a click or on Enter', async () => {
    const onPick = vi.fn();
    const user = userEvent.setup();
    render(<SeededUserList onPick={onPick} />);
    await user.click(screen.getByRole('button', { name: /passkey@mfa-kit\.dev/ }));
    expect(onPick).toHaveBeenLastCalledWith(DEMO_USERS.passkeyAndRecovery);
    screen.getByRole('button', { name: /all-factors@mfa-kit\.dev/ }).focus();
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenLastCalledWith(DEMO_USERS.allFactors);
    expect(onPick).toHaveBeenCalledTimes(2);
  });
});
