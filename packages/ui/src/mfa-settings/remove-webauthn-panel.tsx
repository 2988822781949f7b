import { useRemoveWebAuthn } from '@mfa-kit/react';
import { useId } from 'react';
import { CodeForm } from '../code-form/code-form.js';
import { FlowAlertBox, alertKey } from '../code-form/flow-alert-box.js';
import { errorMessage } from '../messages/error-message.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { webAuthnAlert } from '../webauthn-mfa-form/webauthn-alert.js';
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
  messages: override,
  headingLevel,
  onDone,
  cancelButton,
}: RemoveWebAuthnPanelProps) {
  const messages = useMfaMessages(override);
  const texts = messages.settings;
  const remove = useRemoveWebAuthn({ ...flowOptions, deviceId, onDone });
  const prompting = remove.step === 'verifying' || remove.step === 'sending';
  const alert = webAuthnAlert(remove, messages, errorMessage(messages, 'unauthorized'));
  const alertId = useId();

  return (
    <CodeForm
      view={{
        stage: 'code',
        busy: remove.isPending,
        status: prompting ? messages.webauthn.waiting : texts.removeKeyIntro,
      }}
      step={remove.step}
      title={texts.removeKeyTitle(label)}
      headingLevel={headingLevel}
      messages={messages}
      onSubmit={(event) => {
        event.preventDefault();
        remove.remove();
      }}
    >
      {alert && (
        <FlowAlertBox
          key={alertKey(alert, remove.error)}
          alert={alert}
          id={alertId}
          actionLabel={alert.action === 'retry' ? messages.tryAgain : undefined}
          onAction={alert.action === 'retry' ? remove.remove : undefined}
        />
      )}
      <div className="mfa-actions">
        <button
          type="submit"
          className="mfa-button"
          data-variant="danger"
          aria-disabled={prompting || !!alert?.blocked || undefined}
          data-pending={prompting || undefined}
        >
          {texts.removeKey}
        </button>
        {cancelButton}
      </div>
    </CodeForm>
  );
}
