import type { AuthResponse } from '@mfa-kit/core';
import { isMfaApiError } from '@mfa-kit/core';
import { useMfaClient } from '@mfa-kit/react';
import { type SyntheticEvent, lazy, Suspense, useId, useRef, useState } from 'react';
import { navigate } from '../router/router';
import { authSession } from '../session/auth-session';
import { type DemoTexts, useDemoTexts } from '../shell/demo-texts';
import { PageHeading } from '../shell/page-heading';
import { signInErrorText } from './sign-in-errors';

// Only with the embedded mock, in a chunk of its own: the seeded users are no weight on the sign-in route.
const SeededUserList = lazy(() => import('../demo-tools/seeded-user-list'));

/** The seeded account, shown when the embedded mock answers. */
export interface DemoAccount {
  email: string;
  password: string;
}

/** After a password sign-in: the MFA step when the server asks for it, else straight in. */
function continueAfterLogin(auth: AuthResponse, email: string, texts: DemoTexts): string | null {
  if (auth.mfaRequired) {
    if (!auth.mfaToken) return texts.noMfaToken;
    authSession.startMfa({ loginAnswer: auth, email });
    navigate('/verify');
    return null;
  }
  if (!auth.accessToken) return texts.noSession;
  authSession.signIn(auth);
  navigate('/signed-in');
  return null;
}

/** Email and password against `client.auth.login`. */
export function SignInPage({ demoAccount }: { demoAccount: DemoAccount | null }) {
  const client = useMfaClient();
  const texts = useDemoTexts();
  const ids = { email: useId(), password: useId(), error: useId() };
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const submit = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    // One request per action: a second Enter while the first is out does nothing.
    if (inFlight.current) return;
    const trimmedEmail = email.trim();
    if (!trimmedEmail || !password) {
      setError(trimmedEmail ? texts.enterPassword : texts.enterEmail);
      (trimmedEmail ? passwordInput : emailInput).current?.focus();
      return;
    }
    inFlight.current = true;
    setPending(true);
    setError(null);
    try {
      const auth = await client.auth.login({ email: trimmedEmail, password });
      const problem = continueAfterLogin(auth, trimmedEmail, texts);
      if (problem) setError(problem);
    } catch (caught) {
      setError(isMfaApiError(caught) ? signInErrorText(caught, texts) : texts.somethingWentWrong);
      passwordInput.current?.select();
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  };

  const fill = (account: DemoAccount): void => {
    setEmail(account.email);
    setPassword(account.password);
    setError(null);
  };

  const describedBy = error ? ids.error : undefined;
  return (
    <div className="auth-layout">
      <div className="mfa-card auth-card">
        <PageHeading>{texts.signIn}</PageHeading>
        <p className="auth-card__lead">{texts.signInLead}</p>
        {demoAccount && (
          <div className="demo-account">
            <p className="demo-account__title">{texts.demoAccount}</p>
            <dl className="demo-account__list">
              <dt>{texts.email}</dt>
              <dd>
                <code translate="no">{demoAccount.email}</code>
              </dd>
              <dt>{texts.password}</dt>
              <dd>
                <code translate="no">{demoAccount.password}</code>
              </dd>
            </dl>
            <button
              type="button"
              className="mfa-button"
              data-variant="link"
              onClick={() => fill(demoAccount)}
            >
              {texts.fillDemoAccount}
            </button>
          </div>
        )}
        <form
          className="mfa-form"
          noValidate
          onSubmit={(event) => void submit(event)}
          aria-busy={pending}
        >
          <div className="text-field">
            <label className="mfa-label" htmlFor={ids.email}>
              {texts.email}
            </label>
            <input
              ref={emailInput}
              id={ids.email}
              className="text-input"
              type="email"
              // An address reads left to right, in a right-to-left page too.
              dir="ltr"
              name="email"
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
              required
              value={email}
              aria-invalid={error !== null && !email.trim() ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="text-field">
            <label className="mfa-label" htmlFor={ids.password}>
              {texts.password}
            </label>
            <input
              ref={passwordInput}
              id={ids.password}
              className="text-input"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              aria-invalid={error !== null && email.trim() !== '' ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <div role="alert" className="form-error-slot">
            {error && (
              <p id={ids.error} className="mfa-error">
                {error}
              </p>
            )}
          </div>
          <button
            type="submit"
            className="mfa-button auth-card__submit"
            aria-disabled={pending || undefined}
            data-pending={pending || undefined}
          >
            {pending ? texts.signingIn : texts.signIn}
          </button>
        </form>
        {demoAccount && (
          <Suspense fallback={null}>
            <SeededUserList onPick={fill} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
