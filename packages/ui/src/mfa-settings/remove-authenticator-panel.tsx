import { recoveryCodeSchema, useRemoveAuthenticator } from '@mfa-kit/react';
import { useId, useMemo, useState } from 'react';
import { CodeForm } from '../code-form/code-form.js';
import { FlowAlertBox, alertKey } from '../code-form/flow-alert-box.js';
import { useCodeForm } from '../code-form/use-code-form.js';
import { useMfaMessages } from '../messages/messages-context.js';
import type { SettingsPanelBaseProps } from './panel-props.js';

/** Props of {@link RemoveAuthenticatorPanel}. */
export interface RemoveAuthenticatorPanelProps extends SettingsPanelBaseProps {
  deviceId: string;
}

/**
 * Removing an authenticator app, confirmed with one text field that takes either the code the app shows now
 * or a recovery code (letters and digits, any grouping); a refused code is not sent again.
 */
export function RemoveAuthenticatorPanel({
  deviceId,
  flowOptions,
  messages: override,
  headingLevel,
  onDone,
  cancelButton,
}: RemoveAuthenticatorPanelProps) {
  const base = useMfaMessages(override);
  const texts = base.settings;
  const messages = useMemo(
    () => ({
      ...base,
      codeRequired: texts.codeOrRecoveryRequired,
      codeIncomplete: () => texts.codeOrRecoveryRequired,
      codeAlreadyTried: base.totp.codeAlreadyTried,
      errors: { ...base.errors, 'invalid-code': texts.wrongCodeOrRecovery },
    }),
    [base, texts],
  );
  const remove = useRemoveAuthenticator({ ...flowOptions, deviceId, onDone });
  // Either kind of code: a 6-digit code is letters-and-digits too.
  const [schema] = useState(recoveryCodeSchema);
  const { form, view, formProps, fieldsProps } = useCodeForm(remove, {
    done: remove.step === 'verified',
    messages,
    override,
    texts: {
      beforeCode: texts.removeAppIntro,
      sent: texts.removeAppIntro,
      done: texts.removed(texts.authenticator),
      submit: texts.removeApp,
      submitting: texts.removing,
    },
    length: 0,
    schema,
    resendable: false,
  });
  const fieldId = useId();
  const { alert } = view;

  return (
    <CodeForm {...formProps} title={texts.removeAppTitle} headingLevel={headingLevel}>
      {view.stage === 'code' && (
        <>
          <div className="mfa-field">
            <label className="mfa-label" htmlFor={fieldId}>
              {texts.codeOrRecoveryLabel}
            </label>
            <input
              {...form.register('code')}
              id={fieldId}
              className="mfa-text-input"
              type="text"
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellCheck={false}
              dir="ltr"
              aria-invalid={view.code.invalid || undefined}
              readOnly={view.code.readOnly}
              aria-describedby={alert ? `${fieldId}-alert ${fieldId}-hint` : `${fieldId}-hint`}
            />
            <p className="mfa-hint" id={`${fieldId}-hint`}>
              {texts.codeOrRecoveryHint}
            </p>
          </div>
          {alert && (
            <FlowAlertBox
              key={alertKey(alert, remove.error)}
              alert={alert}
              id={`${fieldId}-alert`}
              actionLabel={alert.action === 'retry' ? messages.tryAgain : undefined}
              onAction={alert.action === 'retry' ? fieldsProps.onRetry : undefined}
            />
          )}
          <div className="mfa-actions">
            <button
              type="submit"
              className="mfa-button"
              data-variant="danger"
              aria-disabled={view.submit.blocked || undefined}
              data-pending={view.submit.pending || undefined}
            >
              {view.submit.label}
            </button>
            {cancelButton}
          </div>
        </>
      )}
    </CodeForm>
  );
}
