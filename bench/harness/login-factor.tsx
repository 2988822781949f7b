// One factor's form of the login step, in the providers the email step uses, for counting its requests.
import { RecoveryCodeForm, SmsMfaForm, AuthenticatorMfaForm, WebAuthnMfaForm } from '@mfa-kit/ui';
import { BenchProviders } from './bench-providers.js';

/** Which form to show, with what it needs from the login. */
export type LoginFactorProps = { origin: string } & (
  | { form: 'authenticator'; mfaToken: string }
  | { form: 'sms'; mfaToken: string; deviceId: string; phoneNumber: string }
  | { form: 'webauthn'; mfaToken: string; deviceId: string; name: string }
  | { form: 'recovery'; email: string }
);

/** Query client, our client, provider and the factor's drop-in form. */
export function LoginFactor(props: LoginFactorProps) {
  return (
    <BenchProviders origin={props.origin}>
      <FactorForm {...props} />
    </BenchProviders>
  );
}

function FactorForm(props: LoginFactorProps) {
  switch (props.form) {
    case 'authenticator':
      return <AuthenticatorMfaForm mfaToken={props.mfaToken} />;
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
