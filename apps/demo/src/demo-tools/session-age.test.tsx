import { isSteppedUp } from '@mfa-kit/core';
import { createMockBackend } from '@mfa-kit/mock';
import { signInDemoUser } from '@mfa-kit/mock/testing';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { installNodeUint8Array } from '../../../../tools/test-kit/jsdom-realm';
import { authSession } from '../session/auth-session';
import { SessionAge } from './session-age';

// The mock signs its tokens with jose, which needs Node's Uint8Array in jsdom.
installNodeUint8Array();

afterEach(() => {
  cleanup();
  authSession.signOut();
});

describe('SessionAge', () => {
  it('hands the app a token whose sign-in is 10 minutes old: no longer fresh for a 5-minute step-up', async () => {
    const backend = createMockBackend({ seed: 7 });
    const { accessToken } = await signInDemoUser(backend);
    authSession.signIn({ mfaRequired: false, accessToken });
    expect(isSteppedUp(authSession.accessToken(), { maxAge: 300, now: Date.now() })).toBe(true);
    render(<SessionAge backend={backend} />);

    await userEvent.click(screen.getByRole('button', { name: 'Sign-in was 10 minutes ago' }));
    expect((await screen.findByText(/now 10 minutes old/)).getAttribute('role')).toBe('status');
    const aged = authSession.accessToken();
    expect(aged).not.toBe(accessToken);
    expect(isSteppedUp(aged, { maxAge: 300, now: Date.now() })).toBe(false);
    expect(isSteppedUp(aged, { maxAge: 900, now: Date.now() })).toBe(true);
  });

  it('signed out, the button does nothing and says why', async () => {
    const backend = createMockBackend({ seed: 7 });
    render(<SessionAge backend={backend} />);
    const button = screen.getByRole('button', { name: 'Sign-in was 10 minutes ago' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    screen.getByText('Sign in to age your session.');
    await userEvent.click(button);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(authSession.accessToken()).toBeNull();
  });
});
