import type { MfaFactorAdded } from '@mfa-kit/react';
import type { ReactElement } from 'react';
import { RecoveryCodeNotice } from '../factor-setup/recovery-code-notice.js';
import type { SettingsPanelBaseProps } from './panel-props.js';

// Frontegg may send a recovery code with a new app, phone or passkey (`@frontegg/redux-store` 7.119,
// `auth/MfaState/actions.js`, reads an optional one from each answer): the add panels show it once, then finish.

/** An add hook's `onDone`: the panel's at once, or, with a recovery code to show, once the user saved it. */
export const finishUnlessRecoveryCode =
  (onDone: () => void) =>
  ({ recoveryCode }: MfaFactorAdded) => {
    if (!recoveryCode) onDone();
  };

/** The recovery code the new factor came with, shown once (Continue is `onDone`); `null` when there is none. */
export function addedRecoveryCode(
  add: { step: string; recoveryCode: string | null },
  { headingLevel, onDone }: Pick<SettingsPanelBaseProps, 'headingLevel' | 'onDone'>,
): ReactElement | null {
  if (add.step !== 'verified' || !add.recoveryCode) return null;
  return (
    <RecoveryCodeNotice
      recoveryCode={add.recoveryCode}
      headingLevel={headingLevel}
      onContinue={onDone}
    />
  );
}
