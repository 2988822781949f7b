import type { AuthResponse } from '@mfa-kit/core';
import { useAuthenticatorMfa } from '@mfa-kit/react';
import type { MfaFlowOptions } from '@mfa-kit/react';
import type { ReactNode } from 'react';
import { LoginCodeForm } from '../code-form/login-code-form.js';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { MfaMessagesProvider, useMfaMessages } from '../messages/messages-context.js';

/** Props of {@link AuthenticatorMfaForm}. */
export interface AuthenticatorMfaFormProps extends MfaFlowOptions {
  /** From the login answer (`AuthResponse.mfaToken`). */
  mfaToken: string;
  onVerified?: ((auth: AuthResponse) => void) | undefined;
  /** The login is no longer accepted: go back to the password step. */
  onRestart?: (() => void) | undefined;
  /** Digits in a code. Default 6. */
  length?: number | undefined;
  messages?: MfaMessagesOverride | undefined;
  headingLevel?: 1 | 2 | 3 | 4 | undefined;
  className?: string | undefined;
  children?: ReactNode;
}

/**
 * The authenticator-app step of a login, ready to drop in: the same code field as the sent codes, with nothing
 * sent and no resend (the app shows a new code every 30 seconds), and "don't ask again on this device" when the
 * tenant allows it.
 *
 * @example
 * <AuthenticatorMfaForm mfaToken={login.mfaToken} onVerified={(auth) => session.start(auth)} />
 */
export function AuthenticatorMfaForm({
  mfaToken,
  onVerified,
  onRestart,
  length = 6,
  messages: override,
  headingLevel,
  className,
  children,
  ...flowOptions
}: AuthenticatorMfaFormProps) {
  const messages = useMfaMessages(override);
  const texts = messages.authenticator;
  const app = useAuthenticatorMfa({ ...flowOptions, mfaToken, onVerified });
  return (
    <MfaMessagesProvider messages={override}>
      <LoginCodeForm
        factor={app}
        title={texts.title}
        sent={texts.status}
        // The shared texts speak of a code we sent; this one is in the user's app.
        texts={{
          codeRequired: texts.codeRequired,
          codeAlreadyTried: texts.codeAlreadyTried,
          wrongCode: texts.wrongCode,
        }}
        length={length}
        resendable={false}
        onRestart={onRestart}
        headingLevel={headingLevel}
        className={className}
      >
        {children}
      </LoginCodeForm>
    </MfaMessagesProvider>
  );
}
