import { useEffect, useId, useRef, useState } from 'react';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { CopyButton } from './copy-button.js';
import { downloadText } from './download-text.js';

/** Props of {@link RecoveryCodeNotice}. */
export interface RecoveryCodeNoticeProps {
  /** The new factor's recovery code (`auth.recoveryCode`): shown here once, kept nowhere. */
  recoveryCode: string;
  /** The user confirmed they saved it. */
  onContinue: () => void;
  headingLevel?: 1 | 2 | 3 | 4 | undefined;
  messages?: MfaMessagesOverride | undefined;
  className?: string | undefined;
}

/**
 * The recovery code of a factor just added, shown once: what it is for, the code to copy or download as a .txt
 * file, and Continue, which works once the user checked that they saved it. Takes focus when it appears.
 */
export function RecoveryCodeNotice({
  recoveryCode,
  onContinue,
  headingLevel = 1,
  messages: override,
  className,
}: RecoveryCodeNoticeProps) {
  const messages = useMfaMessages(override);
  const texts = messages.enroll;
  const Heading = `h${headingLevel}` as const;
  const titleId = useId();
  const alertId = useId();
  const codeRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const [saved, setSaved] = useState(false);
  const [nudged, setNudged] = useState(false);

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <form
      className={className ? `mfa-card mfa-form ${className}` : 'mfa-card mfa-form'}
      lang={messages.locale}
      dir={messages.dir}
      aria-labelledby={titleId}
      data-step="recovery-code"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (saved) return onContinue();
        setNudged(true);
        checkboxRef.current?.focus();
      }}
    >
      <Heading className="mfa-title" id={titleId} ref={headingRef} tabIndex={-1}>
        {texts.recoveryTitle}
      </Heading>
      <p className="mfa-status">{texts.recoveryIntro}</p>
      <div className="mfa-field">
        <p className="mfa-label">{texts.recoveryLabel}</p>
        <div className="mfa-secret">
          <code
            ref={codeRef}
            className="mfa-secret__text"
            data-size="large"
            dir="ltr"
            translate="no"
          >
            {recoveryCode}
          </code>
          <div className="mfa-secret__actions">
            <CopyButton text={recoveryCode} source={codeRef} texts={texts} />
            <button
              type="button"
              className="mfa-button"
              data-variant="secondary"
              onClick={() =>
                downloadText('mfa-recovery-code.txt', texts.recoveryFile(recoveryCode))
              }
            >
              {texts.download}
            </button>
          </div>
        </div>
      </div>
      <label className="mfa-checkbox">
        <input
          ref={checkboxRef}
          type="checkbox"
          className="mfa-checkbox__input"
          checked={saved}
          aria-describedby={nudged && !saved ? alertId : undefined}
          onChange={(event) => setSaved(event.currentTarget.checked)}
        />
        <span className="mfa-checkbox__label">{texts.saved}</span>
      </label>
      {nudged && !saved && (
        <p id={alertId} role="alert" className="mfa-alert" data-variant="error">
          {texts.savedRequired}
        </p>
      )}
      <div className="mfa-actions">
        <button type="submit" className="mfa-button" aria-disabled={!saved || undefined}>
          {texts.continue}
        </button>
      </div>
    </form>
  );
}
