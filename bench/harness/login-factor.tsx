// One factor's form of the login step, in the providers the email step uses, for counting its requests.
import { createMfaClient } from '@mfa-kit/core';
import { MfaProvider } from '@mfa-kit/react';
import { RecoveryCodeForm, SmsMfaForm, TotpMfaForm, WebAuthnMfaForm } from '@mfa-kit/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';

/** Which form to show, with what it needs from the login. */
export type LoginFactorProps = { origin: string } & (
  | { form: 'totp'; mfaToken: string }
  | { form: 'sms'; mfaToken: string; deviceId: string; phoneNumber: string }
  | { form: 'webauthn'; mfaToken: string; deviceId: string; name: string }
  | { form: 'recovery'; email: string }
);

/** Query client, our client, provider and the factor's drop-in form. */
export function LoginFactor(props: LoginFactorProps) {
  const [queryClient] = useState(() => new QueryClient());
  const [client] = useState(() => createMfaClient({ baseUrl: `${props.origin}/identity` }));
  return (
    <QueryClientProvider client={queryClient}>
      <MfaProvider client={client}>
        <FactorForm {...props} />
      </MfaProvider>
    </QueryClientProvider>
  );
}

function FactorForm(props: LoginFactorProps) {
  switch (props.form) {
    case 'totp':
      return <TotpMfaForm mfaToken={props.mfaToken} />;
    case 'sms':
      return (
        <SmsMfaForm
          mfaToken={props.mfaToken}
          deviceId={props.deviceId}
          phoneNumber={props.phoneNumber}
        />
      );
    case 'webauthn':
      return (
        <WebAuthnMfaForm
          mfaToken={props.mfaToken}
          deviceId={props.deviceId}
          name={props.name}
          kind="passkey"
        />
      );
    case 'recovery':
      return <RecoveryCodeForm email={props.email} />;
  }
}
