// @mfa-kit/react: headless hooks for Frontegg MFA screens, on @tanstack/react-query.
export { MfaProvider, useMfaClient } from './mfa-provider.js';
export type { MfaProviderProps } from './mfa-provider.js';
export { useStepUp } from './use-step-up.js';
export type { UseStepUpOptions, UseStepUpResult } from './use-step-up.js';
export { useStepUpAction } from './use-step-up-action.js';
export type { UseStepUpActionOptions } from './use-step-up-action.js';
export { useStepUpPrompt } from './use-step-up-prompt.js';
export type { UseStepUpPromptResult } from './use-step-up-prompt.js';
export type { StepUpPrompt } from './step-up-registry.js';
export { isStepUpCancelled, StepUpCancelledError } from './step-up-cancelled.js';
export type { StepUpCancelReason } from './step-up-cancelled.js';
export { useEmailMfa } from './use-email-mfa.js';
export type {
  EmailCodeInput,
  RememberDeviceOffer,
  UseEmailMfaOptions,
  UseEmailMfaResult,
} from './use-email-mfa.js';
export { useAuthenticatorMfa } from './use-authenticator-mfa.js';
export type { UseAuthenticatorMfaResult } from './use-authenticator-mfa.js';
export { useSmsMfa } from './use-sms-mfa.js';
export type { UseSmsMfaOptions, UseSmsMfaResult } from './use-sms-mfa.js';
export { useWebAuthnMfa } from './use-webauthn-mfa.js';
export type { UseWebAuthnMfaOptions, UseWebAuthnMfaResult } from './use-webauthn-mfa.js';
export { useRecoveryCode } from './use-recovery-code.js';
export type { UseRecoveryCodeOptions, UseRecoveryCodeResult } from './use-recovery-code.js';
export { useMfaLogin } from './use-mfa-login.js';
export type { UseMfaLoginOptions, UseMfaLoginResult } from './use-mfa-login.js';
export type { MfaLoginFactorOptions, MfaLoginFactorResult } from './use-login-factor.js';
export { useMfaStrategies } from './use-mfa-strategies.js';
export { useEnrollAuthenticator, useEnrollSms, useEnrollWebAuthn } from './use-enroll-mfa.js';
export type {
  UseEnrollAuthenticatorResult,
  UseEnrollSmsResult,
  UseEnrollWebAuthnResult,
} from './use-enroll-mfa.js';
export {
  useAddAuthenticator,
  useAddPhone,
  useAddWebAuthn,
  useRemoveAuthenticator,
  useRemovePhone,
  useRemoveWebAuthn,
} from './use-manage-mfa.js';
export type {
  MfaAddFactorOptions,
  MfaFactorAdded,
  MfaRemoveOptions,
  MfaSettingsFlowOptions,
  UseAddAuthenticatorResult,
  UseAddPhoneResult,
  UseAddWebAuthnResult,
  UseRemoveAuthenticatorResult,
  UseRemovePhoneOptions,
  UseRemovePhoneResult,
  UseRemoveWebAuthnResult,
} from './use-manage-mfa.js';
export { useRememberDeviceOffer } from './use-remember-device-offer.js';
export { useRemovePhoneWithCode } from './use-remove-phone-with-code.js';
export type { UseRemovePhoneWithCodeResult } from './use-remove-phone-with-code.js';
export { useMfaSettings } from './use-mfa-settings.js';
export type {
  MfaSettingsPanel,
  MfaSettingsState,
  UseMfaSettingsOptions,
  UseMfaSettingsResult,
} from './use-mfa-settings.js';
export { useMfaFactor } from './use-mfa-factor.js';
export type { UseMfaFactorOptions, UseMfaFactorResult } from './use-mfa-factor.js';
export type { MfaFlowOptions, MfaFlowResult } from './mfa-flow-types.js';
export { useCodeField } from './use-code-field.js';
export type { CodeFieldResult, UseCodeFieldOptions } from './use-code-field.js';
export { useMfaDevices } from './use-mfa-devices.js';
export type { UseMfaDevicesOptions } from './use-mfa-devices.js';
export { mfaKeys } from './mfa-keys.js';
export {
  mfaCallOptions,
  mfaDevicesOptions,
  mfaStrategiesOptions,
  rememberDevicePolicyOptions,
} from './mfa-options.js';
// Deprecated: `mfaCallOptions(client, spec.call)` makes each of these. Exported until the next minor version.
/* eslint-disable @typescript-eslint/no-deprecated */
export {
  disableSmsOptions,
  preDisableSmsOptions,
  sendEmailCodeOptions,
  verifyEmailCodeOptions,
} from './mfa-options.js';
/* eslint-enable @typescript-eslint/no-deprecated */
export type { MfaMutationOptions, MfaMutationVariables } from './mfa-options.js';
export { mfaCodeSchema, recoveryCodeSchema } from './mfa-code-schema.js';
export type { MfaCodeSchemaOptions } from './mfa-code-schema.js';
export { REPEATED_CODE, useMfaCodeForm } from './use-mfa-code-form.js';
export type {
  MfaCodeFormFlow,
  MfaCodeFormValues,
  UseMfaCodeFormOptions,
  UseMfaCodeFormResult,
} from './use-mfa-code-form.js';
// Deprecated aliases (issue #11): exported until the next minor version, used by nothing current.
/* eslint-disable @typescript-eslint/no-deprecated */
export type { MfaCodeFlowOptions, MfaCodeFlowState } from './deprecated.js';
// Deprecated aliases (issue #19, `disable` → `remove`): exported until the next minor version.
export { useDisableSmsMfa } from './deprecated.js';
export type {
  DisableSmsMfaStep,
  SmsCodeInput,
  UseDisableSmsMfaOptions,
  UseDisableSmsMfaResult,
} from './deprecated.js';
export { useTotpMfa } from './deprecated.js';
export type { UseTotpMfaResult } from './deprecated.js';
/* eslint-enable @typescript-eslint/no-deprecated */
