// The demo's entry: picks the backend, creates the client, renders the app. The embedded mock (msw and
// @mfa-kit/mock) is a dynamic import, so it never weighs on the sign-in route's bundle.
import '@mfa-kit/ui/styles.css';
import './styles/app.css';
import { createMfaClient } from '@mfa-kit/core';
import { DEMO_USER, MOCK_ERROR_CODE_KINDS } from '@mfa-kit/mock';
import { MfaProvider } from '@mfa-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readBackendConfig } from './backend/backend-config';
import { readErrorCodeMode } from './backend/error-code-mode';
import { readQrCodeFormat } from './backend/qr-code-format';
import { trackEmbeddedMock } from './backend/embedded-mock-status';
import { createRequestEvents, observedFetch } from './backend/request-events';
import { authSession } from './session/auth-session';
import { App } from './shell/app';
import { ConfigError } from './shell/config-error';
import { forgetMockServiceWorker } from './backend/forget-mock-service-worker';

const config = readBackendConfig(import.meta.env.VITE_MFA_BASE_URL);
// The default is what a new app runs: no error-code map. `?error-codes=mapped` shows mapping at work.
const mapErrorCodes = readErrorCodeMode(window.location.search) === 'mapped';
const root = createRoot(document.getElementById('root') as HTMLElement);

if (config.kind === 'invalid') {
  root.render(<ConfigError message={config.message} />);
} else {
  const embedded = config.kind === 'embedded';
  if (!embedded) void forgetMockServiceWorker();
  const mock = trackEmbeddedMock(
    embedded
      ? () =>
          import('./backend/start-embedded-mock').then((module) =>
            module.startEmbeddedMock({
              errorCodeStyle: mapErrorCodes ? 'mock' : 'tenant',
              qrCodeFormat: readQrCodeFormat(window.location.search),
            }),
          )
      : null,
  );
  const requests = createRequestEvents();
  const client = createMfaClient({
    baseUrl: config.baseUrl,
    getAccessToken: authSession.accessToken,
    fetch: observedFetch(requests, mock.ready),
    // An example of mapping a tenant's codes (wrong or expired code, too many attempts); the kit works without it.
    errorCodeKinds: mapErrorCodes ? MOCK_ERROR_CODE_KINDS : undefined,
  });
  // Codes are single-use and each request is a user action: nothing is retried or refetched behind the user's back.
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        {/* A step-up's new tokens replace the session's: the kit stores nothing. */}
        <MfaProvider client={client} onStepUp={authSession.signIn}>
          <App
            config={config}
            mock={mock}
            requests={requests}
            demoAccount={embedded ? { email: DEMO_USER.email, password: DEMO_USER.password } : null}
          />
        </MfaProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
