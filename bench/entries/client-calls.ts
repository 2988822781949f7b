/** The seed's four calls, as both clients are asked to make them (same shape, so the same harness runs both). */
export interface FourCalls {
  sendEmailCode(mfaToken: string): Promise<{ otcToken: string }>;
  verifyEmailCode(mfaToken: string, otcToken: string, code: string): Promise<unknown>;
  preDisableSms(deviceId: string): Promise<{ otcToken: string }>;
  disableSms(deviceId: string, otcToken: string, code: string): Promise<unknown>;
}

/** Where the API is (the page's origin) and the signed-in user's token for the SMS routes. */
export interface FourCallsSetup {
  origin: string;
  accessToken: string;
}
