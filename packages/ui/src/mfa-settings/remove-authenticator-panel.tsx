import { recoveryCodeSchema, useRemoveAuthenticator } from '@mfa-kit/react';
import { useMemo, useState } from 'react';
import { CodeForm } from '../code-form/code-form.js';
import { TextCodeFields } from '../code-form/text-code-fields.js';
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
      codeAlreadyTried: base.authenticator.codeAlreadyTried,
      errors: { ...base.errors, 'invalid-code': texts.wrongCodeOrRecovery },
    }),
    [base, texts],
  );
  const remove = useRemoveAuthenticator({ ...flowOptions, deviceId, onDone });
  // Either kind of code: a 6-digit code is letters-and-digits too.
  const [schema] = useState(recoveryCodeSchema);
  const { view, formProps, fieldsProps } = useCodeForm(remove, {
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
    // A recovery code typed from a saved sheet: a slip is corrected, not typed again (selected, a new code replaces it).
    keepRefusedCode: true,
  });

  return (
    <CodeForm {...formProps} title={texts.removeAppTitle} headingLevel={headingLevel}>
      {view.stage === 'code' && (
        <TextCodeFields
          {...fieldsProps}
          label={texts.codeOrRecoveryLabel}
          hint={texts.codeOrRecoveryHint}
          autoComplete="one-time-code"
          danger
          secondaryAction={cancelButton}
        />
      )}
    </CodeForm>
  );
}
