import { useRemoveWebAuthn } from '@mfa-kit/react';
import { errorMessage } from '../messages/error-message.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { WebAuthnPrompt } from '../webauthn-prompt/webauthn-prompt.js';
import type { SettingsPanelBaseProps } from './panel-props.js';

/** Props of {@link RemoveWebAuthnPanel}. */
export interface RemoveWebAuthnPanelProps extends SettingsPanelBaseProps {
  deviceId: string;
  /** The key in a sentence ("Passkey Pixel"). */
  label: string;
}

/** Removing a passkey or security key: one press, the key signs in the browser's prompt, and it is gone. */
export function RemoveWebAuthnPanel({
  deviceId,
  label,
  flowOptions,
  headingLevel,
  onDone,
  cancelButton,
}: RemoveWebAuthnPanelProps) {
  const messages = useMfaMessages();
  const texts = messages.settings;
  const remove = useRemoveWebAuthn({ ...flowOptions, deviceId, onDone });

  return (
    <WebAuthnPrompt
      flow={remove}
      prompting={remove.step === 'verifying' || remove.step === 'sending'}
      title={texts.removeKeyTitle(label)}
      intro={texts.removeKeyIntro}
      buttonLabel={texts.removeKey}
      danger
      onPress={remove.remove}
      signInExpired={errorMessage(messages, 'unauthorized')}
      secondaryAction={cancelButton}
      headingLevel={headingLevel}
    />
  );
}
