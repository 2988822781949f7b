import type { AuthResponse } from '@mfa-kit/core';
import { MfaLoginStep } from '@mfa-kit/ui/login-step';
import { navigate } from '../router/router';
import { authSession, type PendingMfa, useAuthSession } from '../session/auth-session';
import { Redirect } from '../shell/redirect';
import { useDocumentTitle } from '../shell/use-document-title';
import { useRenderMeasure } from '../shell/use-render-measure';

/** The message of a visit to /verify with no sign-in in progress (a reload, a bookmark, a new tab). */
export const VERIFY_EXPIRED_NOTICE = 'Your sign-in step expired; please sign in again.';

/** The message after a recovery code: the mock turned MFA off, and nothing is signed in. */
export const RECOVERED_NOTICE = 'Two-step verification is off; sign in again.';

/** The second-factor step: the drop-in `MfaLoginStep` (its own heading and focus), fed the login kept in memory. */
export function VerifyPage() {
  const { pendingMfa } = useAuthSession();
  if (!pendingMfa) return <Redirect to="/sign-in" notice={VERIFY_EXPIRED_NOTICE} />;
  return <VerifyStep pending={pendingMfa} />;
}

const onVerified = (auth: AuthResponse): void => {
  authSession.signIn(auth);
  navigate('/signed-in', { replace: true });
};

/** The login is no longer accepted (its mfaToken expired or was refused): back to the password. */
const onRestart = (): void => {
  authSession.signOut();
  navigate('/sign-in', { notice: VERIFY_EXPIRED_NOTICE });
};

const onRecovered = (): void => {
  authSession.signOut();
  navigate('/sign-in', { replace: true, notice: RECOVERED_NOTICE });
};

const switchAccount = (): void => {
  authSession.signOut();
  navigate('/sign-in');
};

function VerifyStep({ pending }: { pending: PendingMfa }) {
  useDocumentTitle('Verify it’s you');
  useRenderMeasure('/verify', 'mfa-step');
  return (
    <div className="auth-layout">
      <div className="auth-card-frame">
        <MfaLoginStep
          loginAnswer={pending.loginAnswer}
          email={pending.email}
          onVerified={onVerified}
          onRestart={onRestart}
          onRecovered={onRecovered}
          // The demo opts in: the kind of method that passed (nothing else) is kept for next time.
          rememberLastMethod
        />
        <p className="auth-card__aside">
          Not you?{' '}
          <button type="button" className="mfa-button" data-variant="link" onClick={switchAccount}>
            Sign in with another account
          </button>
        </p>
      </div>
    </div>
  );
}
