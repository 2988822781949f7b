import type { MfaFlowOptions } from '@mfa-kit/react';
import type { ReactNode } from 'react';

/** What every settings panel gets from `MfaSettings`. */
export interface SettingsPanelBaseProps {
  /** The timing options of `MfaSettings`, for the panel's hook. */
  flowOptions: MfaFlowOptions;
  headingLevel: 2 | 3 | 4;
  /** The change is made (and the devices list refreshed). */
  onDone: () => void;
  /** The panel's Cancel button. */
  cancelButton: ReactNode;
}
