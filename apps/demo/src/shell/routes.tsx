import { lazy, Suspense } from 'react';
import { loadSecurityPage } from '../pages/load-security-page';
import { type DemoAccount, SignInPage } from '../pages/sign-in-page';
import { SignedInPage } from '../pages/signed-in-page';
import { NotFoundPage } from '../pages/not-found-page';
import { VerifyPage } from '../pages/verify-page';
import { useAuthSession } from '../session/auth-session';
import { useDemoTexts } from './demo-texts';
import { Redirect } from './redirect';

// Not part of the sign-in + MFA route: its own chunk keeps that route's bundle small.
const SecurityPage = lazy(() =>
  loadSecurityPage().then((module) => ({ default: module.SecurityPage })),
);

/** The page for `path`. */
export function Routes({ path, demoAccount }: { path: string; demoAccount: DemoAccount | null }) {
  const { auth } = useAuthSession();
  const texts = useDemoTexts();
  switch (path.replace(/\/+$/, '') || '/') {
    case '/':
      return <Redirect to={auth ? '/signed-in' : '/sign-in'} />;
    case '/sign-in':
      return auth ? <Redirect to="/signed-in" /> : <SignInPage demoAccount={demoAccount} />;
    case '/verify':
      return <VerifyPage />;
    case '/signed-in':
      return <SignedInPage />;
    case '/security':
      return (
        <Suspense fallback={<p className="page-loading">{texts.loadingSecurity}</p>}>
          <SecurityPage />
        </Suspense>
      );
    default:
      return <NotFoundPage />;
  }
}
