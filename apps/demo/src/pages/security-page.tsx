import { MfaDeviceList } from '@mfa-kit/ui';
import { Link } from '../router/link';
import { useAuthSession } from '../session/auth-session';
import { PageHeading } from '../shell/page-heading';
import { Redirect } from '../shell/redirect';

/** Account settings: the user's SMS factors, each one can be turned off with a code sent to it. */
export function SecurityPage() {
  const { auth } = useAuthSession();
  if (!auth) return <Redirect to="/sign-in" notice="Sign in to manage your security settings." />;
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
          Sign-in codes can reach you by text message. Turning a phone off asks for a code sent to
          that phone first, so only whoever holds it can.
        </p>
        <MfaDeviceList className="settings-devices" />
      </div>
    </div>
  );
}
