import type { MfaErrorKind } from '@mfa-kit/core';

/**
 * Every text the kit shows. Functions take already formatted values (a masked address, a countdown
 * such as `0:27`), so a locale only words them. Pass a whole set (`heMessages`) or a partial
 * override to `MfaMessagesProvider` or a component's `messages` prop.
 */
export interface MfaMessages {
  /** BCP 47 language tag, for `lang` on the forms' root. */
  readonly locale: string;
  /** Writing direction of the language; the forms set it on their root. */
  readonly dir: 'ltr' | 'rtl';

  // The code field
  /** Accessible name of the code input. */
  readonly codeLabel: string;
  /** Help under the code input, e.g. "Enter the 6-digit code." */
  readonly codeHint: (length: number) => string;
  /** The code field is empty on submit. */
  readonly codeRequired: string;
  /** The code has fewer digits than it needs. */
  readonly codeIncomplete: (length: number) => string;
  /** The entered code was already refused for this code, so it was not sent again. */
  readonly codeAlreadyTried: string;
  /** Several codes in a row were refused: the flow stops checking until a new code is sent. */
  readonly codeNeedsReplacing: string;
  /** The server's own words about a failure, shown under the kit's message; `details` is its text. */
  readonly serverDetails: (details: string) => string;

  // Email MFA step (login)
  readonly emailTitle: string;
  /** Where the code went; `email` is already masked. */
  readonly emailSentTo: (email: string) => string;
  /** Where the code went, when the address is not known. */
  readonly emailSent: string;
  readonly sendingCode: string;
  readonly verify: string;
  readonly verifying: string;
  readonly verified: string;
  /** Remaining life of the code; `time` is a countdown such as `4:59`. */
  readonly codeExpiresIn: (time: string) => string;
  readonly codeExpired: string;

  // Resend
  readonly resendCode: string;
  /** The resend button while the cooldown runs; `time` such as `0:27`. */
  readonly resendCodeIn: (time: string) => string;
  readonly resendingCode: string;
  /** Announced once, when resending becomes possible again. */
  readonly resendAvailable: string;
  readonly codeResent: string;

  // Remember this device
  /** The checkbox's label; `days` is null when the policy gives no whole number of days. */
  readonly rememberDevice: (days: number | null) => string;

  // Ways forward
  readonly tryAgain: string;
  readonly sendNewCode: string;
  readonly signInAgain: string;
  readonly cancel: string;
  readonly done: string;
  /** After a wrong code, when the server's limit is known. */
  readonly attemptsLeft: (count: number) => string;
  /** A wait after too many requests is over. */
  readonly readyAgain: string;
  /** The login's mfaToken expired or was refused: the way forward is signing in again. */
  readonly signInExpired: string;

  // Disable SMS MFA (account settings)
  readonly disableSmsTitle: string;
  /** Step one; `phone` is already masked. */
  readonly disableSmsIntro: (phone: string) => string;
  readonly disableSmsSendCode: string;
  readonly disableSmsSentTo: (phone: string) => string;
  readonly disableSmsConfirm: string;
  readonly disableSmsDisabling: string;
  readonly disableSmsDone: (phone: string) => string;

  // Device list (account settings)
  readonly devicesTitle: string;
  readonly devicesLoading: string;
  readonly devicesEmpty: string;
  readonly devicesError: string;
  readonly disableDevice: string;
  /** Accessible name of a device's Disable button; `lastDigits` such as `4567`. */
  readonly disableDeviceLabel: (lastDigits: string) => string;
  /** Accessible text of a masked number such as `•••• 4567`. */
  readonly phoneEndingIn: (lastDigits: string) => string;

  /** One message per error kind, each with its way forward. Read them through `errorMessage`. */
  readonly errors: { readonly [Kind in MfaErrorKind]: MfaErrorText };
}

/**
 * An error's text: fixed, or worded around `wait`, a countdown such as `0:45` when the server said
 * how long to wait (null when it did not).
 */
export type MfaErrorText = string | ((wait: string | null) => string);

/** A partial override: top-level texts and single error messages. */
export type MfaMessagesOverride = Partial<Omit<MfaMessages, 'errors'>> & {
  readonly errors?: Partial<MfaMessages['errors']>;
};
