import type { SendSmsCodeInput } from '../client/sms-mfa.js';
import type { AuthResponse, SendSmsCodeResponse } from '../client/schemas.js';
import type { LoginCodeInput, SentCodeFactorSpec } from './types.js';

/** What a screen may show while an SMS code is on its way. */
export interface SmsCodeDetails {
  /** Where the code went, as the server shows it (usually masked); `null` when it did not say. */
  phoneNumber: string | null;
}

/** Where an SMS code went, from the send's answer. */
export const smsCodeDetails = (sent: SendSmsCodeResponse): SmsCodeDetails => ({
  phoneNumber: sent.phoneNumber ?? null,
});

/** An SMS code at login: texts a code to one phone (`deviceId`), checks it. */
export const smsMfaFactor: SentCodeFactorSpec<
  SendSmsCodeInput,
  SendSmsCodeResponse,
  LoginCodeInput,
  AuthResponse,
  SmsCodeDetails
> = {
  kind: 'sent-code',
  send: {
    name: ['sms-mfa', 'send-code'],
    request: (client, { mfaToken, deviceId }, options) =>
      client.smsMfa.sendCode({ mfaToken, deviceId }, options),
  },
  details: smsCodeDetails,
  verify: {
    name: ['sms-mfa', 'verify-code'],
    request: (client, { mfaToken, deviceId, otcToken, code, rememberDevice }, options) =>
      client.smsMfa.verifyCode({ mfaToken, deviceId, otcToken, code, rememberDevice }, options),
  },
};
