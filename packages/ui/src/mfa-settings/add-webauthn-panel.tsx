import { useAddWebAuthn } from '@mfa-kit/react';
import { useId } from 'react';
import { CodeForm } from '../code-form/code-form.js';
import { FlowAlertBox, alertKey } from '../code-form/flow-alert-box.js';
import { errorMessage } from '../messages/error-message.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { webAuthnAlert } from '../webauthn-mfa-form/webauthn-alert.js';
import type { SettingsPanelBaseProps } from './panel-props.js';

/** Props of {@link AddWebAuthnPanel}. */
export interface AddWebAuthnPanelProps extends SettingsPanelBaseProps {
  kind: 'passkey' | 'security-key';
}

/** Adding a passkey (`Platform`) or a security key (`CrossPlatform`): one press, the browser's prompt. */
export function AddWebAuthnPanel({
  kind,
  flowOptions,
  messages: override,
  headingLevel,
  onDone,
  cancelButton,
}: AddWebAuthnPanelProps) {
  const messages = useMfaMessages(override);
  const texts = messages.settings;
  const add = useAddWebAuthn({ ...flowOptions, onDone });
  const passkey = kind === 'passkey';
  const prompting = add.step === 'verifying' || add.step === 'sending';
  const alert = webAuthnAlert(add, messages, errorMessage(messages, 'unauthorized'));
  const alertId = useId();
  const press = () => add.add({ deviceType: passkey ? 'Platform' : 'CrossPlatform' });

  return (
    <CodeForm
      view={{
        stage: 'code',
        busy: add.isPending,
        status: prompting
          ? messages.webauthn.waiting
          : passkey
            ? texts.passkeyIntro
            : texts.securityKeyIntro,
      }}
      step={add.step}
      title={passkey ? texts.passkeyTitle : texts.securityKeyTitle}
      headingLevel={headingLevel}
      messages={messages}
      onSubmit={(event) => {
        event.preventDefault();
        press();
      }}
    >
      {alert && (
        <FlowAlertBox
          key={alertKey(alert, add.error)}
          alert={alert}
          id={alertId}
          actionLabel={alert.action === 'retry' ? messages.tryAgain : undefined}
          onAction={alert.action === 'retry' ? press : undefined}
        />
      )}
      <div className="mfa-actions">
        <button
          type="submit"
          className="mfa-button"
          aria-disabled={prompting || !!alert?.blocked || undefined}
          data-pending={prompting || undefined}
        >
          {passkey ? texts.createPasskey : texts.registerSecurityKey}
        </button>
        {cancelButton}
      </div>
    </CodeForm>
  );
}
