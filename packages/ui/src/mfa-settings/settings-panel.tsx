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

  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });

  useEffect(() => {
    const panel = ref.current;
    if (!panel) return;
    if (!panel.contains(document.activeElement))
      panel.querySelector<HTMLElement>('input, button:not([aria-disabled="true"])')?.focus();
    // Escape from anywhere inside, the way a disclosure closes; the panel itself takes no focus.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      closeRef.current();
    };
    panel.addEventListener('keydown', onKeyDown);
    return () => panel.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div ref={ref} className="mfa-settings-panel">
      {children}
    </div>
  );
}
