import { DEMO_USERS } from '@mfa-kit/mock';
import { MfaSettings } from '@mfa-kit/ui';
import { StepUpDialog } from '@mfa-kit/ui/step-up-dialog';
import { Link } from '../router/link';
import { useAuthSession } from '../session/auth-session';
import { describeSession } from '../session/describe-session';
import { PageHeading } from '../shell/page-heading';
import { Redirect } from '../shell/redirect';
import { useSignOut } from '../shell/use-sign-out';

// The in-page mock's tenants: a real app reads its tenant's MFA policy instead.
const enforcedFor = new Set<string>(
  Object.values(DEMO_USERS).flatMap((user) =>
    'mfaEnforced' in user && user.mfaEnforced ? [user.email] : [],
  ),
);

/** Account settings: every second factor of the signed-in user, each added and removed in place. */
export function SecurityPage() {
  const { auth, signedInAt } = useAuthSession();
  const signOut = useSignOut();
  if (!auth) return <Redirect to="/sign-in" notice="Sign in to manage your security settings." />;
  // Only the email is read: the sign-in time does not matter here.
  const { email } = describeSession(auth, signedInAt ?? 0);
  return (
    <div className="settings-layout">
      <nav className="settings-nav" aria-label="Settings">
        <p className="settings-nav__title">Settings</p>
        <ul>
          <li>
            <Link to="/signed-in">Account</Link>
          </li>
          <li>
            <Link to="/security" aria-current="page">
              Security
            </Link>
          </li>
        </ul>
      </nav>
      <div className="settings-content">
        <PageHeading>Security</PageHeading>
        <p className="settings-content__lead">Choose how you prove it’s you when you sign in.</p>
        <p className="settings-content__text">
          Add an authenticator app, a phone, a passkey or a security key, and remove the ones you no
          longer use. Removing asks for proof first: a code, or the key itself. A phone goes in one
          press while you keep another method.
        </p>
        <MfaSettings
          className="settings-devices"
          mfaEnforced={email !== null && enforcedFor.has(email)}
          // A change of methods needs a second factor from the last 5 minutes.
          stepUp={{ maxAge: 300 }}
        />
        {/* Mounted with the page that needs it: the sign-in route's bundle stays without it. */}
        <StepUpDialog onRestart={signOut} />
      </div>
    </div>
  );
}
