// Response shapes: the public types, and the zod schemas that check each answer against them.
// An object schema lists the fields it checks; a fitting answer is returned as it came (http.ts),
// so fields Frontegg adds pass through untouched.
import {
  $ZodArray,
  $ZodBoolean,
  $ZodNumber,
  $ZodObject,
  $ZodOptional,
  $ZodString,
} from 'zod/v4/core';
import type { $ZodShape, $ZodType } from 'zod/v4/core';
import type { AnswerSchema } from './http.js';

/** A security key or platform authenticator (WebAuthn) enrolled as a second factor. */
export interface MfaWebAuthnDevice {
  id: string;
  /** `Platform` or `CrossPlatform` today; kept as a string so a new kind does not break parsing. */
  deviceType: string;
  name: string;
}

/** A phone that receives MFA codes by SMS. */
export interface MfaPhoneDevice {
  id: string;
  /** As Frontegg shows it, usually masked. */
  phoneNumber: string;
}

/** An authenticator app enrolled as a second factor. */
export interface MfaAuthenticatorApp {
  id: string;
}

/** An email address that receives MFA codes. */
export interface MfaEmailDevice {
  email: string;
}

/** A user's second factors, by kind (`UserMFADevicesResponse`). */
export interface MfaDevices {
  webauthn: readonly MfaWebAuthnDevice[];
  phones: readonly MfaPhoneDevice[];
  authenticators: readonly MfaAuthenticatorApp[];
  emails: readonly MfaEmailDevice[];
}

/**
 * The answer of a login or a completed MFA step (`AuthenticationResponseDto`).
 *
 * When `mfaRequired` is true, the next step needs `mfaToken` (and `mfaDevices` says which factors
 * exist); otherwise `accessToken` and `refreshToken` are the session. Fields Frontegg adds beyond
 * these (`exp`, `amr`, `entitlements`, ...) are kept on the object.
 */
export interface AuthResponse {
  mfaRequired: boolean;
  /** The spec requires it; Frontegg's own SDK also handles an answer without it while MFA is pending. */
  accessToken?: string | undefined;
  refreshToken?: string | undefined;
  /** Seconds until `accessToken` expires. */
  expiresIn?: number | undefined;
  /** When `accessToken` expires, as a date string. */
  expires?: string | undefined;
  tokenType?: string | undefined;
  otcToken?: string | undefined;
  mfaToken?: string | undefined;
  mfaEnrolled?: boolean | undefined;
  mfaDevices?: MfaDevices | undefined;
  /** The spec says an object, Frontegg's SDK an array of strategy names: passed through unchecked. */
  mfaStrategies?: unknown;
  /**
   * At a login that requires enrollment, the QR code of an authenticator app, as the server sent it (a data URL
   * from Frontegg): `qrCodeImageSource` makes it an image source.
   */
  qrCode?: string | undefined;
  recoveryCode?: string | undefined;
  resetPasswordToken?: string | undefined;
  passwordExpiresIn?: number | undefined;
  notificationPeriod?: number | undefined;
  userId?: string | undefined;
  userEmail?: string | undefined;
  emailVerified?: boolean | undefined;
  isBreachedPassword?: boolean | undefined;
}

/**
 * A step-up's challenge (`GenerateStepUpResponse` of Frontegg's SDK, `@frontegg/rest-api` 7.119
 * `auth/interfaces.d.ts`): pass `mfaToken` with a login factor's calls, for one of `mfaDevices`.
 */
export interface GenerateStepUpResponse {
  /** The step-up's token: what the login factors' calls take as `mfaToken`. */
  mfaToken: string;
  /** Whether the user has a second factor; Frontegg refuses a step-up of a user with none. */
  mfaEnrolled: boolean;
  /** The user's factors, as at login: `stepUpMethods` lists them. */
  mfaDevices: MfaDevices;
}

/** The answer of sending an email code: the token that the verify call needs. */
export interface SendEmailCodeResponse {
  otcToken: string;
}

/** A credential the browser may answer with (`PublicKeyCredentialDescriptorJSON`). */
export interface WebAuthnCredentialDescriptor {
  /** The credential id, base64url. */
  id: string;
  /** `public-key`. */
  type: string;
}

/**
 * WebAuthn request options in JSON form (`PublicKeyCredentialRequestOptionsJSON`, base64url strings),
 * ready for `PublicKeyCredential.parseRequestOptionsFromJSON`. The client checks the fields below; the
 * others (`rpId`, `timeout`, `userVerification`, `transports`, ...) pass through untouched, for the
 * browser's parser to check.
 */
export interface WebAuthnRequestOptions {
  /** Base64url. */
  challenge: string;
  /** The credentials of the chosen device. */
  allowCredentials?: WebAuthnCredentialDescriptor[];
}

/** The answer of starting a WebAuthn challenge: the token the verify call needs, and the options. */
export interface StartWebAuthnResponse {
  webauthnToken: string;
  options: WebAuthnRequestOptions;
}

/** The tenant's remember-device policy. */
export interface RememberDevicePolicy {
  /** Whether to offer "don't ask again on this device". */
  isAllowedToRemember: boolean;
  /** How long a remembered device skips MFA, in seconds (Frontegg's default: 1209600, 14 days). */
  mfaDeviceExpiration: number;
}

/** The answer of sending an SMS code: the token that the verify call needs, and where it went. */
export interface SendSmsCodeResponse {
  otcToken: string;
  /** As Frontegg shows it, usually masked. */
  phoneNumber?: string | undefined;
}

/** The answer of starting to disable an SMS device: an SMS code went to `phoneNumber`. */
export type PreDisableSmsResponse = SendSmsCodeResponse;

/** The answer of starting to add a phone: a code went to it, and the token its verify call needs. */
export type StartSmsEnrollmentResponse = SendSmsCodeResponse;

/** One second factor the tenant offers (`MFAStrategyResponse`). */
export interface MfaStrategy {
  /** `AuthenticatorApp`, `SMS`, `EmailCode`, `WebAuthnPlatform` or `WebAuthnCrossPlatform` today. */
  strategy: string;
  /** Whether users may use and add it. */
  isActive: boolean;
}

/** The tenant's second factors (`MFAStrategiesResponse`). */
export interface MfaStrategiesResponse {
  strategies: MfaStrategy[];
}

/** The answer of starting to add an authenticator app. */
export interface StartAuthenticatorEnrollmentResponse {
  /**
   * The QR code of the app's `otpauth://` URL, as the server sent it: Frontegg sends a complete data URL
   * (`data:image/png;base64,…`; `@frontegg/react-auth` 4.0.23 renders `<img src={qrCode}>` as it comes), the
   * spec says only "QR code". `qrCodeImageSource` turns either shape into an image source.
   */
  qrCode: string;
}

/**
 * The answer of adding an authenticator app, a phone or a passkey from account settings: a recovery code when
 * the server issued one with it (show it once, never store it), else nothing. The spec documents it only for the
 * app (`VerifyEnrollMFAResponse`, required there) and gives the phone's verify no body; Frontegg's SDK
 * (`@frontegg/redux-store` 7.119, `auth/MfaState/actions.js`, `__getMfaStateAfterEnroll`) reads an optional
 * `recoveryCode` from all three answers, so an answer without one, or with no body at all, is a success.
 */
export interface VerifyUserEnrollmentResponse {
  /** Shown once: the user's way back in when every factor is lost. */
  recoveryCode?: string | undefined;
}

/** The answer of adding an authenticator app from account settings: `recoveryCode` may be absent. */
export type VerifyAuthenticatorEnrollmentResponse = VerifyUserEnrollmentResponse;

/**
 * WebAuthn creation options in JSON form (`PublicKeyCredentialCreationOptionsJSON`, base64url strings),
 * ready for `PublicKeyCredential.parseCreationOptionsFromJSON`. The client checks the fields below; the
 * others (`pubKeyCredParams`, `authenticatorSelection`, `attestation`, ...) pass through untouched.
 */
export interface WebAuthnCreationOptions {
  /** Base64url. */
  challenge: string;
  /** The relying party: Frontegg's app domain as `id`. */
  rp: { id?: string; name: string };
  /** `id` is the user handle, base64url. */
  user: { id: string; name: string; displayName: string };
  /** The user's credentials already enrolled, which the browser must not enroll again. */
  excludeCredentials?: WebAuthnCredentialDescriptor[];
  // Passed to the browser as they came, for its parser to check.
  /** The signature algorithms the server accepts, e.g. `{ type: 'public-key', alg: -7 }`. */
  pubKeyCredParams?: { type: string; alg: number }[];
  timeout?: number;
  authenticatorSelection?: {
    authenticatorAttachment?: string;
    residentKey?: string;
    requireResidentKey?: boolean;
    userVerification?: string;
  };
  attestation?: string;
}

/** The answer of starting to add a passkey or security key: the token the verify call needs, and the options. */
export interface StartWebAuthnEnrollmentResponse {
  webauthnToken: string;
  options: WebAuthnCreationOptions;
}

// Built from zod's core classes, the parsers zod and zod/mini are made of, with the definitions
// zod/mini gives them. zod/mini's wrapper API (parse, check, clone, ...) would add about 1 kB
// min+gzip that this client never calls: it validates through Standard Schema instead (http.ts).
// Module-level calls are marked pure, so a bundle without the client (the flow store alone) drops zod.
const object = <Shape extends $ZodShape>(shape: Shape) =>
  new $ZodObject({ type: 'object', shape }) as $ZodObject<Shape>;
const array = <T extends $ZodType>(element: T) =>
  new $ZodArray({ type: 'array', element }) as $ZodArray<T>;
const optional = <T extends $ZodType>(innerType: T) =>
  new $ZodOptional({ type: 'optional', innerType }) as $ZodOptional<T>;
const text = /* @__PURE__ */ new $ZodString({ type: 'string' });
const flag = /* @__PURE__ */ new $ZodBoolean({ type: 'boolean' });
const count = /* @__PURE__ */ new $ZodNumber({ type: 'number' });
const optionalText = /* @__PURE__ */ optional(text);
const optionalCount = /* @__PURE__ */ optional(count);
const optionalFlag = /* @__PURE__ */ optional(flag);

export const mfaDevicesSchema: $ZodType<MfaDevices> = /* @__PURE__ */ object({
  webauthn: /* @__PURE__ */ array(
    /* @__PURE__ */ object({ id: text, deviceType: text, name: text }),
  ),
  phones: /* @__PURE__ */ array(/* @__PURE__ */ object({ id: text, phoneNumber: text })),
  authenticators: /* @__PURE__ */ array(/* @__PURE__ */ object({ id: text })),
  emails: /* @__PURE__ */ array(/* @__PURE__ */ object({ email: text })),
});

export const authResponseSchema: $ZodType<AuthResponse> = /* @__PURE__ */ object({
  mfaRequired: flag,
  accessToken: optionalText,
  refreshToken: optionalText,
  expiresIn: optionalCount,
  expires: optionalText,
  tokenType: optionalText,
  otcToken: optionalText,
  mfaToken: optionalText,
  mfaEnrolled: optionalFlag,
  mfaDevices: /* @__PURE__ */ optional(mfaDevicesSchema),
  qrCode: optionalText,
  recoveryCode: optionalText,
  resetPasswordToken: optionalText,
  passwordExpiresIn: optionalCount,
  notificationPeriod: optionalCount,
  userId: optionalText,
  userEmail: optionalText,
  emailVerified: optionalFlag,
  isBreachedPassword: optionalFlag,
});

export const sendEmailCodeResponseSchema: $ZodType<SendEmailCodeResponse> = /* @__PURE__ */ object({
  otcToken: text,
});

export const rememberDevicePolicySchema: $ZodType<RememberDevicePolicy> = /* @__PURE__ */ object({
  isAllowedToRemember: flag,
  mfaDeviceExpiration: count,
});

/** An SMS code went out: at login (`smsMfa.sendCode`) and before disabling a phone (`preDisable`). */
export const smsCodeSentSchema: $ZodType<SendSmsCodeResponse> = /* @__PURE__ */ object({
  otcToken: text,
  phoneNumber: optionalText,
});

export const mfaStrategiesSchema: $ZodType<MfaStrategiesResponse> = /* @__PURE__ */ object({
  strategies: /* @__PURE__ */ array(/* @__PURE__ */ object({ strategy: text, isActive: flag })),
});

export const startAuthenticatorEnrollmentSchema: $ZodType<StartAuthenticatorEnrollmentResponse> =
  /* @__PURE__ */ object({ qrCode: text });

// The spec's VerifyEnrollMFAResponse requires `recoveryCode`; `@frontegg/redux-store` 7.119
// (`auth/MfaState/actions.js`, `__getMfaStateAfterEnroll`) treats it as optional on every settings enrollment.
export const verifyUserEnrollmentSchema: $ZodType<VerifyUserEnrollmentResponse> =
  /* @__PURE__ */ object({ recoveryCode: optionalText });

const credentialDescriptors = /* @__PURE__ */ optional(
  /* @__PURE__ */ array(/* @__PURE__ */ object({ id: text, type: text })),
);

// A JSON answer never holds `undefined`, so the public type leaves it out of the optional fields (as
// the DOM's `PublicKeyCredentialRequestOptionsJSON` does, so the options can be passed on as they are);
// zod's inferred type allows it, hence the cast.
export const startWebAuthnResponseSchema = /* @__PURE__ */ object({
  webauthnToken: text,
  options: /* @__PURE__ */ object({
    challenge: text,
    allowCredentials: credentialDescriptors,
  }),
}) as $ZodType as $ZodType<StartWebAuthnResponse>;

// Cast for the same reason as the request options above.
export const startWebAuthnEnrollmentSchema = /* @__PURE__ */ object({
  webauthnToken: text,
  options: /* @__PURE__ */ object({
    challenge: text,
    rp: /* @__PURE__ */ object({ id: optionalText, name: text }),
    user: /* @__PURE__ */ object({ id: text, name: text, displayName: text }),
    excludeCredentials: credentialDescriptors,
  }),
}) as $ZodType as $ZodType<StartWebAuthnEnrollmentResponse>;

const generateStepUpResponseSchema: $ZodType<GenerateStepUpResponse> = /* @__PURE__ */ object({
  mfaToken: text,
  mfaEnrolled: flag,
  mfaDevices: mfaDevicesSchema,
});

// Told apart as `@frontegg/rest-api` 7.119 does (`auth/index.js` generateStepupSession: `!data.accessToken` is a
// challenge), each shape checked by its own schema so that a failure names its field.
export const stepUpAnswerSchema: AnswerSchema<GenerateStepUpResponse | AuthResponse> = {
  '~standard': {
    validate: (answer) =>
      ((Object(answer) as AuthResponse).accessToken
        ? authResponseSchema
        : generateStepUpResponseSchema)['~standard'].validate(answer),
  },
};
