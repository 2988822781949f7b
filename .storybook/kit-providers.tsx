import { useState } from 'react';
import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMfaClient } from '@mfa-kit/core';
import type { AuthResponse, MfaErrorKind } from '@mfa-kit/core';
import { MfaProvider } from '@mfa-kit/react';
import { MfaMessagesProvider, enMessages, heMessages } from '@mfa-kit/ui';
import type { MfaMessages } from '@mfa-kit/ui';
import { MOCK_BASE_URL } from './story-mock.js';

/** The texts the toolbar's `locale` global picks: English, or Hebrew (right to left). */
export function messagesFor(locale: unknown): MfaMessages {
  return locale === 'he' ? heMessages : enMessages;
}

/** Props of {@link KitProviders}. */
export interface KitProvidersProps {
  theme: 'light' | 'dark';
  messages: MfaMessages;
  /** The signed-in user's token on the story's backend, for the settings routes; a step-up replaces it. */
  accessToken: string;
  /** Stories on their own page fill it; on a docs page they sit inline. */
  fullPage: boolean;
  /** The client's map of error codes; none unless the story is about mapping them. */
  errorCodeKinds: Readonly<Record<string, MfaErrorKind>> | undefined;
  children: ReactNode;
}

/**
 * What an app puts around the kit, fresh for each story: a QueryClient with retries off (a story
 * shows the first failure, as a test expects it), an MFA client on the story's mock backend (with no
 * error-code map unless the story asks, as a new app has none), the texts of the chosen locale, and a root that
 * carries the theme (`data-theme`) and the writing direction.
 */
export function KitProviders({
  theme,
  messages,
  accessToken,
  fullPage,
  errorCodeKinds,
  children,
}: KitProvidersProps) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
      }),
  );
  // The app's session: the token the client sends, replaced by a step-up's new one.
  const [session] = useState(() => {
    let token = accessToken;
    return {
      token: () => token,
      store: (auth: AuthResponse) => {
        token = auth.accessToken ?? '';
      },
    };
  });
  const [client] = useState(() =>
    createMfaClient({ baseUrl: MOCK_BASE_URL, errorCodeKinds, getAccessToken: session.token }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <MfaProvider client={client} onStepUp={session.store}>
        <MfaMessagesProvider messages={messages}>
          <div
            className="sb-kit-root"
            data-theme={theme}
            data-full-page={fullPage || undefined}
            dir={messages.dir}
            lang={messages.locale}
          >
            {children}
          </div>
        </MfaMessagesProvider>
      </MfaProvider>
    </QueryClientProvider>
  );
}
