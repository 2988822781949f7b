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
        <section className="settings-section" aria-labelledby="two-factor-heading">
          <div className="settings-section__header">
            <h2 id="two-factor-heading" className="settings-section__title">
              Two-factor authentication
            </h2>
            <p className="settings-section__text">
              Sign-in codes can reach you by text message. Turning one off asks for a code sent to that phone first, so only its owner can.
            </p>
          </div>
          <MfaDeviceList />
        </section>
      </div>
    </div>
  );
}
