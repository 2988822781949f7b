import { useRemovePhone } from '@mfa-kit/react';
import { errorMessage } from '../messages/error-message.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { CodeForm } from '../code-form/code-form.js';
import type { SettingsPanelBaseProps } from './panel-props.js';

/** Props of {@link RemovePhonePanel}. */
export interface RemovePhonePanelProps extends SettingsPanelBaseProps {
  deviceId: string;
  /** The phone in a sentence ("Text message •••• 0123"), its number a left-to-right run. */
  label: string;
}

/**
 * Removing a phone while another method stays: one press, one request, no texted code (as Frontegg's SDK does
 * when the user has another MFA device). A failure says why; pressing again is the way forward.
 */
export function RemovePhonePanel({
  deviceId,
  label,
  headingLevel,
  onDone,
  cancelButton,
}: RemovePhonePanelProps) {
  const messages = useMfaMessages();
  const texts = messages.settings;
  const remove = useRemovePhone({ deviceId, onDone });

  return (
    <CodeForm
      view={{ stage: 'code', busy: remove.isPending, status: texts.removePhoneIntro }}
      step={remove.isPending ? 'verifying' : 'ready'}
      title={texts.removePhoneTitle(label)}
      headingLevel={headingLevel}
      onSubmit={(event) => {
        event.preventDefault();
        remove.remove();
      }}
    >
      {remove.error && (
        <p role="alert" className="mfa-alert" data-variant="error">
          {errorMessage(messages, remove.error.kind)}
        </p>
      )}
      <div className="mfa-actions">
        <button
          type="submit"
          className="mfa-button"
          data-variant="danger"
          aria-disabled={remove.isPending || undefined}
          data-pending={remove.isPending || undefined}
        >
          {remove.isPending ? texts.removing : texts.removePhone}
        </button>
        {cancelButton}
      </div>
    </CodeForm>
  );
}
