import { useAddWebAuthn } from '@mfa-kit/react';
import { errorMessage } from '../messages/error-message.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { WebAuthnPrompt } from '../webauthn-prompt/webauthn-prompt.js';
import type { SettingsPanelBaseProps } from './panel-props.js';
import { addedRecoveryCode, finishUnlessRecoveryCode } from './added-recovery-code.js';

/** Props of {@link AddWebAuthnPanel}. */
export interface AddWebAuthnPanelProps extends SettingsPanelBaseProps {
  kind: 'passkey' | 'security-key';
}

/**
 * Adding a passkey (`Platform`) or a security key (`CrossPlatform`): one press, the browser's prompt; then the
 * recovery code shown once when the answer carries one.
 */
export function AddWebAuthnPanel({
  kind,
  flowOptions,
  headingLevel,
  onDone,
  cancelButton,
}: AddWebAuthnPanelProps) {
  const messages = useMfaMessages();
  const texts = messages.settings;
  const add = useAddWebAuthn({ ...flowOptions, onDone: finishUnlessRecoveryCode(onDone) });
  const passkey = kind === 'passkey';

  const notice = addedRecoveryCode(add, { headingLevel, onDone });
  if (notice) return notice;
  return (
    <WebAuthnPrompt
      flow={add}
      prompting={add.step === 'verifying' || add.step === 'sending'}
      title={passkey ? texts.passkeyTitle : texts.securityKeyTitle}
      intro={passkey ? texts.passkeyIntro : texts.securityKeyIntro}
      buttonLabel={passkey ? texts.createPasskey : texts.registerSecurityKey}
      onPress={() => add.add({ deviceType: passkey ? 'Platform' : 'CrossPlatform' })}
      signInExpired={errorMessage(messages, 'unauthorized')}
      secondaryAction={cancelButton}
      headingLevel={headingLevel}
    />
  );
}
