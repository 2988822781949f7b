import type { PreDisableSmsInput } from '../client/sms-mfa.js';
import type { PreDisableSmsResponse } from '../client/schemas.js';
import { smsCodeDetails } from './sms-mfa-factor.js';
import type { SmsCodeDetails } from './sms-mfa-factor.js';
import type { MfaCodeInput, SentCodeFactorSpec } from './types.js';

/** What a screen may show while an SMS device is being turned off. */
export type DisableSmsMfaDetails = SmsCodeDetails;

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
  details: smsCodeDetails,
  verify: {
    name: ['sms-mfa', 'disable'],
    request: (client, { deviceId, otcToken, code }, options) =>
      client.smsMfa.disable({ deviceId, otcToken, code }, options),
    changesDevices: true,
  },
};
