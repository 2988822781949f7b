import type { DisableSmsWithoutCodeInput } from '../client/sms-mfa.js';
import type { MfaFactorCall } from './types.js';

/**
 * Removing a phone in account settings in one press, without a texted code: Frontegg's SDK skips the code when
 * the user has another method (`mfaRemoval` says when). Its own name, so its mutation is told apart from the
 * code-confirmed removal's check (`removePhoneWithCodeFactor.verify`), which goes to the same route.
 */
export const removePhoneCall: MfaFactorCall<DisableSmsWithoutCodeInput, void> = {
  name: ['sms-mfa', 'disable-without-code'],
  request: (client, { deviceId }, options) => client.smsMfa.disable({ deviceId }, options),
  changesDevices: true,
};
