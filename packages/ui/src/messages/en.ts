import type { MfaMessages } from './messages.js';

const plural = (count: number, one: string, other: string) =>
  `${count} ${count === 1 ? one : other}`;

/** English texts: the default of every component. */
export const enMessages: MfaMessages = {
  locale: 'en',
  dir: 'ltr',

  codeLabel: 'Verification code',
  codeHint: (length) => `Enter the ${length}-digit code.`,
  codeRequired: 'Enter the code we sent you.',
  codeIncomplete: (length) => `The code has ${length} digits. Enter all of them.`,
  codeAlreadyTried: "You already tried that code and it didn't work. Check it, or send a new code.",
  codeNeedsReplacing: "Several codes didn't work. Send a new code, then enter it.",
  serverDetails: (details) => `Details from the server: ${details}`,

  sendingCode: 'Sending a code…',
  verify: 'Verify',
  verifying: 'Verifying…',
  verified: 'Verified.',
  codeExpiresIn: (time) => `The code expires in ${time}.`,
  codeExpired: 'The code has expired. Send a new code to continue.',

  resendCode: 'Resend code',
  resendCodeIn: (time) => `Resend code in ${time}`,
  resendingCode: 'Sending a new code…',
  resendAvailable: 'You can request a new code now.',
  codeResent: 'We sent you a new code.',

  rememberDevice: (days) =>
    days === null
      ? "Don't ask again on this device"
      : `Don't ask again on this device for ${plural(days, 'day', 'days')}`,

  tryAgain: 'Try again',
  sendNewCode: 'Send a new code',
  signInAgain: 'Sign in again',
  cancel: 'Cancel',
  done: 'Done',
  attemptsLeft: (count) => `${plural(count, 'attempt', 'attempts')} left.`,
  readyAgain: 'You can try again now.',
  signInExpired: 'Your sign-in has expired. Sign in again to get a new code.',

  email: {
    title: 'Check your email',
    sentTo: (email) => `We sent a code to ${email}.`,
    sent: 'We sent a code to your email address.',
  },
  removePhoneWithCode: {
    title: 'Turn off text message codes',
    intro: (phone) =>
      `To turn off sign-in codes sent to ${phone}, confirm with a code we send to that number.`,
    sendCode: 'Send code',
    sentTo: (phone) => `We sent a code to ${phone}.`,
    confirm: 'Turn off',
    removing: 'Turning off…',
    done: (phone) => `Text message codes are off for ${phone}.`,
  },
  devices: {
    title: 'Phones for sign-in codes',
    loading: 'Loading your phones…',
    empty: 'No phone receives sign-in codes yet.',
    error: "We couldn't load your phones.",
    remove: 'Disable',
    removeLabel: (lastDigits) => `Disable codes for the phone ending in ${lastDigits}`,
    phoneEndingIn: (lastDigits) => `Phone ending in ${lastDigits}`,
  },

  authenticator: {
    title: 'Enter the code from your authenticator app',
    status: 'Open your authenticator app and enter the code it shows for this account.',
    codeRequired: 'Enter the code your authenticator app shows.',
    wrongCode:
      "That code didn't work. Enter the code your app shows now: it changes every 30 seconds.",
    codeAlreadyTried:
      "You already tried that code and it didn't work. Wait for the next code in your app.",
  },
  sms: {
    title: 'Check your phone',
    sentTo: (phone) => `We texted a code to ${phone}.`,
    sent: 'We texted a code to your phone.',
  },
  webauthn: {
    passkeyTitle: 'Use your passkey',
    securityKeyTitle: 'Use your security key',
    passkeyIntro: (name) => `Confirm it's you with your passkey "${name}".`,
    securityKeyIntro: (name) =>
      `Have your security key "${name}" ready: insert it or hold it near the device, then touch it when asked.`,
    usePasskey: 'Use passkey',
    useSecurityKey: 'Use security key',
    waiting: "Follow your browser's prompt…",
    refused: "Your passkey or security key wasn't accepted. Try again, or use another method.",
  },
  recovery: {
    title: 'Use a recovery code',
    intro:
      'Enter one of the recovery codes you saved when you set up two-step verification. Using it turns two-step verification off: you then sign in again with your password, and can set it up again.',
    label: 'Recovery code',
    hint: 'As you saved it. Spaces or dashes between the groups are fine.',
    required: 'Enter a recovery code.',
    wrongCode: "That recovery code didn't work. Check it, or try another of your codes.",
    codeAlreadyTried:
      "You already tried that recovery code and it didn't work. Check it, or try another of your codes.",
    submit: 'Use recovery code',
    submitting: 'Checking…',
    done: 'Two-step verification is off. Sign in again with your password.',
  },
  loginStep: {
    useAnotherMethod: 'Use another method',
    chooseMethod: 'Choose how to verify',
    authenticator: 'Authenticator app',
    sms: (phone) => `Text message to ${phone}`,
    email: (email) => `Email to ${email}`,
    passkey: (name) => `Passkey "${name}"`,
    securityKey: (name) => `Security key "${name}"`,
    recoveryCode: 'Recovery code',
    loading: 'Loading…',
    loadFailed: "We couldn't load this step. Check your connection and try again.",
    noMethods:
      'Your account has no second factor to finish signing in with. Contact your administrator.',
  },
  enroll: {
    title: 'Set up two-step verification',
    intro:
      'Your organization requires a second step when you sign in. Choose how you want to verify; you can add others later.',
    choose: 'How do you want to verify?',
    authenticator: 'Authenticator app',
    authenticatorHint: 'A code from an app such as Google Authenticator or 1Password.',
    sms: 'Text message (SMS)',
    smsHint: 'A code texted to your phone.',
    passkey: 'Passkey on this device',
    passkeyHint: 'Your fingerprint, face or screen lock.',
    securityKey: 'Security key',
    securityKeyHint: 'A USB, NFC or Bluetooth key you own.',
    next: 'Continue',
    chooseAnother: 'Choose another method',
    loading: 'Loading the ways to verify…',
    loadFailed: "We couldn't load the ways to verify. Check your connection and try again.",
    noneOffered:
      'Your organization offers no second factor you can set up here. Contact your administrator.',
    authenticatorTitle: 'Set up your authenticator app',
    qrLoading: 'Getting your QR code…',
    qrStatus: 'Scan the QR code with your authenticator app, then enter the 6-digit code it shows.',
    qrUnreadable:
      "We couldn't show this QR code. Set up the app again to get a new one, or choose another method.",
    qrAlt: 'QR code to scan with your authenticator app',
    cantScan: "Can't scan it?",
    setupKeyLabel: 'Setup key',
    setupKeyHint: 'In your app, choose to enter a key instead of scanning, and type this key.',
    setupKeyReading: 'Reading the setup key…',
    setupKeyFailed:
      "We couldn't read the setup key from the QR code. Scan the code instead, or choose another method.",
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: "Couldn't copy. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
    smsTitle: 'Add your phone',
    phoneIntro: "We'll text a code to this number to check it's yours.",
    phoneLabel: 'Phone number',
    phoneHint: 'Include your country code, e.g. +1 415 555 0123',
    phoneRequired: 'Enter your phone number.',
    phoneInvalid: 'Enter the number with its country code, starting with +, e.g. +1 415 555 0123.',
    sendCode: 'Text me a code',
    sentTo: (phone) => `We texted a code to ${phone}.`,
    useAnotherNumber: 'Use another number',
    passkeyTitle: 'Create a passkey',
    securityKeyTitle: 'Add a security key',
    passkeyIntro:
      "Your browser will ask you to confirm with your fingerprint, face or screen lock. Next time you'll sign in the same way.",
    securityKeyIntro:
      'Have your security key ready: your browser will ask you to insert or tap it.',
    createPasskey: 'Create passkey',
    addSecurityKey: 'Add security key',
    recoveryTitle: 'Save your recovery code',
    recoveryIntro:
      "If you lose your phone or key, this code lets you sign in and turn two-step verification off. It's shown only now: keep it somewhere safe, such as a password manager.",
    recoveryLabel: 'Your recovery code',
    download: 'Download as .txt',
    recoveryFile: (code) =>
      `Your recovery code for two-step verification:\n\n${code}\n\nUse it to sign in if you lose your phone or key. Keep this file somewhere safe.\n`,
    saved: "I've saved my recovery code",
    savedRequired: 'Save your recovery code, then check the box to continue.',
    continue: 'Continue',
  },

  stepUp: {
    title: 'Confirm it’s you',
    intro: 'This change needs a recent second step. Verify with one of your methods to continue.',
    starting: 'Getting your methods…',
    notEnrolled:
      'This change needs a second sign-in method, and you have none yet. Add one in your security settings first.',
    sessionEnded: 'Your session has ended. Sign in again to make this change.',
    close: 'Close',
  },
  settings: {
    title: 'Two-step verification',
    loading: 'Loading your sign-in methods…',
    empty: 'You have no second sign-in method yet. Add one below.',
    error: "We couldn't load your sign-in methods.",
    authenticator: 'Authenticator app',
    phone: 'Text message',
    passkey: 'Passkey',
    securityKey: 'Security key',
    email: 'Email',
    remove: 'Remove',
    removeLabel: (method) => `Remove ${method}`,
    emailNote: 'Set by your organization',
    addTitle: 'Add a method',
    addAuthenticator: 'Add authenticator app',
    addPhone: 'Add phone',
    addPasskey: 'Add passkey',
    addSecurityKey: 'Add security key',
    added: (method) => `${method} added.`,
    removed: (method) => `${method} removed.`,
    lastMethod:
      'Your organization requires two-step verification: add another method before removing this one.',
    authenticatorTitle: 'Add an authenticator app',
    qrLoading: 'Getting your QR code…',
    scanQr: 'Scan this QR code with your authenticator app, then enter the 6-digit code it shows.',
    addApp: 'Add app',
    addingApp: 'Adding…',
    appAdded: 'Authenticator app added.',
    wrongAppCode: "That code didn't work. Enter the code your app shows now.",
    phoneTitle: 'Add a phone',
    phoneIntro: 'We text a code to this number to check it is yours.',
    phoneLabel: 'Phone number',
    phoneHint: 'With the country code, starting with +, e.g. +44 7700 900123.',
    phoneRequired: 'Enter your phone number.',
    phoneInvalid: 'Enter the number with its country code, starting with +, e.g. +44 7700 900123.',
    sendCode: 'Text me a code',
    sentTo: (phone) => `We texted a code to ${phone}.`,
    changePhone: 'Change number',
    addingPhone: 'Adding…',
    phoneAdded: (phone) => `${phone} receives sign-in codes now.`,
    passkeyTitle: 'Add a passkey',
    securityKeyTitle: 'Add a security key',
    passkeyIntro: 'Your device asks you to confirm with your fingerprint, face or screen lock.',
    securityKeyIntro: 'Insert or tap your security key when your browser asks.',
    createPasskey: 'Create passkey',
    registerSecurityKey: 'Register security key',
    removeAppTitle: 'Remove the authenticator app',
    removeAppIntro: 'Enter the code your app shows now, or one of your recovery codes.',
    codeOrRecoveryLabel: 'Code or recovery code',
    codeOrRecoveryHint: 'The 6-digit code from the app, or a recovery code such as ABCD-EFGH-IJKL.',
    codeOrRecoveryRequired: 'Enter the code from your app, or a recovery code.',
    wrongCodeOrRecovery:
      "That code didn't work. Enter the code your app shows now, or a recovery code.",
    removeApp: 'Remove app',
    removing: 'Removing…',
    removeKeyTitle: (method) => `Remove ${method}`,
    removeKeyIntro: 'Confirm with this key when your browser asks: that proves it is yours.',
    removeKey: 'Remove key',
    removePhoneTitle: (phone) => `Remove ${phone}`,
    removePhoneIntro: 'This phone will no longer receive sign-in codes. Your other methods stay.',
    removePhone: 'Remove phone',
  },
  errors: {
    'invalid-code': "That code didn't work. Check it, or send a new code.",
    expired: 'The code has expired. Send a new code and try again.',
    'too-many-attempts': (wait) =>
      wait
        ? `Too many wrong codes. Wait ${wait}, then send a new code.`
        : 'Too many wrong codes. Wait a few minutes, then send a new code.',
    'rate-limited': (wait) =>
      wait
        ? `Too many requests. Try again in ${wait}.`
        : 'Too many requests. Wait a minute, then try again.',
    network: "We couldn't reach the server. Check your connection and try again.",
    timeout: 'The server took too long to answer. Try again.',
    server: 'Something went wrong on our side. Try again in a moment.',
    unauthorized: 'Your session has ended. Sign in again to continue.',
    forbidden: "You don't have permission to do this. Ask your administrator for access.",
    'not-found': "We couldn't find this item. Reload the page and try again.",
    'bad-request': "The request wasn't accepted. Reload the page and try again.",
    'invalid-response':
      'The server sent an answer we could not read. Try again; if it keeps happening, contact support.',
    aborted: 'The request was cancelled. Try again.',
    'invalid-input': 'Some details are missing or not valid. Check them and try again.',
    'webauthn-cancelled':
      'The passkey prompt was closed or timed out. Try again, or use another method.',
    'webauthn-no-credential':
      'This device has no passkey or security key for this account. Use another key, or another method.',
    'webauthn-unsupported':
      "This browser can't use passkeys or security keys. Use another method or another browser.",
    'webauthn-insecure-context':
      'Passkeys only work on a secure (https) page. Open this page over https, or use another method.',
  },
};
