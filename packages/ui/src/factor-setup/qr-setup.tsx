import { qrCodeImageSource } from '@mfa-kit/core';
import { useId, useMemo, useRef, useState } from 'react';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { CopyButton } from './copy-button.js';
import { readSetupKey } from './read-setup-key.js';
import { groupSetupKey } from './setup-key.js';

/** Props of {@link QrSetup}. */
export interface QrSetupProps {
  /**
   * The QR code to scan: a `data:image/…` URL (`useEnrollAuthenticator().qrCode`, or `qrCode` as Frontegg sends
   * it) or a bare base64 PNG.
   */
  qrCode: string;
  messages?: MfaMessagesOverride | undefined;
}

type SetupKey =
  | { state: 'hidden' }
  | { state: 'reading' }
  | { state: 'shown'; secret: string }
  | { state: 'failed' };

/**
 * An authenticator app's QR code, and "Can't scan it?" for who can't point a camera at the screen: pressed, it
 * reads the setup key out of the QR code (the decoder loads only then) and shows it in groups of four to type,
 * with a Copy button.
 */
export function QrSetup({ qrCode, messages: override }: QrSetupProps) {
  const texts = useMfaMessages(override).enroll;
  const source = useMemo(() => imageSourceOrNull(qrCode), [qrCode]);
  const [key, setKey] = useState<SetupKey>({ state: 'hidden' });
  const panelId = useId();
  const keyRef = useRef<HTMLElement>(null);
  if (source === null) {
    return (
      <p role="alert" className="mfa-alert" data-variant="error">
        {texts.qrUnreadable}
      </p>
    );
  }
  const open = key.state !== 'hidden';
  const toggle = () => {
    if (open) return setKey({ state: 'hidden' });
    setKey({ state: 'reading' });
    readSetupKey(source).then(
      (secret) => setKey({ state: 'shown', secret }),
      () => setKey({ state: 'failed' }),
    );
  };
  return (
    <div className="mfa-qr-setup">
      <img
        className="mfa-qr-setup__image"
        src={source}
        alt={texts.qrAlt}
        width={200}
        height={200}
      />
      <button
        type="button"
        className="mfa-button"
        data-variant="link"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        {texts.cantScan}
      </button>
      <div id={panelId} hidden={!open} className="mfa-qr-setup__key">
        {key.state === 'reading' && <p className="mfa-status">{texts.setupKeyReading}</p>}
        {key.state === 'failed' && (
          <p role="alert" className="mfa-alert" data-variant="error">
            {texts.setupKeyFailed}
          </p>
        )}
        {key.state === 'shown' && (
          <>
            <p className="mfa-label">{texts.setupKeyLabel}</p>
            <p className="mfa-hint">{texts.setupKeyHint}</p>
            <div className="mfa-secret">
              <code ref={keyRef} className="mfa-secret__text" dir="ltr" translate="no">
                {groupSetupKey(key.secret)}
              </code>
              <CopyButton
                text={key.secret}
                source={keyRef}
                texts={texts}
                label={`${texts.copy}: ${texts.setupKeyLabel}`}
              />
            </div>
          </>
        )}
      </div>
    </div>
  );
}

function imageSourceOrNull(qrCode: string): string | null {
  try {
    return qrCodeImageSource(qrCode);
  } catch {
    return null;
  }
}
