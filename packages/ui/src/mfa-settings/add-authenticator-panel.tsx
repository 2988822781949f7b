import { useAddAuthenticator } from '@mfa-kit/react';
import { useEffect, useMemo } from 'react';
import { CodeFields } from '../code-form/code-fields.js';
import { CodeForm } from '../code-form/code-form.js';
import { useCodeForm } from '../code-form/use-code-form.js';
import { useMfaMessages } from '../messages/messages-context.js';
import type { SettingsPanelBaseProps } from './panel-props.js';
import { QrSetup } from '../factor-setup/qr-setup.js';
import { addedRecoveryCode, finishUnlessRecoveryCode } from './added-recovery-code.js';

/**
 * Adding an authenticator app: the QR code (fetched as the panel opens: the press on "Add authenticator app"),
 * the first code the app shows, then the recovery code shown once when the answer carries one; `onDone` once
 * the user saved it, or at once without one.
 */
export function AddAuthenticatorPanel({
  flowOptions,
  messages: override,
  headingLevel,
  onDone,
  cancelButton,
}: SettingsPanelBaseProps) {
  const base = useMfaMessages(override);
  const texts = base.settings;
  // The shared texts speak of a code we sent; this one is in the user's app, and a set-up does not run out.
  const messages = useMemo(
    () => ({
      ...base,
      codeExpiresIn: () => base.codeHint(6),
      codeRequired: base.authenticator.codeRequired,
      codeAlreadyTried: base.authenticator.codeAlreadyTried,
      errors: { ...base.errors, 'invalid-code': texts.wrongAppCode },
    }),
    [base, texts],
  );
  const add = useAddAuthenticator({ ...flowOptions, onDone: finishUnlessRecoveryCode(onDone) });
  const { start } = add;
  useEffect(() => {
    start();
  }, [start]);
  const done = add.step === 'verified';
  const { formProps, fieldsProps } = useCodeForm(add, {
    done,
    messages,
    override,
    texts: {
      beforeCode: texts.qrLoading,
      sent: texts.scanQr,
      done: texts.appAdded,
      submit: texts.addApp,
      submitting: texts.addingApp,
    },
    length: 6,
    resendable: false,
  });

  const notice = addedRecoveryCode(add, { headingLevel, messages: override, onDone });
  if (notice) return notice;
  return (
    <CodeForm {...formProps} title={texts.authenticatorTitle} headingLevel={headingLevel}>
      {!done && (
        <>
          {add.qrCode && <QrSetup qrCode={add.qrCode} messages={override} />}
          <CodeFields {...fieldsProps} secondaryAction={cancelButton} />
        </>
      )}
    </CodeForm>
  );
}
