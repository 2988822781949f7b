import type { AuthResponse } from '@mfa-kit/core';
import { EmailMfaForm } from '@mfa-kit/ui';
import { navigate } from '../router/router';
import { authSession, useAuthSession } from '../session/auth-session';
import { Redirect } from '../shell/redirect';
import { useDocumentTitle } from '../shell/use-document-title';
import { useRenderMeasure } from '../shell/use-render-measure';

/** The message of a visit to /verify with no sign-in in progress (a reload, a bookmark, a new tab). */
export const VERIFY_EXPIRED_NOTICE = 'Your sign-in step expired; please sign in again.';

/** The email-code step: the drop-in `EmailMfaForm` (its own heading and focus), fed the `mfaToken` kept in memory. */
export function VerifyPage() {
  const { pendingMfa } = useAuthSession();
  if (!pendingMfa) return <Redirect to="/sign-in" notice={VERIFY_EXPIRED_NOTICE} />;
  return <VerifyStep mfaToken={pendingMfa.mfaToken} email={pendingMfa.email} />;
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

const switchAccount = (): void => {
  authSession.signOut();
  navigate('/sign-in');
};

function VerifyStep({ mfaToken, email }: { mfaToken: string; email: string }) {
  useDocumentTitle('Verify it’s you');
  useRenderMeasure('/verify', 'mfa-step');
  return (
    <div className="auth-layout">
      <div className="auth-card-frame">
        <EmailMfaForm
          mfaToken={mfaToken}
          email={email}
          onVerified={onVerified}
          onRestart={onRestart}
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
