'use client';
import { type AuthResponse, isMfaApiError } from '@mfa-kit/core';
import { useMfaClient } from '@mfa-kit/react';
import { enMessages, errorMessage } from '@mfa-kit/ui';
import { useRouter } from 'next/navigation';
import { type SyntheticEvent, useId, useRef, useState } from 'react';
import { session, useSession } from '../../session';

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

function signInError(caught: unknown): string {
  if (!isMfaApiError(caught)) return 'Something went wrong. Try again.';
  if (caught.kind === 'unauthorized')
    return 'That email and password don’t match. Check both and try again.';
  return errorMessage(enMessages, caught.kind, caught.retryAfterMs);
}

/** A labelled input, named after its type, described by the form's error while there is one. */
function TextField({
  label,
  type,
  autoComplete,
  describedBy,
}: {
  label: string;
  type: 'email' | 'password';
  autoComplete: string;
  describedBy: string | undefined;
}) {
  const id = useId();
  return (
    <div className="mfa-field">
      <label className="mfa-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="mfa-text-input"
        type={type}
        name={type}
        autoComplete={autoComplete}
        spellCheck={false}
        required
        aria-describedby={describedBy}
      />
    </div>
  );
}

/** Email and password against `client.auth.login`, then the login step or straight in. */
export function SignInForm() {
  const client = useMfaClient();
  const router = useRouter();
  const current = useSession();
  const errorId = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);

  const submit = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    // One request per action: a second Enter while the first is out does nothing.
    if (inFlight.current) return;
    const form = new FormData(event.currentTarget);
    const email = text(form, 'email').trim();
    const password = text(form, 'password');
    if (!email || !password) {
      setError(email ? 'Enter your password.' : 'Enter your email address.');
      return;
    }
    inFlight.current = true;
    setPending(true);
    setError(null);
    let auth: AuthResponse;
    try {
      auth = await client.auth.login({ email, password });
    } catch (caught) {
      setError(signInError(caught));
      return;
    } finally {
      inFlight.current = false;
      setPending(false);
    }
    if (auth.mfaRequired && auth.mfaToken) {
      session.startSecondFactor(auth, email);
      router.push('/verify');
    } else if (!auth.mfaRequired && auth.accessToken) {
      session.signIn(auth, email);
      router.push('/signed-in');
    } else {
      setError('The sign-in service answered without a session. Try again.');
    }
  };

  const notice = current?.status === 'signed-out' ? current.notice : undefined;
  const describedBy = error ? errorId : undefined;
  return (
    <form
      className="mfa-form"
      noValidate
      aria-busy={pending}
      onSubmit={(event) => void submit(event)}
    >
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <TextField label="Email" type="email" autoComplete="username" describedBy={describedBy} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        describedBy={describedBy}
      />
      <div role="alert">
        {error && (
          <p id={errorId} className="mfa-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="mfa-button" aria-disabled={pending || undefined}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
