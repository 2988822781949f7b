// @mfa-kit/ui: styled, accessible components for Frontegg MFA screens. Styles: '@mfa-kit/ui/styles.css'.
export { CodeInput } from './code-input/code-input.js';
export type { CodeInputProps } from './code-input/code-input.js';
// Core's rules, kept here where ui users met them first.
export { compactPhoneNumber, sanitizeCode } from '@mfa-kit/core';
export { RememberDeviceCheckbox } from './remember-device-checkbox/remember-device-checkbox.js';
export type { RememberDeviceCheckboxProps } from './remember-device-checkbox/remember-device-checkbox.js';
export { ResendCodeButton } from './resend-code-button/resend-code-button.js';
export type { ResendCodeButtonProps } from './resend-code-button/resend-code-button.js';
export { enMessages } from './messages/en.js';
export { heMessages } from './messages/he.js';
export { MfaMessagesProvider, mergeMessages, useMfaMessages } from './messages/messages-context.js';
export type { MfaMessagesProviderProps } from './messages/messages-context.js';
export type {
  MfaDevicesMessages,
  MfaEmailMessages,
  MfaErrorText,
  MfaLoginStepMessages,
  MfaRecoveryMessages,
  MfaSmsMessages,
  MfaAuthenticatorMessages,
  MfaWebAuthnMessages,
  MfaMessageGroup,
  MfaMessages,
  MfaMessagesOverride,
  MfaMovedMessages,
  MfaSmsDisableMessages,
  MfaEnrollMessages,
} from './messages/messages.js';
export { errorMessage } from './messages/error-message.js';
export { formatCountdown } from './messages/format-countdown.js';
export { maskEmail } from './mask/mask-email.js';
export { maskPhone, phoneLastDigits } from './mask/mask-phone.js';
// The parts the forms are built from, for a code step of your own design: the shell, the code part, the alert with
// its way forward, the passkey prompt, and the hook that wires a factor hook's result to them.
export { CodeForm } from './code-form/code-form.js';
export type { CodeFormProps } from './code-form/code-form.js';
export { CodeFields } from './code-form/code-fields.js';
export type { CodeFieldsProps } from './code-form/code-fields.js';
export { TextCodeFields } from './code-form/text-code-fields.js';
export type { TextCodeFieldsProps } from './code-form/text-code-fields.js';
export { useCodeForm } from './code-form/use-code-form.js';
export type { UseCodeFormOptions, UseCodeFormResult } from './code-form/use-code-form.js';
export { connectCodeForm } from './code-form/connect-code-form.js';
export type {
  CodeFormFlow,
  CodeFormState,
  CodeFormTexts,
  CodeFormView,
} from './code-form/connect-code-form.js';
export { FlowAlertBox } from './code-form/flow-alert-box.js';
export type { FlowAlertBoxProps } from './code-form/flow-alert-box.js';
export { flowAlert } from './code-form/flow-alert.js';
export type { FlowAlert, FlowAlertAction, FlowAlertState } from './code-form/flow-alert.js';
export { WebAuthnPrompt } from './webauthn-prompt/webauthn-prompt.js';
export type { WebAuthnPromptFlow, WebAuthnPromptProps } from './webauthn-prompt/webauthn-prompt.js';
export { EmailMfaForm } from './email-mfa-form/email-mfa-form.js';
export type { EmailMfaFormProps } from './email-mfa-form/email-mfa-form.js';
export { AuthenticatorMfaForm } from './authenticator-mfa-form/authenticator-mfa-form.js';
export type { AuthenticatorMfaFormProps } from './authenticator-mfa-form/authenticator-mfa-form.js';
export { SmsMfaForm } from './sms-mfa-form/sms-mfa-form.js';
export type { SmsMfaFormProps } from './sms-mfa-form/sms-mfa-form.js';
export { WebAuthnMfaForm } from './webauthn-mfa-form/webauthn-mfa-form.js';
export type { WebAuthnMfaFormProps } from './webauthn-mfa-form/webauthn-mfa-form.js';
export { RecoveryCodeForm } from './recovery-code-form/recovery-code-form.js';
export type { RecoveryCodeFormProps } from './recovery-code-form/recovery-code-form.js';
export { RemovePhoneWithCodeForm } from './remove-phone-with-code-form/remove-phone-with-code-form.js';
export type { RemovePhoneWithCodeFormProps } from './remove-phone-with-code-form/remove-phone-with-code-form.js';
// Deprecated (issue #19, `disable` → `remove`): exported until the next minor version.
/* eslint-disable @typescript-eslint/no-deprecated */
export { DisableSmsMfaForm } from './remove-phone-with-code-form/disable-sms-mfa-form.js';
export type { DisableSmsMfaFormProps } from './remove-phone-with-code-form/disable-sms-mfa-form.js';
/* eslint-enable @typescript-eslint/no-deprecated */
export { MfaDeviceList } from './mfa-device-list/mfa-device-list.js';
export type { MfaDeviceListProps } from './mfa-device-list/mfa-device-list.js';
export { QrSetup } from './factor-setup/qr-setup.js';
export type { QrSetupProps } from './factor-setup/qr-setup.js';
export { RecoveryCodeNotice } from './factor-setup/recovery-code-notice.js';
export type { RecoveryCodeNoticeProps } from './factor-setup/recovery-code-notice.js';
export { PhoneNumberField } from './factor-setup/phone-number-field.js';
export type { PhoneNumberFieldProps } from './factor-setup/phone-number-field.js';
export { usePhoneNumberForm } from './factor-setup/use-phone-number-form.js';
export type { PhoneNumberFormValues } from './factor-setup/use-phone-number-form.js';
export { phoneNumberSchema } from './factor-setup/phone-number.js';
export { MfaSettings } from './mfa-settings/mfa-settings.js';
export type { MfaSettingsProps } from './mfa-settings/mfa-settings.js';
export type { MfaSettingsMessages } from './messages/messages.js';
// Deprecated aliases (issue #19): exported until the next minor version, used by nothing current.
/* eslint-disable @typescript-eslint/no-deprecated */
export { TotpMfaForm } from './deprecated.js';
export type { TotpMfaFormProps } from './deprecated.js';
export type { MfaEnrolMessages, MfaTotpMessages } from './deprecated.js';
/* eslint-enable @typescript-eslint/no-deprecated */
