import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

/** Props of {@link SettingsPanel}. */
export interface SettingsPanelProps {
  /** Escape, or the panel's own Cancel. */
  onClose: () => void;
  children: ReactNode;
}

/**
 * Where an add or remove step opens in the settings: focus moves in when it opens (unless its form already
 * put it on a field), and Escape closes it.
 */
export function SettingsPanel({ onClose, children }: SettingsPanelProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const panel = ref.current;
    if (!panel || panel.contains(document.activeElement)) return;
    panel.querySelector<HTMLElement>('input, button:not([aria-disabled="true"])')?.focus();
  }, []);

  return (
    <div
      ref={ref}
      className="mfa-settings-panel"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      {children}
    </div>
  );
}
