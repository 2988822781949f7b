import { useEffect, useRef, useState } from 'react';
import type { MfaSettingsMessages } from '../messages/messages.js';

/** Props of {@link RecoveryCodeShownOnce}. */
export interface RecoveryCodeShownOnceProps {
  recoveryCode: string;
  texts: MfaSettingsMessages;
  /** "I've saved it": the only way on. */
  onSaved: () => void;
}

/**
 * The recovery code, shown once: copy, download as a `.txt` (a blob URL made and revoked on the press, so the
 * code is in no address, storage or log), and "I've saved it". Minimal settings version, to be unified with
 * `factor-setup/recovery-code-notice.tsx`.
 */
export function RecoveryCodeShownOnce({
  recoveryCode,
  texts,
  onSaved,
}: RecoveryCodeShownOnceProps) {
  const [copyStatus, setCopyStatus] = useState('');
  const savedRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    savedRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  const copy = () => {
    navigator.clipboard.writeText(recoveryCode).then(
      () => setCopyStatus(texts.copied),
      () => setCopyStatus(texts.copyFailed),
    );
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([`${recoveryCode}\n`], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'recovery-code.txt';
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="mfa-recovery-once" role="group" aria-label={texts.recoveryTitle}>
      <p className="mfa-label">{texts.recoveryTitle}</p>
      <p className="mfa-hint">{texts.recoveryIntro}</p>
      <p className="mfa-recovery-code" dir="ltr" translate="no">
        {recoveryCode}
      </p>
      <p role="status" className={copyStatus ? 'mfa-status' : 'mfa-visually-hidden'}>
        {copyStatus}
      </p>
      <div className="mfa-actions">
        <button ref={savedRef} type="button" className="mfa-button" onClick={onSaved}>
          {texts.saved}
        </button>
        <button type="button" className="mfa-button" data-variant="secondary" onClick={copy}>
          {texts.copy}
        </button>
        <button type="button" className="mfa-button" data-variant="secondary" onClick={download}>
          {texts.download}
        </button>
      </div>
    </div>
  );
}
