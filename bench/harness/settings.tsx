// Account settings (`MfaSettings`) for a signed-in user, for counting the requests of each action.
import { MfaSettings } from '@mfa-kit/ui';
import { BenchProviders } from './bench-providers.js';

/** Props of {@link Settings}. */
export interface SettingsProps {
  origin: string;
  /** The signed-in user's JWT. */
  accessToken: string;
  /** `MfaSettings`'s own prop: a code texted to the phone confirms its removal. */
  confirmPhoneRemovalWithCode?: boolean | undefined;
}

/** `MfaSettings` in the bench's providers, signed in. */
export function Settings({ origin, accessToken, confirmPhoneRemovalWithCode }: SettingsProps) {
  return (
    <BenchProviders origin={origin} accessToken={accessToken}>
      <MfaSettings confirmPhoneRemovalWithCode={confirmPhoneRemovalWithCode} />
    </BenchProviders>
  );
}
