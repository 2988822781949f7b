import { lazy, Suspense } from 'react';
import type { BackendConfig } from '../backend/backend-config';
import { type EmbeddedMockHandle, useEmbeddedMockStatus } from '../backend/embedded-mock-status';
import type { RequestEvents } from '../backend/request-events';
import type { DemoAccount } from '../pages/sign-in-page';
import { useLocation } from '../router/router';
import { AppHeader } from './app-header';
import { Notice } from './notice';
import { Routes } from './routes';

// Only loaded when the embedded mock runs, in the mock's lazy chunk.
const DemoTools = lazy(() => import('../demo-tools/demo-tools'));

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
  return (
    <div className="app" data-tools={mockStatus.state === 'off' ? undefined : ''}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader config={config} />
      <div className="app__body">
        <main id="main" className="app__main" tabIndex={-1}>
          {mockStatus.state === 'failed' && (
            <p className="mfa-alert app-alert" role="alert" data-variant="error">
              The in-browser mock backend did not start: {mockStatus.message}
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
          mfa-kit demo ·{' '}
          {config.kind === 'remote'
            ? `requests go to ${config.baseUrl}`
            : 'the Frontegg API is mocked in this tab; nothing leaves your browser'}
        </p>
      </footer>
    </div>
  );
}
