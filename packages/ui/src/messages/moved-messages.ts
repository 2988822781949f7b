import type {
  MfaMessageGroup,
  MfaMessages,
  MfaMovedMessages,
  MfaRenamedTexts,
} from './messages.js';

/** Each group's name before the glossary's words (issue #19), and its name now. */
export const RENAMED_GROUPS = {
  enrol: 'enroll',
  totp: 'authenticator',
  smsDisable: 'removePhoneWithCode',
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
  disableSmsTitle: ['removePhoneWithCode', 'title'],
  disableSmsIntro: ['removePhoneWithCode', 'intro'],
  disableSmsSendCode: ['removePhoneWithCode', 'sendCode'],
  disableSmsSentTo: ['removePhoneWithCode', 'sentTo'],
  disableSmsConfirm: ['removePhoneWithCode', 'confirm'],
  disableSmsDisabling: ['removePhoneWithCode', 'removing'],
  disableSmsDone: ['removePhoneWithCode', 'done'],
  devicesTitle: ['devices', 'title'],
  devicesLoading: ['devices', 'loading'],
  devicesEmpty: ['devices', 'empty'],
  devicesError: ['devices', 'error'],
  disableDevice: ['devices', 'remove'],
  disableDeviceLabel: ['devices', 'removeLabel'],
  phoneEndingIn: ['devices', 'phoneEndingIn'],
};

/** Each text inside a group whose name said disable for remove (issue #19), and its name now. */
export const RENAMED_TEXTS = {
  devices: { disable: 'remove', disableLabel: 'removeLabel' },
  removePhoneWithCode: { disabling: 'removing' },
} as const satisfies {
  [Group in keyof MfaRenamedTexts]-?: Record<
    keyof NonNullable<MfaRenamedTexts[Group]>,
    keyof MfaMessages[Group]
  >;
};
