import type { MockBackend } from '@mfa-kit/mock';
import { useState } from 'react';
import { authSession, useAuthSession } from '../session/auth-session';
import { Disclosure } from './disclosure';

/** How old the demo makes a sign-in: older than the Security page's step-up allows (5 minutes). */
export const AGED_SIGN_IN_SECONDS = 600;

/** Props of {@link SessionAge}. */
export interface SessionAgeProps {
  backend: Pick<MockBackend, 'ageSession'>;
}

/**
 * Makes the signed-in session 10 minutes old, so the Security page asks for a second factor again before a change
 * (step-up). The mock re-signs the token; the app gets it as it would get any new token.
 */
export function SessionAge({ backend }: SessionAgeProps) {
  const { auth } = useAuthSession();
  const [status, setStatus] = useState('');
  const token = auth?.accessToken;

  const age = async (): Promise<void> => {
    if (!auth || !token) return;
    try {
      const aged = await backend.ageSession(token, AGED_SIGN_IN_SECONDS);
      authSession.signIn({ ...auth, accessToken: aged });
      setStatus(
        'Your sign-in is now 10 minutes old: the next change of a method asks for it again.',
      );
    } catch {
      setStatus('This session is no longer valid on the mock. Sign in again.');
    }
  };

  return (
    <Disclosure title="Session">
      <p className="tool-hint">
        {token
          ? 'Changes to your methods need a sign-in of the last 5 minutes.'
          : 'Sign in to age your session.'}
      </p>
      <button
        type="button"
        className="mfa-button tool-button"
        data-variant="secondary"
        aria-disabled={!token || undefined}
        onClick={() => void age()}
      >
        Sign-in was 10 minutes ago
      </button>
      <p className="simulate__status" role="status">
        {status}
      </p>
    </Disclosure>
  );
}
