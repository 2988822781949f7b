import type { AuthResponse } from '@mfa-kit/core';
import { useWebAuthnMfa } from '@mfa-kit/react';
import type { MfaFlowOptions } from '@mfa-kit/react';
import type { ReactNode } from 'react';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { MfaMessagesProvider, useMfaMessages } from '../messages/messages-context.js';
import { useRememberChoice } from '../webauthn-prompt/use-remember-choice.js';
import { WebAuthnPrompt } from '../webauthn-prompt/webauthn-prompt.js';

/** Props of {@link WebAuthnMfaForm}. */
export interface WebAuthnMfaFormProps extends MfaFlowOptions {
  /** From the login answer (`AuthResponse.mfaToken`). */
  mfaToken: string;
  /** `MfaWebAuthnDevice.id` from the login answer. */
  deviceId: string;
  /** The name the user gave the key (`MfaWebAuthnDevice.name`). */
  name: string;
  /** A passkey on this device (`deviceType` `Platform`) or a security key. Default `passkey`. */
  kind?: 'passkey' | 'security-key' | undefined;
  onVerified?: ((auth: AuthResponse) => void) | undefined;
  /** The login is no longer accepted: go back to the password step. */
  onRestart?: (() => void) | undefined;
  messages?: MfaMessagesOverride | undefined;
  headingLevel?: 1 | 2 | 3 | 4 | undefined;
  className?: string | undefined;
  children?: ReactNode;
}

/**
 * A passkey or security key at login, ready to drop in: one button that opens the browser's prompt (the
 * challenge is fetched when the form shows, so the prompt follows the press at once), "don't ask again on this
 * device" when the tenant allows it, and each failure (prompt closed or timed out, no key here, no WebAuthn in
 * this browser, an insecure page, an answer refused) with its way forward.
 *
 * @example
 * <WebAuthnMfaForm mfaToken={login.mfaToken} deviceId={key.id} name={key.name}
 *   onVerified={(auth) => session.start(auth)} />
 */
export function WebAuthnMfaForm({
  mfaToken,
  deviceId,
  name,
  kind = 'passkey',
  onVerified,
  onRestart,
  messages: override,
  headingLevel,
  className,
  children,
  ...flowOptions
}: WebAuthnMfaFormProps) {
  const messages = useMfaMessages(override);
  const texts = messages.webauthn;
  const key = useWebAuthnMfa({ ...flowOptions, mfaToken, deviceId, onVerified });
  const remember = useRememberChoice(key.rememberDevice);
  const passkey = kind === 'passkey';

  return (
    <MfaMessagesProvider messages={override}>
      <WebAuthnPrompt
        flow={key}
        // The challenge is fetched when the form shows: only the open prompt (or its check) is waited on.
        prompting={key.step === 'verifying'}
        done={key.step === 'verified'}
        title={passkey ? texts.passkeyTitle : texts.securityKeyTitle}
        intro={passkey ? texts.passkeyIntro(name) : texts.securityKeyIntro(name)}
        buttonLabel={passkey ? texts.usePasskey : texts.useSecurityKey}
        onPress={() => key.authenticate({ rememberDevice: remember.rememberDevice })}
        signInExpired={messages.signInExpired}
        refused={texts.refused}
        onRestart={onRestart}
        focusOnShow
        options={remember.checkbox}
        headingLevel={headingLevel}
        className={className}
      >
        {children}
      </WebAuthnPrompt>
    </MfaMessagesProvider>
  );
}
