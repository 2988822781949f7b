import { useAddAuthenticator } from '@mfa-kit/react';
import { useEffect } from 'react';
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
  headingLevel,
  onDone,
  cancelButton,
}: SettingsPanelBaseProps) {
  const messages = useMfaMessages();
  const texts = messages.settings;
  const add = useAddAuthenticator({ ...flowOptions, onDone: finishUnlessRecoveryCode(onDone) });
  const { start } = add;
  useEffect(() => {
    start();
  }, [start]);
  const done = add.step === 'verified';
  const { formProps, fieldsProps } = useCodeForm(add, {
    done,
    texts: {
      beforeCode: texts.qrLoading,
      sent: texts.scanQr,
      done: texts.appAdded,
      submit: texts.addApp,
      submitting: texts.addingApp,
      // The shared texts speak of a code we sent; this one is in the user's app, and a set-up does not run out.
      codeRequired: messages.authenticator.codeRequired,
      codeAlreadyTried: messages.authenticator.codeAlreadyTried,
      wrongCode: texts.wrongAppCode,
      showsExpiry: false,
    },
    length: 6,
    resendable: false,
  });

  const notice = addedRecoveryCode(add, { headingLevel, onDone });
  if (notice) return notice;
  return (
    <CodeForm {...formProps} title={texts.authenticatorTitle} headingLevel={headingLevel}>
      {!done && (
        <>
          {add.qrCode && <QrSetup qrCode={add.qrCode} />}
          <CodeFields {...fieldsProps} secondaryAction={cancelButton} />
        </>
      )}
    </CodeForm>
  );
}
