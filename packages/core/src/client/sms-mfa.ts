import type { Endpoint, RequestOptions } from './http.js';
import { digits, flag, text } from './inputs.js';
import { authResponseSchema, smsCodeSentSchema } from './schemas.js';
import type { AuthResponse, PreDisableSmsResponse, SendSmsCodeResponse } from './schemas.js';

/** Asks for an SMS code to one phone during login. */
export interface SendSmsCodeInput {
  /** `MfaPhoneDevice.id` from the login answer's `mfaDevices.phones`. */
  deviceId: string;
  /** From the login answer (`AuthResponse.mfaToken`). */
  mfaToken: string;
}

/** Completes login with the texted code. */
export interface VerifySmsCodeInput {
  /** The same phone the code was sent to. */
  deviceId: string;
  mfaToken: string;
  /** From the latest `sendCode` answer. */
  otcToken: string;
  /** What the user typed: digits only. */
  code: string;
  /** Ask the server to skip MFA on this device next time (offer it only when the policy allows). */
  rememberDevice?: boolean | undefined;
}

/** Starts disabling one SMS device. */
export interface PreDisableSmsInput {
  /** `MfaPhoneDevice.id`. */
  deviceId: string;
}

/** Confirms disabling one SMS device with the code it received. */
export interface DisableSmsInput {
  deviceId: string;
  /** From the `preDisable` answer. */
  otcToken: string;
  /** What the user typed: digits only. */
  code: string;
}

/** Disables one SMS device without a code: Frontegg allows it when the user has another second factor. */
export interface DisableSmsWithoutCodeInput {
  deviceId: string;
  otcToken?: undefined;
  code?: undefined;
}

/**
 * The SMS second factor: a code during login (`sendCode`, `verifyCode`), and disabling a phone from
 * account settings (`preDisable`, `disable`: user-token routes).
 */
export interface SmsMfaApi {
  /**
   * Texts a code to the phone during login (`POST /resources/auth/v1/user/mfa/sms/{deviceId}`).
   * Sending again is how to resend: each answer carries a new `otcToken`.
   */
  sendCode: (input: SendSmsCodeInput, options?: RequestOptions) => Promise<SendSmsCodeResponse>;
  /**
   * Checks the code and completes login (`POST /resources/auth/v1/user/mfa/sms/{deviceId}/verify`).
   */
  verifyCode: (input: VerifySmsCodeInput, options?: RequestOptions) => Promise<AuthResponse>;
  /**
   * Sends an SMS code to the device's phone (`POST /resources/users/v1/mfa/sms/{deviceId}/disable`).
   * Frontegg needs this step when it is the user's only MFA device.
   */
  preDisable: (
    input: PreDisableSmsInput,
    options?: RequestOptions,
  ) => Promise<PreDisableSmsResponse>;
  /**
   * Disables the device (`POST /resources/users/v1/mfa/sms/{deviceId}/disable/verify`). Without a code it
   * sends `{}`, as Frontegg's SDK does when it skips the pre-disable; Frontegg then refuses it if this is
   * the user's only device (call `preDisable` first).
   */
  disable: (
    input: DisableSmsInput | DisableSmsWithoutCodeInput,
    options?: RequestOptions,
  ) => Promise<void>;
}

/** `smsMfa.sendCode`. */
export const sendSmsCode: Endpoint<SendSmsCodeResponse> = {
  method: 'POST',
  path: '/resources/auth/v1/user/mfa/sms/{deviceId}',
  body: { mfaToken: text },
  schema: smsCodeSentSchema,
};

/** `smsMfa.verifyCode`. */
export const verifySmsCode: Endpoint<AuthResponse> = {
  method: 'POST',
  path: '/resources/auth/v1/user/mfa/sms/{deviceId}/verify',
  body: { otcToken: text, code: digits, mfaToken: text, rememberDevice: flag },
  schema: authResponseSchema,
  checksCode: true,
};

/** `smsMfa.preDisable`: an empty JSON body, as the spec asks. */
export const preDisableSms: Endpoint<PreDisableSmsResponse> = {
  method: 'POST',
  path: '/resources/users/v1/mfa/sms/{deviceId}/disable',
  body: {},
  bearer: true,
  vendorHeaders: ['userId', 'tenantId'],
  schema: smsCodeSentSchema,
};

/** `smsMfa.disable`: the spec documents no answer body, so none is read. */
export const disableSms: Endpoint<void> = {
  method: 'POST',
  path: '/resources/users/v1/mfa/sms/{deviceId}/disable/verify',
  body: { otcToken: text, code: digits },
  bearer: true,
  vendorHeaders: ['userId'],
  checksCode: true,
};

/**
 * `smsMfa.disable` without a code. The spec requires `{ otcToken, code }`; Frontegg's SDK sends `{}` when
 * the user has more than one device. No code was typed, so a refusal is no mistyped code.
 */
export const disableSmsWithoutCode: Endpoint<void> = {
  method: 'POST',
  path: '/resources/users/v1/mfa/sms/{deviceId}/disable/verify',
  body: {},
  bearer: true,
  vendorHeaders: ['userId'],
};
