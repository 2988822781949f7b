interface OtpCredentialRequest extends CredentialRequestOptions {
  otp: { transport: string[] };
}

/**
 * Asks the browser for a one-time code from an incoming SMS (WebOTP). Resolves with the code, or
 * null where the browser has no WebOTP, the user declines, or `signal` aborts. Never rejects.
 */
export async function requestWebOtp(signal: AbortSignal): Promise<string | null> {
  if (typeof window === 'undefined' || !('OTPCredential' in window) || !navigator.credentials)
    return null;
  const request: OtpCredentialRequest = { otp: { transport: ['sms'] }, signal };
  try {
    const credential = (await navigator.credentials.get(request)) as { code?: unknown } | null;
    return typeof credential?.code === 'string' ? credential.code : null;
  } catch {
    // Aborted, declined or timed out: the user can still type the code.
    return null;
  }
}
