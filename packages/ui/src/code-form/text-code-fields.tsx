import { useId } from 'react';
import { useMfaMessages } from '../messages/messages-context.js';
import type { CodeFieldsProps } from './code-fields.js';
import { FlowAlertBox, alertKey, retryOrRestart } from './flow-alert-box.js';

/** Props of {@link TextCodeFields}. */
export interface TextCodeFieldsProps extends Pick<
  CodeFieldsProps,
  'view' | 'error' | 'onRetry' | 'form' | 'onRestart' | 'secondaryAction'
> {
  /** The field's label. */
  label: string;
  /** Under the field: what it takes. */
  hint: string;
  /** `off` for a code from a saved sheet; `one-time-code` where an app's code may be autofilled. */
  autoComplete: 'off' | 'one-time-code';
  /** The submit button removes something. */
  danger?: boolean | undefined;
}

/**
 * The code part of a form whose code is typed as text, not in the 6-slot `CodeInput` (a recovery code, or
 * either an app's code or a recovery code): the labelled field with its hint, the alert with its way
 * forward, and the submit button, as the view says.
 */
export function TextCodeFields({
  view,
  error,
  onRetry,
  form,
  onRestart,
  secondaryAction,
  label,
  hint,
  autoComplete,
  danger,
}: TextCodeFieldsProps) {
  const messages = useMfaMessages();
  const fieldId = useId();
  const hintId = `${fieldId}-hint`;
  const alertId = `${fieldId}-alert`;
  const { alert, code, submit } = view;

  return (
    <>
      <div className="mfa-field" data-invalid={code.invalid || undefined}>
        <label className="mfa-label" htmlFor={fieldId}>
          {label}
        </label>
        <input
          {...form.register('code')}
          id={fieldId}
          className="mfa-text-input"
          type="text"
          autoComplete={autoComplete}
          autoCapitalize="characters"
          spellCheck={false}
          translate="no"
          dir="ltr"
          aria-invalid={code.invalid || undefined}
          readOnly={code.readOnly}
          aria-describedby={alert ? `${alertId} ${hintId}` : hintId}
        />
        <p className="mfa-hint" id={hintId}>
          {hint}
        </p>
      </div>
      {alert && (
        <FlowAlertBox
          key={alertKey(alert, error)}
          alert={alert}
          id={alertId}
          {...retryOrRestart(alert, messages, onRetry, onRestart)}
        />
      )}
      <div className="mfa-actions">
        <button
          type="submit"
          className="mfa-button"
          data-variant={danger ? 'danger' : undefined}
          aria-disabled={submit.blocked || undefined}
          data-pending={submit.pending || undefined}
        >
          {submit.label}
        </button>
        {secondaryAction}
      </div>
    </>
  );
}
