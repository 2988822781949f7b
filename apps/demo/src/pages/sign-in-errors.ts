import type { MfaApiError } from '@mfa-kit/core';

/** What to tell someone whose password sign-in failed, and what to do next. */
export function signInErrorText(error: MfaApiError): string {
  switch (error.kind) {
    case 'unauthorized':
      return 'That email and password don’t match. Check both and try again.';
    case 'rate-limited': {
      const seconds =
        error.retryAfterMs === undefined ? null : Math.ceil(error.retryAfterMs / 1000);
      return seconds
        ? `Too many sign-in attempts. Wait ${seconds} seconds, then try again.`
        : 'Too many sign-in attempts. Wait a moment, then try again.';
    }
    case 'network':
    case 'timeout':
      return 'We couldn’t reach the sign-in service. Check your connection and try again.';
    case 'server':
    case 'invalid-response':
      return 'The sign-in service had a problem. Try again in a moment.';
    case 'invalid-input':
      return 'Enter your email and password.';
    default:
      return error.messages.length > 0
        ? `Sign-in refused: ${error.messages.join(' ')}`
        : 'Sign-in refused. Check your details and try again.';
  }
}
