import { useEffect } from 'react';
import { Link } from '../router/link';
import { useAuthSession } from '../session/auth-session';
import { describeSession } from '../session/describe-session';
import { PageHeading } from '../shell/page-heading';
import { Redirect } from '../shell/redirect';
import { useSignOut } from '../shell/use-sign-out';
import { loadSecurityPage } from './load-security-page';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const methodNames: Record<string, string> = {
  pwd: 'password',
  otp: 'one-time code',
  mfa: 'second factor',
  sms: 'SMS code',
};

/** Who is signed in, from the `AuthResponse`: never the token itself. */
export function SignedInPage() {
  const { auth, signedInAt } = useAuthSession();
  const signOut = useSignOut();
  useEffect(() => {
    // The likely next page: fetch its code now, so following the link shows it at once.
    void loadSecurityPage();
  }, []);
  if (!auth || signedInAt === null)
    return <Redirect to="/sign-in" notice="Sign in to see your account." />;
  const summary = describeSession(auth, signedInAt);
  const methods = summary.methods.map((method) => methodNames[method] ?? method);
  return (
    <div className="auth-layout">
      <div className="mfa-card auth-card" data-wide="">
        <div className="success-mark" aria-hidden="true" />
        <PageHeading>You’re signed in</PageHeading>
        <p className="auth-card__lead">
          The second factor checked out. This is what the session says.
        </p>
        <dl className="facts">
          <div>
            <dt>Email</dt>
            <dd>{summary.email ?? 'Not in the answer'}</dd>
          </div>
          <div>
            <dt>User ID</dt>
            <dd>
              <code>{summary.userId ?? 'Not in the answer'}</code>
            </dd>
          </div>
          <div>
            <dt>Session expires</dt>
            <dd>
              {summary.expiresAt ? (
                <time dateTime={summary.expiresAt.toISOString()}>
                  {dateTime.format(summary.expiresAt)}
                </time>
              ) : (
                'Not in the answer'
              )}
            </dd>
          </div>
          {methods.length > 0 && (
            <div>
              <dt>Verified with</dt>
              <dd>{methods.join(' + ')}</dd>
            </div>
          )}
        </dl>
        <p className="fine-print">
          The access token stays in this tab’s memory: reloading the page signs you out.
        </p>
        <div className="mfa-actions">
          <Link to="/security" className="mfa-button">
            Security settings
          </Link>
          <button type="button" className="mfa-button" data-variant="secondary" onClick={signOut}>
            Sign out
          </button>
        </div>
      </div>
    </div>
  );
}
