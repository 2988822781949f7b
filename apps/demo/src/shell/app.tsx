import { enMessages, heMessages, MfaMessagesProvider } from '@mfa-kit/ui';
import type { MfaMessages } from '@mfa-kit/ui';
import { lazy, Suspense } from 'react';
import type { BackendConfig } from '../backend/backend-config';
import { type EmbeddedMockHandle, useEmbeddedMockStatus } from '../backend/embedded-mock-status';
import type { RequestEvents } from '../backend/request-events';
import type { DemoAccount } from '../pages/sign-in-page';
import { useLocation } from '../router/router';
import { AppHeader } from './app-header';
import { useDemoTexts } from './demo-texts';
import { type DemoLanguage, useLanguage } from './language';
import { Notice } from './notice';
import { Routes } from './routes';

// Only loaded when the embedded mock runs, in the mock's lazy chunk.
const DemoTools = lazy(() => import('../demo-tools/demo-tools'));

// The kit's texts in the demo's language: its forms, settings and step-up dialog follow the switch.
const KIT_MESSAGES: Record<DemoLanguage, MfaMessages> = { en: enMessages, he: heMessages };

/** Props of {@link App}. */
export interface AppProps {
  config: BackendConfig;
  mock: EmbeddedMockHandle;
  requests: RequestEvents;
  demoAccount: DemoAccount | null;
}

/** The shell: header, the current page, and the demo tools beside it when the mock runs. */
export function App({ config, mock, requests, demoAccount }: AppProps) {
  const location = useLocation();
  const mockStatus = useEmbeddedMockStatus(mock);
  const language = useLanguage();
  const texts = useDemoTexts();
  return (
    <MfaMessagesProvider messages={KIT_MESSAGES[language]}>
      <div className="app" data-tools={mockStatus.state === 'off' ? undefined : ''}>
        <a className="skip-link" href="#main">
          {texts.skipToContent}
        </a>
        <AppHeader config={config} />
        <div className="app__body">
          <main id="main" className="app__main" tabIndex={-1}>
            {mockStatus.state === 'failed' && (
              <p className="mfa-alert app-alert" role="alert" data-variant="error">
                {texts.mockFailed(mockStatus.message)}
              </p>
            )}
            <Notice text={location.notice} />
            <Routes path={location.path} demoAccount={demoAccount} />
          </main>
          {mockStatus.state === 'ready' && (
            <Suspense fallback={null}>
              <DemoTools backend={mockStatus.backend} requests={requests} />
            </Suspense>
          )}
        </div>
        <footer className="app-footer">
          <p>
            {texts.appTitle} ·{' '}
            {config.kind === 'remote' ? texts.footerRemote(config.baseUrl) : texts.footerEmbedded}
          </p>
        </footer>
      </div>
    </MfaMessagesProvider>
  );
}
