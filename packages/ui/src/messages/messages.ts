import type { MfaErrorKind } from '@mfa-kit/core';

/**
 * Every text the kit shows: keys every factor shares (the code field, resend, remember this device,
 * ways forward, errors) and one group per factor. Functions take already formatted values (a masked
 * address, a countdown such as `0:27`), so a locale only words them. A masked phone or address (or a number
 * typed in) comes marked as a left-to-right run, between Unicode's isolate marks LRI and PDI: put it in the sentence
 * as it is, and the forms draw it as `<bdi dir="ltr" translate="no">`, so a right-to-left sentence does not reorder
 * its digits and a page translator leaves it alone. Pass a whole set (`heMessages`) or a partial override to
 * `MfaMessagesProvider` or a component's `messages` prop.
 */
export interface MfaMessages {
  /** BCP 47 language tag, for `lang` on the forms' root. */
  readonly locale: string;
  /** Writing direction of the language; the forms set it on their root. */
  readonly dir: 'ltr' | 'rtl';

  // Shared: the code field
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

  /** Sending the first code. */
  readonly sendingCode: string;
  /** A login factor's submit button, and while it checks. */
  readonly verify: string;
  readonly verifying: string;
  /** A login factor passed. */
  readonly verified: string;
  /** Remaining life of the code; `time` is a countdown such as `4:59`. */
  readonly codeExpiresIn: (time: string) => string;
  readonly codeExpired: string;

  // Shared: resend
  readonly resendCode: string;
  /** The resend button while the cooldown runs; `time` such as `0:27`. */
  readonly resendCodeIn: (time: string) => string;
  readonly resendingCode: string;
  /** Announced once, when resending becomes possible again. */
  readonly resendAvailable: string;
  readonly codeResent: string;

  // Shared: remember this device
  /** The checkbox's label; `days` is null when the policy gives no whole number of days. */
  readonly rememberDevice: (days: number | null) => string;

  // Shared: ways forward
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

  // One group per factor (and screen): what only it says
  /** The email code of a login. */
  readonly email: MfaEmailMessages;
  /** Removing one phone in account settings with a code sent to it. */
  readonly removePhoneWithCode: MfaRemovePhoneWithCodeMessages;
  /** The list of the user's phones in account settings. */
  readonly devices: MfaDevicesMessages;
  /** The authenticator app at login. */
  readonly authenticator: MfaAuthenticatorMessages;
  /** The SMS code at login. */
  readonly sms: MfaSmsMessages;
  /** A passkey or security key at login. */
  readonly webauthn: MfaWebAuthnMessages;
  /** The recovery code at login. */
  readonly recovery: MfaRecoveryMessages;
  /** The login's second-factor step around the factors: the methods and the switch between them. */
  readonly loginStep: MfaLoginStepMessages;
  /** Adding a first second factor at login, when the tenant requires one (`MfaEnrollmentStep`). */
  readonly enroll: MfaEnrollMessages;
  /** Account settings: every factor, with add and remove (`MfaSettings`). */
  readonly settings: MfaSettingsMessages;
  /** Proving a second factor again before a sensitive action (`StepUpDialog`). */
  readonly stepUp: MfaStepUpMessages;

  /** One message per error kind, each with its way forward. Read them through `errorMessage`. */
  readonly errors: { readonly [Kind in MfaErrorKind]: MfaErrorText };
}

/** The email code of a login (`EmailMfaForm`). */
export interface MfaEmailMessages {
  readonly title: string;
  /** Where the code went; `email` is already masked. */
  readonly sentTo: (email: string) => string;
  /** Where the code went, when the address is not known. */
  readonly sent: string;
}

/** Removing one phone with a code sent to it (`RemovePhoneWithCodeForm`); every `phone` is already masked. */
export interface MfaRemovePhoneWithCodeMessages {
  readonly title: string;
  /** The step before any code. */
  readonly intro: (phone: string) => string;
  /** The button that sends the code. */
  readonly sendCode: string;
  readonly sentTo: (phone: string) => string;
  /** The submit button, and while it works. */
  readonly confirm: string;
  readonly removing: string;
  readonly done: (phone: string) => string;
}

/** The user's phones (`MfaDeviceList`). */
export interface MfaDevicesMessages {
  readonly title: string;
  readonly loading: string;
  readonly empty: string;
  readonly error: string;
  /** A phone's remove button. */
  readonly remove: string;
  /** Its accessible name; `lastDigits` such as `4567`. Keep `remove`'s text in it (label in name). */
  readonly removeLabel: (lastDigits: string) => string;
  /** Accessible text of a masked number such as `•••• 4567`. */
  readonly phoneEndingIn: (lastDigits: string) => string;
}

/** The authenticator app at login (`AuthenticatorMfaForm`): a code the user has, so nothing is sent or resent. */
export interface MfaAuthenticatorMessages {
  readonly title: string;
  /** The status: where the code is. */
  readonly status: string;
  /** Replace the shared texts that speak of a sent code. */
  readonly codeRequired: string;
  readonly wrongCode: string;
  readonly codeAlreadyTried: string;
}

/** The SMS code at login (`SmsMfaForm`); `phone` is already masked. */
export interface MfaSmsMessages {
  readonly title: string;
  readonly sentTo: (phone: string) => string;
  /** Where the code went, when the number is not known. */
  readonly sent: string;
}

/** A passkey or security key at login (`WebAuthnMfaForm`); `name` is the name the user gave it. */
export interface MfaWebAuthnMessages {
  readonly passkeyTitle: string;
  readonly securityKeyTitle: string;
  /** Before the ceremony: what the button does. */
  readonly passkeyIntro: (name: string) => string;
  readonly securityKeyIntro: (name: string) => string;
  /** The button that starts the ceremony. */
  readonly usePasskey: string;
  readonly useSecurityKey: string;
  /** While the browser's prompt is open. */
  readonly waiting: string;
  /** The server did not accept the key's answer. */
  readonly refused: string;
}

/** The recovery code at login (`RecoveryCodeForm`). */
export interface MfaRecoveryMessages {
  readonly title: string;
  /** What using it does: MFA is turned off, the user signs in again with the password. */
  readonly intro: string;
  readonly label: string;
  readonly hint: string;
  readonly required: string;
  readonly wrongCode: string;
  readonly codeAlreadyTried: string;
  readonly submit: string;
  readonly submitting: string;
  /** Once accepted: MFA is off, sign in again. */
  readonly done: string;
}

/** The step-up dialog (`StepUpDialog`): the login's methods and forms, inside a dialog of its own. */
export interface MfaStepUpMessages {
  /** The dialog's name. */
  readonly title: string;
  readonly intro: string;
  /** While the server is asked again (after a failure). */
  readonly starting: string;
  /** The user has no second factor to prove: the action waits until they add one. */
  readonly notEnrolled: string;
  /** The session is no longer accepted (a missing or malformed token): only signing in again helps. */
  readonly sessionEnded: string;
  /** Closes the dialog after `notEnrolled` or `sessionEnded` (elsewhere, the shared `cancel`). */
  readonly close: string;
}

/** The login's second-factor step (`MfaLoginStep`). Addresses and numbers come masked. */
export interface MfaLoginStepMessages {
  /** The button that lists the other methods, and the list's heading. */
  readonly useAnotherMethod: string;
  readonly chooseMethod: string;
  /** Each method as the list names it. */
  readonly authenticator: string;
  readonly sms: (phone: string) => string;
  readonly email: (email: string) => string;
  readonly passkey: (name: string) => string;
  readonly securityKey: (name: string) => string;
  readonly recoveryCode: string;
  /** While a method's form loads, and when it could not be loaded. */
  readonly loading: string;
  readonly loadFailed: string;
  /** The login answer offers no method (nothing enrolled). */
  readonly noMethods: string;
}

/** A phone number's step, alike at enrollment and in settings: its field, what a valid number is, the send
 * button, where the code went (masked). */
export interface MfaPhoneNumberMessages {
  readonly phoneIntro: string;
  readonly phoneLabel: string;
  readonly phoneHint: string;
  readonly phoneRequired: string;
  readonly phoneInvalid: string;
  readonly sendCode: string;
  readonly sentTo: (phone: string) => string;
}

/** Creating a passkey or a security key, alike at enrollment and in settings. */
export interface MfaKeyCreationMessages {
  readonly passkeyTitle: string;
  readonly securityKeyTitle: string;
  readonly passkeyIntro: string;
  readonly securityKeyIntro: string;
  readonly createPasskey: string;
}

/** Adding a first second factor at login (`MfaEnrollmentStep`, `QrSetup`, `RecoveryCodeNotice`, `PhoneNumberField`). */
export interface MfaEnrollMessages extends MfaPhoneNumberMessages, MfaKeyCreationMessages {
  readonly title: string;
  /** Why this step is here, and the choice's legend. */
  readonly intro: string;
  readonly choose: string;
  /** Each factor the tenant offers, as the choice names it, with a line on what it needs. */
  readonly authenticator: string;
  readonly authenticatorHint: string;
  readonly sms: string;
  readonly smsHint: string;
  readonly passkey: string;
  readonly passkeyHint: string;
  readonly securityKey: string;
  readonly securityKeyHint: string;
  /** The choice's button, and the way back to it from a factor. */
  readonly next: string;
  readonly chooseAnother: string;
  /** While the tenant's factors load, when they could not be, and when none can be added here. */
  readonly loading: string;
  readonly loadFailed: string;
  readonly noneOffered: string;
  /** The authenticator app: the QR code, its alt text, and the setup key behind "Can't scan it?". */
  readonly authenticatorTitle: string;
  readonly qrLoading: string;
  readonly qrStatus: string;
  readonly qrAlt: string;
  /** In place of a QR code the page could not show (neither a data URL image nor a base64 PNG). */
  readonly qrUnreadable: string;
  readonly cantScan: string;
  readonly setupKeyLabel: string;
  readonly setupKeyHint: string;
  readonly setupKeyReading: string;
  readonly setupKeyFailed: string;
  /** Copying a code or key: the button, what is announced, and what to do when the browser refuses. */
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  /** The phone (with `MfaPhoneNumberMessages`). */
  readonly smsTitle: string;
  readonly useAnotherNumber: string;
  /** A passkey on this device or a security key (with `MfaKeyCreationMessages`). */
  readonly addSecurityKey: string;
  /** The recovery code, shown once. */
  readonly recoveryTitle: string;
  readonly recoveryIntro: string;
  readonly recoveryLabel: string;
  readonly download: string;
  /** The downloaded file's text around the code. */
  readonly recoveryFile: (code: string) => string;
  readonly saved: string;
  readonly savedRequired: string;
  readonly continue: string;
}

/** Account settings (`MfaSettings`): `method` is a method as the list names it, `phone` already masked. */
export interface MfaSettingsMessages extends MfaPhoneNumberMessages, MfaKeyCreationMessages {
  readonly title: string;
  readonly loading: string;
  readonly empty: string;
  readonly error: string;
  /** The kinds of method, as the list names them. */
  readonly authenticator: string;
  readonly phone: string;
  readonly passkey: string;
  readonly securityKey: string;
  readonly email: string;
  /** A row's Remove button, and its accessible name (keep `remove` in it). */
  readonly remove: string;
  readonly removeLabel: (method: string) => string;
  /** Email codes are set by the organization: nothing to remove here. */
  readonly emailNote: string;
  /** The add buttons and their heading. */
  readonly addTitle: string;
  readonly addAuthenticator: string;
  readonly addPhone: string;
  readonly addPasskey: string;
  readonly addSecurityKey: string;
  /** Announced once a change is made. */
  readonly added: (method: string) => string;
  readonly removed: (method: string) => string;
  /** The last method under an enforcing tenant: why it stays. */
  readonly lastMethod: string;
  // Adding an authenticator app
  readonly authenticatorTitle: string;
  readonly qrLoading: string;
  readonly scanQr: string;
  readonly addApp: string;
  readonly addingApp: string;
  readonly appAdded: string;
  readonly wrongAppCode: string;
  // Adding a phone (with `MfaPhoneNumberMessages`)
  readonly phoneTitle: string;
  readonly changePhone: string;
  readonly addingPhone: string;
  readonly phoneAdded: (phone: string) => string;
  // Adding a passkey or security key (with `MfaKeyCreationMessages`)
  readonly registerSecurityKey: string;
  // Removing an authenticator app: a current code or a recovery code
  readonly removeAppTitle: string;
  readonly removeAppIntro: string;
  readonly codeOrRecoveryLabel: string;
  readonly codeOrRecoveryHint: string;
  readonly codeOrRecoveryRequired: string;
  readonly wrongCodeOrRecovery: string;
  readonly removeApp: string;
  readonly removing: string;
  // Removing a passkey or security key: signed with it
  readonly removeKeyTitle: (method: string) => string;
  readonly removeKeyIntro: string;
  readonly removeKey: string;
  // Removing a phone when another method stays: one press, no texted code
  readonly removePhoneTitle: (phone: string) => string;
  readonly removePhoneIntro: string;
  readonly removePhone: string;
}

/**
 * The groups of {@link MfaMessages}: its keys that hold an object of texts (a factor's, a screen's, the error
 * messages). An override replaces single texts inside them. Derived from `MfaMessages`, so a new group is one.
 */
export type MfaMessageGroup = {
  [Key in keyof MfaMessages]: MfaMessages[Key] extends string | ((...values: never[]) => string)
    ? never
    : Key;
}[keyof MfaMessages];

/**
 * An error's text: fixed, or worded around `wait`, a countdown such as `0:45` when the server said
 * how long to wait (null when it did not).
 */
export type MfaErrorText = string | ((wait: string | null) => string);

/** A partial override: shared texts, and single texts of the groups (error messages, a factor's texts). */
export type MfaMessagesOverride = Partial<Omit<MfaMessages, MfaMessageGroup>> & {
  readonly [Group in MfaMessageGroup]?: Partial<MfaMessages[Group]>;
} & MfaMovedMessages &
  MfaRenamedTexts;

/** The texts inside a group whose names said disable for remove (issue #19); an override with them still works. */
export interface MfaRenamedTexts {
  readonly devices?: {
    /** @deprecated Use `devices.remove`. */
    readonly disable?: string;
    /** @deprecated Use `devices.removeLabel`. */
    readonly disableLabel?: (lastDigits: string) => string;
  };
  readonly removePhoneWithCode?: {
    /** @deprecated Use `removePhoneWithCode.removing`. */
    readonly disabling?: string;
  };
}

/**
 * The texts' names before they were grouped by factor (issue #11), and the groups' names before the glossary's
 * words (issue #19). Overrides with them still work; `useMfaMessages` returns them under the new names.
 */
export interface MfaMovedMessages {
  /** @deprecated Use `enroll`. */
  readonly enrol?: Partial<MfaEnrollMessages>;
  /** @deprecated Use `authenticator`. */
  readonly totp?: Partial<MfaAuthenticatorMessages>;
  /** @deprecated Use `removePhoneWithCode` (`removing` for `disabling`). */
  readonly smsDisable?: Partial<MfaRemovePhoneWithCodeMessages> &
    MfaRenamedTexts['removePhoneWithCode'];
  /** @deprecated Use `email.title`. */
  readonly emailTitle?: string;
  /** @deprecated Use `email.sentTo`. */
  readonly emailSentTo?: (email: string) => string;
  /** @deprecated Use `email.sent`. */
  readonly emailSent?: string;
  /** @deprecated Use `removePhoneWithCode.title`. */
  readonly disableSmsTitle?: string;
  /** @deprecated Use `removePhoneWithCode.intro`. */
  readonly disableSmsIntro?: (phone: string) => string;
  /** @deprecated Use `removePhoneWithCode.sendCode`. */
  readonly disableSmsSendCode?: string;
  /** @deprecated Use `removePhoneWithCode.sentTo`. */
  readonly disableSmsSentTo?: (phone: string) => string;
  /** @deprecated Use `removePhoneWithCode.confirm`. */
  readonly disableSmsConfirm?: string;
  /** @deprecated Use `removePhoneWithCode.removing`. */
  readonly disableSmsDisabling?: string;
  /** @deprecated Use `removePhoneWithCode.done`. */
  readonly disableSmsDone?: (phone: string) => string;
  /** @deprecated Use `devices.title`. */
  readonly devicesTitle?: string;
  /** @deprecated Use `devices.loading`. */
  readonly devicesLoading?: string;
  /** @deprecated Use `devices.empty`. */
  readonly devicesEmpty?: string;
  /** @deprecated Use `devices.error`. */
  readonly devicesError?: string;
  /** @deprecated Use `devices.remove`. */
  readonly disableDevice?: string;
  /** @deprecated Use `devices.removeLabel`. */
  readonly disableDeviceLabel?: (lastDigits: string) => string;
  /** @deprecated Use `devices.phoneEndingIn`. */
  readonly phoneEndingIn?: (lastDigits: string) => string;
}
