import type { PreDisableSmsInput } from '../client/sms-mfa.js';
import type { PreDisableSmsResponse } from '../client/schemas.js';
import type { MfaCodeInput, SentCodeFactorSpec } from './types.js';

/** What a screen may show while an SMS device is being turned off. */
export interface DisableSmsMfaDetails {
  /** Where the code went, as the server shows it (usually masked); `null` when it did not say. */
  phoneNumber: string | null;
}

/** Turning off one SMS device in account settings: texts a code to it, checks it, and the device is gone. */
export const disableSmsMfaFactor: SentCodeFactorSpec<
  PreDisableSmsInput,
  PreDisableSmsResponse,
  MfaCodeInput,
  void,
  DisableSmsMfaDetails
> = {
  kind: 'sent-code',
  send: {
    name: ['sms-mfa', 'pre-disable'],
    request: (client, { deviceId }, options) => client.smsMfa.preDisable({ deviceId }, options),
  },
  details: (sent) => ({ phoneNumber: sent.phoneNumber ?? null }),
  verify: {
    name: ['sms-mfa', 'disable'],
    request: (client, { deviceId, otcToken, code }, options) =>
      client.smsMfa.disable({ deviceId, otcToken, code }, options),
    changesDevices: true,
  },
};
