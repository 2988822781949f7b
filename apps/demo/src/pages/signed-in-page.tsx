import { useEffect } from 'react';
import { Link } from '../router/link';
import { useAuthSession } from '../session/auth-session';
import { describeSession } from '../session/describe-session';
import { useDemoTexts } from '../shell/demo-texts';
import { useLanguage } from '../shell/language';
import { PageHeading } from '../shell/page-heading';
import { Redirect } from '../shell/redirect';
import { useSignOut } from '../shell/use-sign-out';
import { loadSecurityPage } from './load-security-page';

/** Who is signed in, from the `AuthResponse`: never the token itself. */
export function SignedInPage() {
  const { auth, signedInAt } = useAuthSession();
  const signOut = useSignOut();
  const texts = useDemoTexts();
  const language = useLanguage();
  useEffect(() => {
    // The likely next page: fetch its code now, so following the link shows it at once.
    void loadSecurityPage();
  }, []);
  if (!auth || signedInAt === null)
    return <Redirect to="/sign-in" notice={texts.signInForAccount} />;
  const summary = describeSession(auth, signedInAt);
  const methods = summary.methods.map((method) => texts.methodNames[method] ?? method);
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="auth-layout">
      <div className="mfa-card auth-card" data-wide="">
        <div className="success-mark" aria-hidden="true" />
        <PageHeading>{texts.signedIn}</PageHeading>
        <p className="auth-card__lead">{texts.signedInLead}</p>
        <dl className="facts">
          <div>
            <dt>{texts.email}</dt>
            <dd>
              {summary.email ? (
                // An address reads left to right, in a right-to-left page too.
                <bdi dir="ltr" translate="no">
                  {summary.email}
                </bdi>
              ) : (
                texts.notInAnswer
              )}
            </dd>
          </div>
          <div>
            <dt>{texts.userId}</dt>
            <dd>
              <code translate="no">{summary.userId ?? texts.notInAnswer}</code>
            </dd>
          </div>
          <div>
            <dt>{texts.sessionExpires}</dt>
            <dd>
              {summary.expiresAt ? (
                <time dateTime={summary.expiresAt.toISOString()}>
                  {dateTime.format(summary.expiresAt)}
                </time>
              ) : (
                texts.notInAnswer
              )}
            </dd>
          </div>
          {methods.length > 0 && (
            <div>
              <dt>{texts.verifiedWith}</dt>
              <dd>{methods.join(' + ')}</dd>
            </div>
          )}
        </dl>
        <p className="fine-print">{texts.tokenInMemory}</p>
        <div className="mfa-actions">
          <Link to="/security" className="mfa-button">
            {texts.securitySettings}
          </Link>
          <button type="button" className="mfa-button" data-variant="secondary" onClick={signOut}>
            {texts.signOut}
          </button>
        </div>
      </div>
    </div>
  );
}
