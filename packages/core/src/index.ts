// @mfa-kit/core: the typed Frontegg MFA client, the MFA flow, factors as data with their session, and a code
// field's behaviour.
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
  EnrollMfaApi,
  EnrollMfaStartInput,
  StartSmsEnrollmentInput,
  VerifyAuthenticatorEnrollmentInput,
  VerifySmsEnrollmentInput,
  VerifyWebAuthnEnrollmentFields,
  VerifyWebAuthnEnrollmentInput,
  WebAuthnAttestation,
} from './client/enroll-mfa.js';
export type {
  DisableAuthenticatorInput,
  DisableWebAuthnInput,
  ManageMfaApi,
  StartUserSmsInput,
  StartWebAuthnRemovalInput,
  VerifyUserAuthenticatorInput,
  VerifyUserSmsInput,
} from './client/manage-mfa.js';
export type {
  DisableSmsInput,
  DisableSmsWithoutCodeInput,
  PreDisableSmsInput,
  SendSmsCodeInput,
  SmsMfaApi,
  VerifySmsCodeInput,
} from './client/sms-mfa.js';
export type {
  AuthenticatorMfaApi,
  VerifyAuthenticatorCodeInput,
} from './client/authenticator-mfa.js';
export type {
  StartWebAuthnInput,
  VerifyWebAuthnInput,
  WebAuthnAssertion,
  WebAuthnMfaApi,
} from './client/webauthn-mfa.js';
export { createWebAuthnCredential, getWebAuthnAssertion } from './webauthn/on-demand.js';
export { isWebAuthnPromptFailure, isWebAuthnUnavailable } from './webauthn/failure-kinds.js';
export type { RecoveryCodeApi, RedeemRecoveryCodeInput } from './client/recovery-code.js';
export type {
  AuthResponse,
  MfaAuthenticatorApp,
  MfaDevices,
  MfaEmailDevice,
  MfaPhoneDevice,
  MfaStrategiesResponse,
  MfaStrategy,
  MfaWebAuthnDevice,
  PreDisableSmsResponse,
  RememberDevicePolicy,
  SendEmailCodeResponse,
  SendSmsCodeResponse,
  StartAuthenticatorEnrollmentResponse,
  StartSmsEnrollmentResponse,
  StartWebAuthnEnrollmentResponse,
  StartWebAuthnResponse,
  VerifyAuthenticatorEnrollmentResponse,
  VerifyUserEnrollmentResponse,
  WebAuthnCreationOptions,
  WebAuthnCredentialDescriptor,
  WebAuthnRequestOptions,
} from './client/schemas.js';
export { createMfaFlowStore } from './flow/store.js';
export type { MfaFlowStore, MfaFlowStoreOptions } from './flow/store.js';
export { DEFAULT_MFA_FLOW_CONFIG, initialMfaFlowState, transition } from './flow/machine.js';
export { canResend, canVerify, needsNewCode } from './flow/guards.js';
export { mfaWayForward } from './flow/way-forward.js';
export type {
  MfaWayForward,
  MfaWayForwardAction,
  MfaWayForwardState,
  MfaWayForwardTopic,
} from './flow/way-forward.js';
export { systemClock } from './flow/timers.js';
export type { MfaFlowClock } from './flow/timers.js';
export type {
  MfaCodeSource,
  MfaFlowAction,
  MfaFlowConfig,
  MfaFlowEvent,
  MfaFlowEventType,
  MfaFlowSnapshot,
  MfaFlowState,
  MfaFlowStep,
} from './flow/types.js';
export { createMfaFactorSession } from './factor/session.js';
export type {
  MfaCallRunner,
  MfaFactorSession,
  MfaFactorSessionOptions,
  MfaFactorSnapshot,
} from './factor/session.js';
export type {
  CeremonyFactorSpec,
  KnownCodeFactorSpec,
  LoginCodeInput,
  MfaCodeInput,
  MfaFactorCall,
  MfaFactorDetails,
  MfaFactorInput,
  MfaFactorKind,
  MfaFactorParams,
  MfaFactorResult,
  MfaFactorSpec,
  MfaFactorStep,
  SentCodeFactorSpec,
} from './factor/types.js';
export { isRefusedCode } from './factor/refused-code.js';
export { createCodeField } from './code-field/code-field.js';
export type {
  CodeField,
  CodeFieldKeyEvent,
  CodeFieldOptions,
  CodeFieldPasteEvent,
} from './code-field/code-field.js';
export { sanitizeCode } from './code-field/sanitize-code.js';
export { codeLength } from './code-field/code-edits.js';
export type { CodeSelection } from './code-field/code-edits.js';
export { codeSlots } from './code-field/code-slots.js';
export type { CodeSlot } from './code-field/code-slots.js';
export { emailMfaFactor } from './factor/email-mfa-factor.js';
export type { EmailCodeInput } from './factor/email-mfa-factor.js';
export { authenticatorMfaFactor } from './factor/authenticator-mfa-factor.js';
export { smsMfaFactor } from './factor/sms-mfa-factor.js';
export type { SmsCodeDetails } from './factor/sms-mfa-factor.js';
export { recoveryCodeFactor } from './factor/recovery-code-factor.js';
export { webAuthnMfaFactor } from './factor/webauthn-mfa-factor.js';
export type { WebAuthnLoginInput } from './factor/webauthn-mfa-factor.js';
export { mfaLoginMethods } from './login/mfa-login-methods.js';
export type { MfaLoginMethod, MfaLoginMethodsOptions } from './login/mfa-login-methods.js';
export { MFA_ENROLL_STRATEGIES, MFA_LOGIN_METHOD_KINDS } from './login/factor-kinds.js';
export type { MfaEnrollChoice, MfaLoginMethodKind } from './login/factor-kinds.js';
export { enrollmentRecoveryCode, normalizeRecoveryCode } from './login/recovery-code.js';
export { rememberDeviceOffer } from './login/remember-device.js';
export type { RememberDeviceOffer } from './login/remember-device.js';
export { mfaStrategiesOfLoginAnswer } from './login/login-strategies.js';
export { mfaEnrollChoices } from './login/enroll-choices.js';
export { E164_PATTERN, compactPhoneNumber, isE164, toE164 } from './client/phone-number.js';
export { enrollAuthenticatorFactor } from './factor/enroll-authenticator-factor.js';
export type { AuthenticatorSetupDetails } from './factor/enroll-authenticator-factor.js';
export { qrCodeImageSource } from './factor/qr-code-image.js';
export { enrollSmsFactor } from './factor/enroll-sms-factor.js';
export { enrollWebAuthnFactor } from './factor/enroll-webauthn-factor.js';
export type { WebAuthnEnrollInput } from './factor/enroll-webauthn-factor.js';
export { addAuthenticatorFactor } from './factor/add-authenticator-factor.js';
export { addPhoneFactor } from './factor/add-phone-factor.js';
export { addWebAuthnFactor } from './factor/add-webauthn-factor.js';
export { removeAuthenticatorFactor } from './factor/remove-authenticator-factor.js';
export { removeWebAuthnFactor } from './factor/remove-webauthn-factor.js';
export { removePhoneWithCodeFactor } from './factor/remove-phone-with-code-factor.js';
export type { RemovePhoneWithCodeDetails } from './factor/remove-phone-with-code-factor.js';
export { removePhoneCall } from './factor/remove-phone-call.js';
export { mfaRemoval } from './settings/removal-policy.js';
export type {
  MfaKeptReason,
  MfaRemoval,
  MfaRemovalPolicy,
  MfaRemovalWay,
  MfaSettingsMethodKind,
} from './settings/removal-policy.js';
export { mfaSettingsMethods } from './settings/settings-methods.js';
export type { MfaSettingsMethod } from './settings/settings-methods.js';
export { mfaAddChoices } from './settings/add-choices.js';
export type { GenerateStepUpInput, StepUpApi } from './client/step-up.js';
export type { GenerateStepUpResponse } from './client/schemas.js';
export { MULTI_FACTOR_ACR, isSteppedUp } from './step-up/is-stepped-up.js';
export type { IsSteppedUpOptions } from './step-up/is-stepped-up.js';
export { isMfaNotEnrolled } from './step-up/mfa-not-enrolled.js';
export { stepUpFactor, stepUpMethods } from './step-up/step-up-methods.js';
export type { StepUpFactor, StepUpMethod, StepUpMethodKind } from './step-up/step-up-methods.js';
export { isStepUpChallenge, startStepUp, stepUpCall } from './step-up/start-step-up.js';
export type { StepUpStart } from './step-up/start-step-up.js';
// Deprecated aliases (issues #11 and #19): exported until the next minor version, used by nothing current.
/* eslint-disable @typescript-eslint/no-deprecated */
export {
  DEFAULT_OTP_FLOW_CONFIG,
  createOtpFlowStore,
  disableSmsMfaFactor,
  initialOtpFlowState,
  totpMfaFactor,
} from './deprecated.js';
export type {
  DisableSmsMfaDetails,
  OtpFlowAction,
  OtpFlowClock,
  OtpFlowConfig,
  OtpFlowEvent,
  OtpFlowEventType,
  OtpFlowSnapshot,
  OtpFlowState,
  OtpFlowStep,
  OtpFlowStore,
  OtpFlowStoreOptions,
  TotpMfaApi,
  VerifyTotpInput,
} from './deprecated.js';
/* eslint-enable @typescript-eslint/no-deprecated */
