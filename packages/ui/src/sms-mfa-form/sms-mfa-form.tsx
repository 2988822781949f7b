import type { AuthResponse } from '@mfa-kit/core';
import { useSmsMfa } from '@mfa-kit/react';
import type { MfaFlowOptions } from '@mfa-kit/react';
import type { ReactNode } from 'react';
import { LoginCodeForm } from '../code-form/login-code-form.js';
import { phoneInText } from '../mask/in-text.js';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { MfaMessagesProvider, useMfaMessages } from '../messages/messages-context.js';

/** Props of {@link SmsMfaForm}. The flow's timing options go to `useSmsMfa`. */
export interface SmsMfaFormProps extends MfaFlowOptions {
  /** From the login answer (`AuthResponse.mfaToken`). */
  mfaToken: string;
  /** The phone to text: `MfaPhoneDevice.id` from the login answer. */
  deviceId: string;
  /** The phone's number as the login answer shows it; shown masked until the send says where the code went. */
  phoneNumber?: string | undefined;
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
 * The SMS step of a login, ready to drop in: texts the code on mount, shows the masked number, fills the code
 * from the SMS where the browser can (WebOTP, `navigator.credentials.get({ otp })`), resends after the cooldown,
 * and offers "don't ask again on this device" when the tenant allows it.
 *
 * @example
 * <SmsMfaForm mfaToken={login.mfaToken} deviceId={phone.id} phoneNumber={phone.phoneNumber}
 *   onVerified={(auth) => session.start(auth)} onRestart={() => navigate('/sign-in')} />
 */
export function SmsMfaForm({
  mfaToken,
  deviceId,
  phoneNumber,
  onVerified,
  onRestart,
  length = 6,
  messages: override,
  headingLevel,
  className,
  children,
  ...flowOptions
}: SmsMfaFormProps) {
  const messages = useMfaMessages(override);
  const sms = useSmsMfa({ ...flowOptions, mfaToken, deviceId, onVerified });
  const phone = sms.phoneNumber ?? phoneNumber;
  return (
    <MfaMessagesProvider messages={override}>
      <LoginCodeForm
        factor={sms}
        title={messages.sms.title}
        sent={phone ? messages.sms.sentTo(phoneInText(phone)) : messages.sms.sent}
        length={length}
        webOtp
        onRestart={onRestart}
        headingLevel={headingLevel}
        className={className}
      >
        {children}
      </LoginCodeForm>
    </MfaMessagesProvider>
  );
}
