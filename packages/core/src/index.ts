// @mfa-kit/core: the typed Frontegg MFA client and the one-time-code flow.
export { createMfaClient } from './client/create-client.js';
export type { MfaClient, MfaClientOptions } from './client/create-client.js';
export { MfaApiError, isMfaApiError } from './client/errors.js';
export type { MfaApiErrorInit, MfaErrorKind } from './client/errors.js';
export type { Region } from './client/regions.js';
export type { RequestOptions } from './client/http.js';
export type { AuthApi, LoginInput } from './client/auth.js';
export type { EmailMfaApi, SendEmailCodeInput, VerifyEmailCodeInput } from './client/email-mfa.js';
export type { MfaPolicyApi, RememberDevicePolicyInput } from './client/mfa-policy.js';
export type { DevicesApi } from './client/devices.js';
export type {
  DisableSmsInput,
  PreDisableSmsInput,
  SendSmsCodeInput,
  SmsMfaApi,
  VerifySmsCodeInput,
} from './client/sms-mfa.js';
export type { TotpMfaApi, VerifyTotpInput } from './client/totp-mfa.js';
export type {
  StartWebAuthnInput,
  VerifyWebAuthnInput,
  WebAuthnAssertion,
  WebAuthnMfaApi,
} from './client/webauthn-mfa.js';
export type { RecoveryCodeApi, RedeemRecoveryCodeInput } from './client/recovery-code.js';
export type {
  AuthResponse,
  MfaAuthenticatorApp,
  MfaDevices,
  MfaEmailDevice,
  MfaPhoneDevice,
  MfaWebAuthnDevice,
  PreDisableSmsResponse,
  RememberDevicePolicy,
  SendEmailCodeResponse,
  SendSmsCodeResponse,
  StartWebAuthnResponse,
  WebAuthnCredentialDescriptor,
  WebAuthnRequestOptions,
} from './client/schemas.js';
export { createOtpFlowStore } from './flow/store.js';
export type { OtpFlowStore, OtpFlowStoreOptions } from './flow/store.js';
export { DEFAULT_OTP_FLOW_CONFIG, initialOtpFlowState, transition } from './flow/machine.js';
export { canResend, canVerify, needsNewCode } from './flow/guards.js';
export { systemClock } from './flow/timers.js';
export type { OtpFlowClock } from './flow/timers.js';
export type {
  OtpFlowAction,
  OtpFlowConfig,
  OtpFlowEvent,
  OtpFlowEventType,
  OtpFlowSnapshot,
  OtpFlowState,
  OtpFlowStep,
} from './flow/types.js';
