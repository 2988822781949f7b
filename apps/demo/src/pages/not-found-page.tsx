import { Link } from '../router/link';
import { PageHeading } from '../shell/page-heading';

/** Any path the demo has no page for. */
export function NotFoundPage() {
  return (
    <div className="auth-layout">
      <div className="mfa-card auth-card">
        <PageHeading>Page not found</PageHeading>
        <p className="auth-card__lead">There is no page at this address.</p>
        <Link to="/sign-in" className="mfa-button">
          Go to sign in
        </Link>
      </div>
    </div>
  );
}
