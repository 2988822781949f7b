import { useEnrollWebAuthn } from '@mfa-kit/react';
import { useMfaMessages } from '../messages/messages-context.js';
import { useRememberChoice } from '../webauthn-prompt/use-remember-choice.js';
import { WebAuthnPrompt } from '../webauthn-prompt/webauthn-prompt.js';
import type { EnrollFormProps } from './enroll-form-props.js';

/** Props of {@link EnrollWebAuthnForm}. */
export interface EnrollWebAuthnFormProps extends EnrollFormProps {
  /** `Platform`: a passkey on this device; `CrossPlatform`: a security key. */
  deviceType: 'Platform' | 'CrossPlatform';
}

/** Adding a passkey or security key at login: one button opens the browser's prompt and completes the sign-in. */
export function EnrollWebAuthnForm({
  mfaToken,
  deviceType,
  onVerified,
  onRestart,
  headingLevel,
  className,
  children,
  ...flowOptions
}: EnrollWebAuthnFormProps) {
  const messages = useMfaMessages();
  const texts = messages.enroll;
  const key = useEnrollWebAuthn({ ...flowOptions, mfaToken, onVerified });
  const remember = useRememberChoice(key.rememberDevice);
  const passkey = deviceType === 'Platform';

  return (
    <WebAuthnPrompt
      flow={key}
      prompting={key.step === 'verifying'}
      done={key.step === 'verified'}
      title={passkey ? texts.passkeyTitle : texts.securityKeyTitle}
      intro={passkey ? texts.passkeyIntro : texts.securityKeyIntro}
      buttonLabel={passkey ? texts.createPasskey : texts.addSecurityKey}
      focusOnShow
      onPress={() => key.enroll({ deviceType, rememberDevice: remember.rememberDevice })}
      signInExpired={messages.signInExpired}
      refused={messages.webauthn.refused}
      onRestart={onRestart}
      options={remember.checkbox}
      headingLevel={headingLevel}
      className={className}
    >
      <div className="mfa-methods">{children}</div>
    </WebAuthnPrompt>
  );
}
