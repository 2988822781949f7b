import { useEnrollAuthenticator } from '@mfa-kit/react';
import { useMemo } from 'react';
import { LoginCodeForm } from '../code-form/login-code-form.js';
import { QrSetup } from '../factor-setup/qr-setup.js';
import { useMfaMessages } from '../messages/messages-context.js';
import type { EnrollFormProps } from './enroll-form-props.js';
import { setupCodeMessages } from './setup-code-messages.js';

const LENGTH = 6;

/** Adding an authenticator app at login: the QR code (or its setup key), then the first code the app shows. */
export function EnrollAuthenticatorForm({
  mfaToken,
  onVerified,
  onRestart,
  messages: override,
  headingLevel,
  className,
  children,
  ...flowOptions
}: EnrollFormProps) {
  const base = useMfaMessages(override);
  // The code is in the user's app, and nothing is sent: fetching the QR code is what the status waits for.
  const messages = useMemo(
    () => ({
      ...setupCodeMessages(base, LENGTH),
      sendingCode: base.enroll.qrLoading,
      codeRequired: base.authenticator.codeRequired,
      codeAlreadyTried: base.authenticator.codeAlreadyTried,
      errors: { ...base.errors, 'invalid-code': base.authenticator.wrongCode },
    }),
    [base],
  );
  const authenticator = useEnrollAuthenticator({ ...flowOptions, mfaToken, onVerified });
  const { qrCode } = authenticator;
  return (
    <LoginCodeForm
      factor={authenticator}
      title={messages.enroll.authenticatorTitle}
      sent={messages.enroll.qrStatus}
      messages={messages}
      override={override}
      length={LENGTH}
      resendable={false}
      onRestart={onRestart}
      headingLevel={headingLevel}
      className={className}
      intro={qrCode && <QrSetup qrCode={qrCode} messages={override} />}
    >
      <div className="mfa-methods">{children}</div>
    </LoginCodeForm>
  );
}
