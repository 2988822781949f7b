import { DEMO_USERS } from '@mfa-kit/mock';
import { MfaSettings } from '@mfa-kit/ui';
import { StepUpDialog } from '@mfa-kit/ui/step-up-dialog';
import { Link } from '../router/link';
import { useAuthSession } from '../session/auth-session';
import { describeSession } from '../session/describe-session';
import { useDemoTexts } from '../shell/demo-texts';
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
  const texts = useDemoTexts();
  if (!auth) return <Redirect to="/sign-in" notice={texts.signInForSecurity} />;
  // Only the email is read: the sign-in time does not matter here.
  const { email } = describeSession(auth, signedInAt ?? 0);
  return (
    <div className="settings-layout">
      <nav className="settings-nav" aria-label={texts.settingsNav}>
        <p className="settings-nav__title">{texts.settingsNav}</p>
        <ul>
          <li>
            <Link to="/signed-in">{texts.account}</Link>
          </li>
          <li>
            <Link to="/security" aria-current="page">
              {texts.security}
            </Link>
          </li>
        </ul>
      </nav>
      <div className="settings-content">
        <PageHeading>{texts.security}</PageHeading>
        <p className="settings-content__lead">{texts.securityLead}</p>
        <p className="settings-content__text">{texts.securityText}</p>
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
