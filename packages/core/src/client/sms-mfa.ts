import type { Endpoint, RequestOptions } from './http.js';
import { digits, text } from './inputs.js';
import { preDisableSmsResponseSchema } from './schemas.js';
import type { PreDisableSmsResponse } from './schemas.js';

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

/** Disabling SMS MFA from account settings (user-token routes). */
export interface SmsMfaApi {
  /**
   * Sends an SMS code to the device's phone (`POST /resources/users/v1/mfa/sms/{deviceId}/disable`).
   * Frontegg needs this step when it is the user's only MFA device.
   */
  preDisable: (
    input: PreDisableSmsInput,
    options?: RequestOptions,
  ) => Promise<PreDisableSmsResponse>;
  /** Disables the device (`POST /resources/users/v1/mfa/sms/{deviceId}/disable/verify`). */
  disable: (input: DisableSmsInput, options?: RequestOptions) => Promise<void>;
}

/** `smsMfa.preDisable`: an empty JSON body, as the spec asks. */
export const preDisableSms: Endpoint<PreDisableSmsResponse> = {
  method: 'POST',
  path: '/resources/users/v1/mfa/sms/{deviceId}/disable',
  body: {},
  bearer: true,
  vendorHeaders: ['userId', 'tenantId'],
  schema: preDisableSmsResponseSchema,
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
