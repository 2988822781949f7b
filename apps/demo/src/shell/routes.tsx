import { SecurityPage } from '../pages/security-page';
import { type DemoAccount, SignInPage } from '../pages/sign-in-page';
import { SignedInPage } from '../pages/signed-in-page';
import { NotFoundPage } from '../pages/not-found-page';
import { VerifyPage } from '../pages/verify-page';
import { useAuthSession } from '../session/auth-session';
import { Redirect } from './redirect';

/** The page for `path`. */
export function Routes({ path, demoAccount }: { path: string; demoAccount: DemoAccount | null }) {
  const { auth } = useAuthSession();
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
      return <SecurityPage />;
    default:
      return <NotFoundPage />;
  }
}
