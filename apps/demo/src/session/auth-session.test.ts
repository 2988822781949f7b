import { describe, expect, it, vi } from 'vitest';
import { createAuthSession } from './auth-session';

describe('createAuthSession', () => {
  it('starts signed out, with no token for the client', () => {
    const session = createAuthSession();
    expect(session.getSnapshot()).toEqual({ pendingMfa: null, auth: null, signedInAt: null });
    expect(session.accessToken()).toBeNull();
  });

  it('holds the MFA token of a password sign-in until the second factor is done', () => {
    const session = createAuthSession(() => 1_000);
    const loginAnswer = { mfaRequired: true, mfaToken: 'mfa-1' };
    session.startMfa({ loginAnswer, email: 'a@b.c' });
    expect(session.getSnapshot().pendingMfa).toEqual({ loginAnswer, email: 'a@b.c' });
    session.signIn({ mfaRequired: false, accessToken: 'header.payload.sig' });
    expect(session.getSnapshot()).toMatchObject({ pendingMfa: null, signedInAt: 1_000 });
    expect(session.accessToken()).toBe('header.payload.sig');
  });

  it('treats an empty access token as none', () => {
    const session = createAuthSession();
    session.signIn({ mfaRequired: false, accessToken: '' });
    expect(session.accessToken()).toBeNull();
  });

  it('forgets everything on sign-out and tells subscribers of each change', () => {
    const session = createAuthSession();
    const listener = vi.fn();
    session.subscribe(listener);
    session.signIn({ mfaRequired: false, accessToken: 't' });
    session.signOut();
    expect(session.getSnapshot()).toEqual({ pendingMfa: null, auth: null, signedInAt: null });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps nothing in web storage', () => {
    const session = createAuthSession();
    session.startMfa({
      loginAnswer: { mfaRequired: true, mfaToken: 'mfa-secret' },
      email: 'a@b.c',
    });
    session.signIn({ mfaRequired: false, accessToken: 'access-secret' });
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });
});
