import type { ClientContext, RequestOptions } from './http.js';
import { deviceSegment, digits, pick, text } from './inputs.js';
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

const smsPath = (input: unknown) => `/resources/users/v1/mfa/sms/${deviceSegment(input)}/disable`;

/** The `smsMfa` area of a client. */
export function createSmsMfaApi({ send, userId, tenantId }: ClientContext): SmsMfaApi {
  return {
    async preDisable(input, options) {
      return send(
        {
          method: 'POST',
          path: smsPath(input),
          body: {},
          bearer: true,
          headers: { 'frontegg-user-id': userId, 'frontegg-tenant-id': tenantId },
          schema: preDisableSmsResponseSchema,
        },
        options,
      );
    },
    async disable(input, options) {
      const path = `${smsPath(input)}/verify`;
      const body = pick(input, { otcToken: text, code: digits });
      await send(
        { method: 'POST', path, body, bearer: true, headers: { 'frontegg-user-id': userId } },
        options,
      );
    },
  };
}
