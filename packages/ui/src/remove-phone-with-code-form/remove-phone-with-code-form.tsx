import { useRemovePhoneWithCode } from '@mfa-kit/react';
import type { MfaFlowOptions } from '@mfa-kit/react';
import { useEffect, useId, useRef } from 'react';
import { CodeFields } from '../code-form/code-fields.js';
import { CodeForm } from '../code-form/code-form.js';
import { FlowAlertBox, alertKey } from '../code-form/flow-alert-box.js';
import { useCodeForm } from '../code-form/use-code-form.js';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { MfaMessagesProvider, useMfaMessages } from '../messages/messages-context.js';
import { phoneInText } from '../mask/in-text.js';

/** Props of {@link RemovePhoneWithCodeForm}. The flow's timing options go to `useRemovePhoneWithCode`. */
export interface RemovePhoneWithCodeFormProps extends MfaFlowOptions {
  /** The phone to remove (`MfaPhoneDevice.id`). */
  deviceId: string;
  /** Its number, as the devices list gives it; shown masked (`•••• 4567`). */
  phoneNumber: string;
  /** Called once the phone is removed (the devices list is already refreshed). */
  onDone?: (() => void) | undefined;
  /** Called when the user gives up, at any step before the phone is removed. */
  onCancel?: (() => void) | undefined;
  /** Digits in a code. Default 6. */
  length?: number | undefined;
  /** Level of the form's heading. Default 2. */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Texts to replace, or a whole locale (`heMessages`). */
  messages?: MfaMessagesOverride | undefined;
  /** Class of the `<form>`, after `mfa-card mfa-form`. */
  className?: string | undefined;
}

/**
 * Removes a phone from account settings with a code texted to it: confirm, a code texted to that
 * phone, the code, done. Same failures and ways forward as the login step; Cancel at every step
 * before the phone is removed. Focus starts on the confirm button. `data-step`: `idle`,
 * `sending`, `code-sent`, `verifying`, `failed` or `verified`.
 *
 * @example
 * <RemovePhoneWithCodeForm deviceId={phone.id} phoneNumber={phone.phoneNumber}
 *   onDone={close} onCancel={close} />
 */
export function RemovePhoneWithCodeForm({ messages, ...props }: RemovePhoneWithCodeFormProps) {
  return (
    <MfaMessagesProvider messages={messages}>
      <RemovePhoneWithCodeFormBody {...props} />
    </MfaMessagesProvider>
  );
}

// Rendered inside the instance's provider, so that its hooks and parts read the instance's texts.
function RemovePhoneWithCodeFormBody({
  deviceId,
  phoneNumber,
  onDone,
  onCancel,
  length = 6,
  headingLevel = 2,
  className,
  ...flowOptions
}: Omit<RemovePhoneWithCodeFormProps, 'messages'>) {
  const messages = useMfaMessages();
  const removal = useRemovePhoneWithCode({ ...flowOptions, deviceId, onDone });
  const texts = messages.removePhoneWithCode;
  const phone = phoneInText(removal.phoneNumber ?? phoneNumber);
  const { view, formProps, fieldsProps } = useCodeForm(removal, {
    done: removal.step === 'verified',
    texts: {
      beforeCode: texts.intro(phone),
      start: texts.sendCode,
      sent: texts.sentTo(phone),
      done: texts.done(phone),
      submit: texts.confirm,
      submitting: texts.removing,
    },
    length,
  });
  const alertId = useId();
  const startRef = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    removal.reset();
    onCancel?.();
  };

  useEffect(() => {
    startRef.current?.focus();
  }, []);

  const cancelButton = (
    <button type="button" className="mfa-button" data-variant="secondary" onClick={cancel}>
      {messages.cancel}
    </button>
  );

  return (
    <CodeForm {...formProps} title={texts.title} headingLevel={headingLevel} className={className}>
      {view.stage === 'code' ? (
        <CodeFields {...fieldsProps} secondaryAction={cancelButton} />
      ) : view.stage === 'start' ? (
        <>
          {/* Before any code: the confirm step, whose failures its own button retries. */}
          {view.alert && (
            <FlowAlertBox
              key={alertKey(view.alert, removal.error)}
              alert={view.alert}
              id={alertId}
            />
          )}
          <div className="mfa-actions">
            <button
              ref={startRef}
              type="button"
              className="mfa-button"
              aria-disabled={view.start.blocked || undefined}
              data-pending={view.start.pending || undefined}
              onClick={removal.start}
            >
              {view.start.label}
            </button>
            {cancelButton}
          </div>
        </>
      ) : null}
    </CodeForm>
  );
}
