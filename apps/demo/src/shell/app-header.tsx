import { useId } from 'react';
import type { BackendConfig } from '../backend/backend-config';
import { Link } from '../router/link';
import { useLocation } from '../router/router';
import { useAuthSession } from '../session/auth-session';
import { type DemoTexts, useDemoTexts } from './demo-texts';
import { DEMO_LANGUAGES, type DemoLanguage, languageStore, useLanguage } from './language';
import { useSignOut } from './use-sign-out';

function backendLabel(config: BackendConfig, texts: DemoTexts): string {
  if (config.kind === 'remote') return new URL(config.baseUrl).host;
  return config.kind === 'embedded' ? texts.mockBackend : texts.noBackend;
}

// Each language named in itself, so a visitor finds their own whatever the page's language.
const LANGUAGE_NAMES: Record<DemoLanguage, string> = { en: 'English', he: 'עברית' };

/** A native select: the page's language, the kit's texts with it. */
function LanguageSwitch() {
  const texts = useDemoTexts();
  const language = useLanguage();
  const id = useId();
  return (
    <span className="language-switch">
      <label htmlFor={id}>{texts.language}</label>
      <select
        id={id}
        className="tool-select"
        value={language}
        onChange={(event) => languageStore.set(event.target.value as DemoLanguage)}
      >
        {DEMO_LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
    </span>
  );
}

/** The product bar: the kit's name, where requests go, and the signed-in user's links. */
export function AppHeader({ config }: { config: BackendConfig }) {
  const { auth } = useAuthSession();
  const { path } = useLocation();
  const signOut = useSignOut();
  const texts = useDemoTexts();
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
          <span className="brand__tag">{texts.brandTag}</span>
        </Link>
        {auth && (
          <nav className="app-nav" aria-label={texts.mainNav}>
            <Link to="/signed-in" aria-current={path === '/signed-in' ? 'page' : undefined}>
              {texts.account}
            </Link>
            <Link to="/security" aria-current={path === '/security' ? 'page' : undefined}>
              {texts.security}
            </Link>
          </nav>
        )}
        <div className="app-header__end">
          <LanguageSwitch />
          <span
            className="backend-badge"
            data-kind={config.kind}
            title={config.kind === 'remote' ? config.baseUrl : undefined}
          >
            {backendLabel(config, texts)}
          </span>
          {auth && (
            <button
              type="button"
              className="mfa-button header-button"
              data-variant="secondary"
              onClick={signOut}
            >
              {texts.signOut}
            </button>
          )}
        </div>
      </div>
    </header>
  );
}
