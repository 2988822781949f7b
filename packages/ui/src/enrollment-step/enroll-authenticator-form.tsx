import { useEnrollAuthenticator } from '@mfa-kit/react';
import { LoginCodeForm } from '../code-form/login-code-form.js';
import { QrSetup } from '../factor-setup/qr-setup.js';
import { useMfaMessages } from '../messages/messages-context.js';
import type { EnrollFormProps } from './enroll-form-props.js';

const LENGTH = 6;

/** Adding an authenticator app at login: the QR code (or its setup key), then the first code the app shows. */
export function EnrollAuthenticatorForm({
  mfaToken,
  onVerified,
  onRestart,
  headingLevel,
  className,
  children,
  ...flowOptions
}: EnrollFormProps) {
  const messages = useMfaMessages();
  const authenticator = useEnrollAuthenticator({ ...flowOptions, mfaToken, onVerified });
  const { qrCode } = authenticator;
  return (
    <LoginCodeForm
      factor={authenticator}
      title={messages.enroll.authenticatorTitle}
      sent={messages.enroll.qrStatus}
      // The code is in the user's app, and nothing is sent: fetching the QR code is what the status waits for.
      // The set-up is open for a day: the field's hint says what to type rather than counting a day down.
      texts={{
        sending: messages.enroll.qrLoading,
        codeRequired: messages.authenticator.codeRequired,
        codeAlreadyTried: messages.authenticator.codeAlreadyTried,
        wrongCode: messages.authenticator.wrongCode,
        showsExpiry: false,
      }}
      length={LENGTH}
      resendable={false}
      onRestart={onRestart}
      headingLevel={headingLevel}
      className={className}
      intro={qrCode && <QrSetup qrCode={qrCode} />}
    >
      <div className="mfa-methods">{children}</div>
    </LoginCodeForm>
  );
}
