import { toE164 } from '@mfa-kit/core';
import { useAddPhone } from '@mfa-kit/react';
import { useId, useRef, useState } from 'react';
import { CodeFields } from '../code-form/code-fields.js';
import { CodeForm } from '../code-form/code-form.js';
import { useCodeForm } from '../code-form/use-code-form.js';
import { ltrRun } from '../messages/ltr-run.js';
import { useMfaMessages } from '../messages/messages-context.js';
import type { SettingsPanelBaseProps } from './panel-props.js';
import { addedRecoveryCode, finishUnlessRecoveryCode } from './added-recovery-code.js';

/**
 * Adding a phone: the number, checked as E.164 before anything is sent, then the code texted to it, with
 * "Change number" at the code step; then the recovery code shown once when the answer carries one.
 */
export function AddPhonePanel({
  flowOptions,
  headingLevel,
  onDone,
  cancelButton,
}: SettingsPanelBaseProps) {
  const texts = useMfaMessages().settings;
  const add = useAddPhone({ ...flowOptions, onDone: finishUnlessRecoveryCode(onDone) });
  // The number as the user typed it, whole: they check it against what they meant.
  const phone = ltrRun(add.phoneNumber ?? '');
  const { formProps, fieldsProps } = useCodeForm(add, {
    done: add.step === 'verified',
    texts: {
      sent: texts.sentTo(phone),
      done: texts.phoneAdded(phone),
      submit: texts.addPhone,
      submitting: texts.addingPhone,
      // As at every set-up step, the field's hint says what to type, with no countdown; the texted code still runs
      // out after the default lifetime (the hook's), and is then shown expired.
      showsExpiry: false,
    },
    length: 6,
  });
  const fieldId = useId();
  const [typed, setTyped] = useState('');
  const [entryError, setEntryError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const notice = addedRecoveryCode(add, { headingLevel, onDone });
  if (notice) return notice;
  if (add.phoneNumber === null) {
    const submitPhone = () => {
      const phoneNumber = toE164(typed);
      if (phoneNumber) {
        add.submitPhone(phoneNumber);
        return;
      }
      setEntryError(typed.trim() ? texts.phoneInvalid : texts.phoneRequired);
      inputRef.current?.focus();
    };
    return (
      <CodeForm
        view={{ stage: 'start', busy: false, status: texts.phoneIntro }}
        step="phone"
        title={texts.phoneTitle}
        headingLevel={headingLevel}
        onSubmit={(event) => {
          event.preventDefault();
          submitPhone();
        }}
      >
        <div className="mfa-field">
          <label className="mfa-label" htmlFor={fieldId}>
            {texts.phoneLabel}
          </label>
          <input
            ref={inputRef}
            id={fieldId}
            className="mfa-text-input"
            type="tel"
            autoComplete="tel"
            dir="ltr"
            value={typed}
            aria-invalid={entryError ? true : undefined}
            aria-describedby={entryError ? `${fieldId}-error ${fieldId}-hint` : `${fieldId}-hint`}
            onChange={(event) => {
              setTyped(event.currentTarget.value);
              setEntryError(null);
            }}
          />
          <p className="mfa-hint" id={`${fieldId}-hint`}>
            {texts.phoneHint}
          </p>
        </div>
        {entryError && (
          <p className="mfa-alert" data-variant="error" role="alert" id={`${fieldId}-error`}>
            {entryError}
          </p>
        )}
        <div className="mfa-actions">
          <button type="submit" className="mfa-button">
            {texts.sendCode}
          </button>
          {cancelButton}
        </div>
      </CodeForm>
    );
  }

  return (
    <CodeForm {...formProps} title={texts.phoneTitle} headingLevel={headingLevel}>
      {add.step !== 'verified' && (
        <CodeFields
          {...fieldsProps}
          secondaryAction={
            <>
              <button
                type="button"
                className="mfa-button"
                data-variant="secondary"
                onClick={add.changePhone}
              >
                {texts.changePhone}
              </button>
              {cancelButton}
            </>
          }
        />
      )}
    </CodeForm>
  );
}
