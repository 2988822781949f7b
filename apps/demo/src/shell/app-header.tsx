import type { BackendConfig } from '../backend/backend-config';
import { Link } from '../router/link';
import { useLocation } from '../router/router';
import { useAuthSession } from '../session/auth-session';
import { useSignOut } from './use-sign-out';

function backendLabel(config: BackendConfig): string {
  if (config.kind === 'remote') return new URL(config.baseUrl).host;
  return config.kind === 'embedded' ? 'Mock backend' : 'No backend';
}

/** The product bar: the kit's name, where requests go, and the signed-in user's links. */
export function AppHeader({ config }: { config: BackendConfig }) {
  const { auth } = useAuthSession();
  const { path } = useLocation();
  const signOut = useSignOut();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link to={auth ? '/signed-in' : '/sign-in'} className="brand">
          <svg className="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="8" />
            <path d="M16 6l8 3v6c0 5-3.4 9.3-8 11-4.6-1.7-8-6-8-11V9z" className="brand__shield" />
            <path d="M12.5 16l2.5 2.5 4.5-5" className="brand__check" />
          </svg>
          <span className="brand__name">mfa-kit</span>
          <span className="brand__tag">demo</span>
        </Link>
        {auth && (
          <nav className="app-nav" aria-label="Main">
            <Link to="/signed-in" aria-current={path === '/signed-in' ? 'page' : undefined}>
              Account
            </Link>
            <Link to="/security" aria-current={path === '/security' ? 'page' : undefined}>
              Security
            </Link>
          </nav>
        )}
        <div className="app-header__end">
          <span
            className="backend-badge"
            data-kind={config.kind}
            title={config.kind === 'remote' ? config.baseUrl : undefined}
          >
            {backendLabel(config)}
          </span>
          {auth && (
            <button
              type="button"
              className="mfa-button header-button"
              data-variant="secondary"
              onClick={signOut}
            >
              Sign out
            </button>
          )}
        </div>
      </div>
    </header>
  );
}
