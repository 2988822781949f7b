import { useState } from 'react';
import type { RefObject } from 'react';
import type { MfaEnrollMessages } from '../messages/messages.js';

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  text: string;
  /** The element showing the text: selected when the clipboard refuses, so the user copies it by hand. */
  source: RefObject<HTMLElement | null>;
  texts: Pick<MfaEnrollMessages, 'copy' | 'copied' | 'copyFailed'>;
  /** Its accessible name, when "Copy" alone would not say what (keep the word "Copy" in it). */
  label?: string | undefined;
}

/** Copies `text` to the clipboard and says so in a live region; where it can't, selects the text and says how. */
export function CopyButton({ text, source, texts, label }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      const node = source.current;
      if (node) getSelection()?.selectAllChildren(node);
      setOutcome('failed');
    }
  };
  return (
    <>
      <button
        type="button"
        className="mfa-button"
        data-variant="secondary"
        aria-label={label}
        onClick={() => void copy()}
      >
        {texts.copy}
      </button>
      <span role="status" className={outcome === 'failed' ? 'mfa-hint' : 'mfa-visually-hidden'}>
        {outcome === 'copied' ? texts.copied : outcome === 'failed' ? texts.copyFailed : ''}
      </span>
    </>
  );
}
