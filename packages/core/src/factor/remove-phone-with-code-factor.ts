import type { PreDisableSmsInput } from '../client/sms-mfa.js';
import type { PreDisableSmsResponse } from '../client/schemas.js';
import { smsCodeDetails } from './sms-mfa-factor.js';
import type { SmsCodeDetails } from './sms-mfa-factor.js';
import type { MfaCodeInput, SentCodeFactorSpec } from './types.js';

/** What a screen may show while a phone's removal waits for its code. */
export type RemovePhoneWithCodeDetails = SmsCodeDetails;

/**
 * Removing a phone in account settings with a code texted to it (Frontegg's pre-disable and disable routes): the
 * only way for the user's last method; `removePhoneCall` removes it in one press while another is left.
 */
export const removePhoneWithCodeFactor: SentCodeFactorSpec<
  PreDisableSmsInput,
  PreDisableSmsResponse,
  MfaCodeInput,
  void,
  RemovePhoneWithCodeDetails
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
