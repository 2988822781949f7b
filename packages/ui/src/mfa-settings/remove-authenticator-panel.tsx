import { recoveryCodeSchema, useRemoveAuthenticator } from '@mfa-kit/react';
import { useState } from 'react';
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
  headingLevel,
  onDone,
  cancelButton,
}: RemoveAuthenticatorPanelProps) {
  const messages = useMfaMessages();
  const texts = messages.settings;
  const remove = useRemoveAuthenticator({ ...flowOptions, deviceId, onDone });
  // Either kind of code: a 6-digit code is letters-and-digits too.
  const [schema] = useState(recoveryCodeSchema);
  const { view, formProps, fieldsProps } = useCodeForm(remove, {
    done: remove.step === 'verified',
    texts: {
      beforeCode: texts.removeAppIntro,
      sent: texts.removeAppIntro,
      done: texts.removed(texts.authenticator),
      submit: texts.removeApp,
      submitting: texts.removing,
      codeRequired: texts.codeOrRecoveryRequired,
      codeIncomplete: texts.codeOrRecoveryRequired,
      codeAlreadyTried: messages.authenticator.codeAlreadyTried,
      wrongCode: texts.wrongCodeOrRecovery,
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
