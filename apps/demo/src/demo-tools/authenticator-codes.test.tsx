import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthenticatorCodes } from './authenticator-codes';

// Two seconds before a window turns, so a test sees the turn.
const NEAR_THE_TURN = Date.UTC(2026, 10, 30, 12, 0, 28);
const NEXT_WINDOW = Date.UTC(2026, 10, 30, 12, 0, 30);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: NEAR_THE_TURN });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The code shown for `email`, once it is worked out. */
async function shownCode(email: string): Promise<string> {
  const entry = screen.getByText(email).parentElement as HTMLElement;
  const code = await vi.waitFor(() => within(entry).getByText(/^\d{6}$/));
  return code.textContent ?? '';
}

describe('AuthenticatorCodes', () => {
  it('shows each seeded authenticator’s current code, and the next one as the window turns', async () => {
    render(<AuthenticatorCodes />);
    const { email, authenticators } = DEMO_USERS.authenticator;
    const secret = authenticators[0]?.secret ?? '';
    expect(await shownCode(email)).toBe(await totpCode(secret, NEAR_THE_TURN));
    expect(screen.getByLabelText('New codes in 2 s')).toHaveProperty('value', 2);

    await act(() => vi.advanceTimersByTimeAsync(NEXT_WINDOW - NEAR_THE_TURN));
    expect(screen.getByLabelText('New codes in 30 s')).toHaveProperty('value', 30);
    const next = await totpCode(secret, NEXT_WINDOW);
    expect(next).not.toBe(await totpCode(secret, NEAR_THE_TURN));
    await vi.waitFor(() =>
      expect(screen.getByText(email).parentElement?.textContent).toContain(next),
    );
  });

  it('lists every seeded user with an authenticator app, and no one else', async () => {
    render(<AuthenticatorCodes />);
    const section = screen.getByRole('region', { name: 'Authenticator app' });
    const owners = within(section).getAllByRole('term');
    expect(owners.map((owner) => owner.textContent)).toEqual([
      DEMO_USERS.authenticator.email,
      DEMO_USERS.smsAndAuthenticator.email,
      DEMO_USERS.allFactors.email,
    ]);
    await shownCode(DEMO_USERS.allFactors.email);
  });

  it('ticks silently: nothing in the section is a live region', async () => {
    render(<AuthenticatorCodes />);
    await shownCode(DEMO_USERS.authenticator.email);
    const section = screen.getByRole('region', { name: 'Authenticator app' });
    expect(section.closest('[aria-live]')).toBeNull();
    expect(
      section.querySelector('[aria-live], [role="status"], [role="timer"], [role="alert"]'),
    ).toBeNull();
  });
});
