import type { MfaMessageGroup, MfaMovedMessages } from './messages.js';

/** Each group's name before the glossary's words (issue #19), and its name now. */
export const RENAMED_GROUPS = {
  enrol: 'enroll',
  totp: 'authenticator',
} as const satisfies Partial<Record<keyof MfaMovedMessages, MfaMessageGroup>>;

/** Where each text named before the grouping (`MfaMovedMessages`) lives now. */
export const MOVED_MESSAGES: Readonly<
  Record<
    Exclude<keyof MfaMovedMessages, keyof typeof RENAMED_GROUPS>,
    readonly [group: MfaMessageGroup, key: string]
  >
> = {
  emailTitle: ['email', 'title'],
  emailSentTo: ['email', 'sentTo'],
  emailSent: ['email', 'sent'],
  disableSmsTitle: ['smsDisable', 'title'],
  disableSmsIntro: ['smsDisable', 'intro'],
  disableSmsSendCode: ['smsDisable', 'sendCode'],
  disableSmsSentTo: ['smsDisable', 'sentTo'],
  disableSmsConfirm: ['smsDisable', 'confirm'],
  disableSmsDisabling: ['smsDisable', 'disabling'],
  disableSmsDone: ['smsDisable', 'done'],
  devicesTitle: ['devices', 'title'],
  devicesLoading: ['devices', 'loading'],
  devicesEmpty: ['devices', 'empty'],
  devicesError: ['devices', 'error'],
  disableDevice: ['devices', 'disable'],
  disableDeviceLabel: ['devices', 'disableLabel'],
  phoneEndingIn: ['devices', 'phoneEndingIn'],
};
