import { Link } from '../router/link';
import { useDemoTexts } from '../shell/demo-texts';
import { PageHeading } from '../shell/page-heading';

/** Any path the demo has no page for. */
export function NotFoundPage() {
  const texts = useDemoTexts();
  return (
    <div className="auth-layout">
      <div className="mfa-card auth-card">
        <PageHeading>{texts.notFound}</PageHeading>
        <p className="auth-card__lead">{texts.notFoundLead}</p>
        <Link to="/sign-in" className="mfa-button">
          {texts.goToSignIn}
        </Link>
      </div>
    </div>
  );
}
