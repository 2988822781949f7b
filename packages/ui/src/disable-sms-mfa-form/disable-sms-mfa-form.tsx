import { useDisableSmsMfa, useMfaCodeForm } from '@mfa-kit/react';
import type { MfaCodeFlowOptions } from '@mfa-kit/react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { CodeFields } from '../email-mfa-form/code-fields.js';
import { FlowAlertBox, alertKey } from '../email-mfa-form/flow-alert-box.js';
import { flowAlert } from '../email-mfa-form/flow-alert.js';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { phoneInText } from './phone-in-text.js';

/** Props of {@link DisableSmsMfaForm}. The flow's timing options go to `useDisableSmsMfa`. */
export interface DisableSmsMfaFormProps extends MfaCodeFlowOptions {
  /** The SMS device to turn off (`MfaPhoneDevice.id`). */
  deviceId: string;
  /** Its number, as the devices list gives it; shown masked (`•••• 4567`). */
  phoneNumber: string;
  /** Called once the device is off (the devices list is already refreshed). */
  onDisabled?: (() => void) | undefined;
  /** Called when the user gives up, at any step before the device is off. */
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
 * Turns off text-message codes for one phone, from account settings: confirm, a code texted to
 * that phone, the code, done. Same failures and ways forward as the login step; Cancel at every
 * step before the device is off. Focus starts on the confirm button. `data-step`: `idle`,
 * `sending`, `code-sent`, `verifying`, `failed` or `disabled`.
 *
 * @example
 * <DisableSmsMfaForm deviceId={phone.id} phoneNumber={phone.phoneNumber}
 *   onDisabled={close} onCancel={close} />
 */
export function DisableSmsMfaForm({
  deviceId,
  phoneNumber,
  onDisabled,
  onCancel,
  length = 6,
  headingLevel = 2,
  messages: override,
  className,
  ...flowOptions
}: DisableSmsMfaFormProps) {
  const messages = useMfaMessages(override);
  const disable = useDisableSmsMfa({ ...flowOptions, deviceId, onDisabled });
  const { form, onSubmit } = useMfaCodeForm(disable, { length });
  const { start, resendCode, reset } = disable;
  const [resent, setResent] = useState(false);
  const onResend = useCallback(() => {
    const started = resendCode();
    if (started) setResent(true);
    return started;
  }, [resendCode]);
  const cancel = () => {
    reset();
    onCancel?.();
  };

  const titleId = useId();
  const startRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const Heading = `h${headingLevel}` as const;
  const phone = phoneInText(disable.phoneNumber ?? phoneNumber);
  const done = disable.step === 'disabled';
  const sending = disable.step === 'sending';
  const codeSent = disable.expiresInSeconds !== null;
  const status = done
    ? messages.disableSmsDone(phone)
    : sending
      ? codeSent
        ? messages.resendingCode
        : messages.sendingCode
      : !codeSent
        ? messages.disableSmsIntro(phone)
        : resent && disable.failedAction !== 'send'
          ? messages.codeResent
          : messages.disableSmsSentTo(phone);
  // Before any code: the confirm step, whose failures its own button retries.
  const confirmAlert = codeSent || done ? null : flowAlert(disable, messages);

  useEffect(() => {
    startRef.current?.focus();
  }, []);
  useEffect(() => {
    if (done) statusRef.current?.focus();
  }, [done]);

  const cancelButton = (
    <button type="button" className="mfa-button" data-variant="secondary" onClick={cancel}>
      {messages.cancel}
    </button>
  );

  return (
    <form
      className={className ? `mfa-card mfa-form ${className}` : 'mfa-card mfa-form'}
      lang={messages.locale}
      dir={messages.dir}
      aria-labelledby={titleId}
      aria-busy={disable.isPending || undefined}
      data-step={disable.step}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <Heading className="mfa-title" id={titleId}>
        {messages.disableSmsTitle}
      </Heading>
      <p
        ref={statusRef}
        role="status"
        className={done ? 'mfa-alert' : 'mfa-status'}
        data-variant={done ? 'success' : undefined}
        tabIndex={done ? -1 : undefined}
      >
        {status}
      </p>
      {done ? null : codeSent ? (
        <CodeFields
          flow={disable}
          form={form}
          onSubmit={onSubmit}
          onResend={onResend}
          length={length}
          messages={messages}
          override={override}
          submitLabel={messages.disableSmsConfirm}
          pendingLabel={messages.disableSmsDisabling}
          secondaryAction={cancelButton}
        />
      ) : (
        <>
          {confirmAlert && (
            <FlowAlertBox
              key={alertKey(confirmAlert, disable.error)}
              alert={confirmAlert}
              id={`${titleId}-alert`}
            />
          )}
          <div className="mfa-actions">
            <button
              ref={startRef}
              type="button"
              className="mfa-button"
              aria-disabled={sending || !!confirmAlert?.blocked || undefined}
              data-pending={sending || undefined}
              onClick={start}
            >
              {confirmAlert?.action === 'retry' ? messages.tryAgain : messages.disableSmsSendCode}
            </button>
            {cancelButton}
          </div>
        </>
      )}
    </form>
  );
}
