import type { AuthResponse } from '@mfa-kit/core';
import { MfaLoginStep } from '@mfa-kit/ui/login-step';
import { navigate } from '../router/router';
import { authSession, type PendingMfa, useAuthSession } from '../session/auth-session';
import { demoTexts, useDemoTexts } from '../shell/demo-texts';
import { Redirect } from '../shell/redirect';
import { useDocumentTitle } from '../shell/use-document-title';
import { useRenderMeasure } from '../shell/use-render-measure';

/** The second-factor step: the drop-in `MfaLoginStep` (its own heading and focus), fed the login kept in memory. */
export function VerifyPage() {
  const { pendingMfa } = useAuthSession();
  const texts = useDemoTexts();
  // A visit with no sign-in in progress (a reload, a bookmark, a new tab).
  if (!pendingMfa) return <Redirect to="/sign-in" notice={texts.verifyExpired} />;
  return <VerifyStep pending={pendingMfa} />;
}

const onVerified = (auth: AuthResponse): void => {
  authSession.signIn(auth);
  navigate('/signed-in', { replace: true });
};

/** The login is no longer accepted (its mfaToken expired or was refused): back to the password. */
const onRestart = (): void => {
  authSession.signOut();
  navigate('/sign-in', { notice: demoTexts().verifyExpired });
};

/** After a recovery code: the mock turned MFA off, and nothing is signed in. */
const onRecovered = (): void => {
  authSession.signOut();
  navigate('/sign-in', { replace: true, notice: demoTexts().recovered });
};

const switchAccount = (): void => {
  authSession.signOut();
  navigate('/sign-in');
};

function VerifyStep({ pending }: { pending: PendingMfa }) {
  const texts = useDemoTexts();
  useDocumentTitle(texts.verifyTitle);
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
          {texts.notYou}{' '}
          <button type="button" className="mfa-button" data-variant="link" onClick={switchAccount}>
            {texts.otherAccount}
          </button>
        </p>
      </div>
    </div>
  );
}
