import type { MfaMessages } from './messages.js';

// Addresses and numbers are left-to-right runs inside right-to-left text: isolating them (FSI…PDI)
// keeps their punctuation and the sentence's full stop where they belong.
const isolate = (text: string) => `\u2068${text}\u2069`;

const forDays = (days: number) => (days === 1 ? 'יום אחד' : days === 2 ? 'יומיים' : `${days} ימים`);

/** Hebrew texts (right to left). */
export const heMessages: MfaMessages = {
  locale: 'he',
  dir: 'rtl',

  codeLabel: 'קוד אימות',
  codeHint: (length) => `הזינו את הקוד בן ${length} הספרות.`,
  codeRequired: 'הזינו את הקוד ששלחנו אליכם.',
  codeIncomplete: (length) => `הקוד כולל ${length} ספרות. הזינו את כולן.`,
  codeAlreadyTried: 'כבר ניסיתם את הקוד הזה והוא לא עבד. בדקו אותו, או שלחו קוד חדש.',
  codeNeedsReplacing: 'כמה קודים לא עבדו. שלחו קוד חדש ואז הזינו אותו.',
  serverDetails: (details) => `פרטים מהשרת: ${isolate(details)}`,

  sendingCode: 'שולחים קוד…',
  verify: 'אימות',
  verifying: 'מאמתים…',
  verified: 'האימות הצליח.',
  codeExpiresIn: (time) => `תוקף הקוד יפוג בעוד ${isolate(time)}.`,
  codeExpired: 'תוקף הקוד פג. שלחו קוד חדש כדי להמשיך.',

  resendCode: 'שליחת קוד חדש',
  resendCodeIn: (time) => `שליחת קוד חדש בעוד ${isolate(time)}`,
  resendingCode: 'שולחים קוד חדש…',
  resendAvailable: 'אפשר לבקש קוד חדש עכשיו.',
  codeResent: 'שלחנו לכם קוד חדש.',

  rememberDevice: (days) =>
    days === null ? 'לא לשאול שוב במכשיר הזה' : `לא לשאול שוב במכשיר הזה במשך ${forDays(days)}`,

  tryAgain: 'נסו שוב',
  sendNewCode: 'שליחת קוד חדש',
  signInAgain: 'התחברות מחדש',
  cancel: 'ביטול',
  done: 'סיום',
  attemptsLeft: (count) => (count === 1 ? 'נותר ניסיון אחד.' : `נותרו ${count} ניסיונות.`),
  readyAgain: 'אפשר לנסות שוב עכשיו.',
  signInExpired: 'תוקף ההתחברות פג. התחברו מחדש כדי לקבל קוד חדש.',

  email: {
    title: 'בדקו את תיבת הדואר',
    sentTo: (email) => `שלחנו קוד לכתובת ${isolate(email)}.`,
    sent: 'שלחנו קוד לכתובת הדוא״ל שלכם.',
  },
  smsDisable: {
    title: 'כיבוי קודים בהודעות טקסט',
    intro: (phone) =>
      `כדי להפסיק לשלוח קודי כניסה למספר ${isolate(phone)}, אשרו זאת בקוד שנשלח למספר הזה.`,
    sendCode: 'שליחת קוד',
    sentTo: (phone) => `שלחנו קוד למספר ${isolate(phone)}.`,
    confirm: 'כיבוי',
    disabling: 'מכבים…',
    done: (phone) => `קודים בהודעות טקסט כבויים עבור ${isolate(phone)}.`,
  },
  devices: {
    title: 'טלפונים לקבלת קודי כניסה',
    loading: 'טוענים את הטלפונים שלכם…',
    empty: 'עדיין אין טלפון שמקבל קודי כניסה.',
    error: 'לא הצלחנו לטעון את הטלפונים שלכם.',
    disable: 'השבתה',
    disableLabel: (lastDigits) => `השבתה של הקודים לטלפון שמספרו מסתיים ב־${isolate(lastDigits)}`,
    phoneEndingIn: (lastDigits) => `טלפון שמספרו מסתיים ב־${isolate(lastDigits)}`,
  },

  totp: {
    title: 'הזינו את הקוד מאפליקציית האימות',
    status: 'פתחו את אפליקציית האימות והזינו את הקוד שהיא מציגה עבור החשבון הזה.',
    codeRequired: 'הזינו את הקוד שמוצג באפליקציית האימות.',
    wrongCode: 'הקוד לא עבד. הזינו את הקוד שמוצג באפליקציה עכשיו: הוא מתחלף כל 30 שניות.',
    codeAlreadyTried: 'כבר ניסיתם את הקוד הזה והוא לא עבד. המתינו לקוד הבא באפליקציה.',
  },
  sms: {
    title: 'בדקו את הטלפון',
    sentTo: (phone) => `שלחנו קוד בהודעת SMS אל ${isolate(phone)}.`,
    sent: 'שלחנו קוד בהודעת SMS לטלפון שלכם.',
  },
  webauthn: {
    passkeyTitle: 'שימוש במפתח הגישה',
    securityKeyTitle: 'שימוש במפתח האבטחה',
    passkeyIntro: (name) => `אשרו שזה אתם בעזרת מפתח הגישה ${isolate(`"${name}"`)}.`,
    securityKeyIntro: (name) =>
      `הכינו את מפתח האבטחה ${isolate(`"${name}"`)}: חברו אותו או קרבו אותו למכשיר, וגעו בו כשתתבקשו.`,
    usePasskey: 'שימוש במפתח גישה',
    useSecurityKey: 'שימוש במפתח אבטחה',
    waiting: 'פעלו לפי ההנחיות של הדפדפן…',
    refused: 'מפתח הגישה או מפתח האבטחה לא התקבלו. נסו שוב, או השתמשו בדרך אחרת.',
  },
  recovery: {
    title: 'שימוש בקוד שחזור',
    intro:
      'הזינו אחד מקודי השחזור ששמרתם כשהגדרתם אימות דו־שלבי. השימוש בו מבטל את האימות הדו־שלבי: לאחר מכן מתחברים שוב עם הסיסמה, ואפשר להגדיר אותו מחדש.',
    label: 'קוד שחזור',
    hint: `כפי ששמרתם אותו, למשל \u2068ABCD-1234-EFGH\u2069. אפשר רווחים או מקפים בין הקבוצות.`,
    required: 'הזינו קוד שחזור.',
    wrongCode: 'קוד השחזור לא עבד. בדקו אותו, או נסו קוד אחר מהקודים שלכם.',
    codeAlreadyTried: 'כבר ניסיתם את קוד השחזור הזה והוא לא עבד. בדקו אותו, או נסו קוד אחר.',
    submit: 'שימוש בקוד שחזור',
    submitting: 'בודקים…',
    done: 'האימות הדו־שלבי בוטל. התחברו שוב עם הסיסמה.',
  },
  loginStep: {
    useAnotherMethod: 'שימוש בדרך אחרת',
    chooseMethod: 'בחרו איך לאמת',
    authenticator: 'אפליקציית אימות',
    sms: (phone) => `הודעת SMS אל ${isolate(phone)}`,
    email: (email) => `אימייל אל ${isolate(email)}`,
    passkey: (name) => `מפתח גישה ${isolate(`"${name}"`)}`,
    securityKey: (name) => `מפתח אבטחה ${isolate(`"${name}"`)}`,
    recoveryCode: 'קוד שחזור',
    loading: 'טוענים…',
    loadFailed: 'לא הצלחנו לטעון את השלב הזה. בדקו את החיבור ונסו שוב.',
    noMethods: 'לחשבון שלכם אין גורם אימות נוסף להשלמת ההתחברות. פנו למנהל המערכת.',
  },

  settings: {
    title: 'אימות דו־שלבי',
    loading: 'טוענים את דרכי הכניסה שלכם…',
    empty: 'עדיין אין לכם דרך כניסה נוספת. הוסיפו אחת למטה.',
    error: 'לא הצלחנו לטעון את דרכי הכניסה שלכם.',
    authenticator: 'אפליקציית אימות',
    phone: 'הודעת SMS',
    passkey: 'מפתח גישה',
    securityKey: 'מפתח אבטחה',
    email: 'אימייל',
    remove: 'הסרה',
    removeLabel: (method) => `הסרה של ${method}`,
    emailNote: 'נקבע על ידי הארגון שלכם',
    addTitle: 'הוספת דרך',
    addAuthenticator: 'הוספת אפליקציית אימות',
    addPhone: 'הוספת טלפון',
    addPasskey: 'הוספת מפתח גישה',
    addSecurityKey: 'הוספת מפתח אבטחה',
    added: (method) => `הוספנו: ${method}.`,
    removed: (method) => `הסרנו: ${method}.`,
    lastMethod: 'הארגון שלכם מחייב אימות דו־שלבי: הוסיפו דרך נוספת לפני שתסירו את זו.',
    close: 'סגירה',
    authenticatorTitle: 'הוספת אפליקציית אימות',
    qrLoading: 'מביאים את קוד ה־QR…',
    scanQr: 'סרקו את קוד ה־QR באפליקציית האימות, ואז הזינו את הקוד בן 6 הספרות שהיא מציגה.',
    qrAlt: 'קוד QR לסריקה באפליקציית האימות',
    addApp: 'הוספת האפליקציה',
    addingApp: 'מוסיפים…',
    appAdded: 'אפליקציית האימות נוספה.',
    wrongAppCode: 'הקוד לא עבד. הזינו את הקוד שהאפליקציה מציגה עכשיו.',
    recoveryTitle: 'שמרו את קוד השחזור',
    recoveryIntro:
      'אם הטלפון יאבד, הקוד הזה יאפשר לכם להתחבר. אנחנו מציגים אותו פעם אחת בלבד: העתיקו או הורידו אותו עכשיו.',
    copy: 'העתקה',
    copied: 'הועתק.',
    copyFailed: 'לא הצלחנו להעתיק. סמנו את הקוד והעתיקו אותו, או הורידו אותו.',
    download: 'הורדה (.txt)',
    saved: 'שמרתי אותו',
    phoneTitle: 'הוספת טלפון',
    phoneIntro: 'נשלח קוד למספר הזה כדי לוודא שהוא שלכם.',
    phoneLabel: 'מספר טלפון',
    phoneHint: 'עם קידומת המדינה, שמתחילה ב־+, למשל +972 50 123 4567.',
    phoneRequired: 'הזינו את מספר הטלפון.',
    phoneInvalid: 'הזינו את המספר עם קידומת המדינה, שמתחילה ב־+, למשל +972 50 123 4567.',
    sendCode: 'שלחו לי קוד',
    sentTo: (phone) => `שלחנו קוד אל ${isolate(phone)}.`,
    changePhone: 'שינוי המספר',
    addingPhone: 'מוסיפים…',
    phoneAdded: (phone) => `קודי כניסה יישלחו מעכשיו אל ${isolate(phone)}.`,
    passkeyTitle: 'הוספת מפתח גישה',
    securityKeyTitle: 'הוספת מפתח אבטחה',
    passkeyIntro: 'המכשיר יבקש מכם לאשר בטביעת אצבע, בזיהוי פנים או בנעילת המסך.',
    securityKeyIntro: 'חברו או געו במפתח האבטחה כשהדפדפן יבקש.',
    createPasskey: 'יצירת מפתח גישה',
    registerSecurityKey: 'רישום מפתח האבטחה',
    removeAppTitle: 'הסרת אפליקציית האימות',
    removeAppIntro: 'הזינו את הקוד שהאפליקציה מציגה עכשיו, או אחד מקודי השחזור שלכם.',
    codeOrRecoveryLabel: 'קוד או קוד שחזור',
    codeOrRecoveryHint: 'הקוד בן 6 הספרות מהאפליקציה, או קוד שחזור כמו ABCD-EFGH-IJKL.',
    codeOrRecoveryRequired: 'הזינו את הקוד מהאפליקציה, או קוד שחזור.',
    wrongCodeOrRecovery: 'הקוד לא עבד. הזינו את הקוד שהאפליקציה מציגה עכשיו, או קוד שחזור.',
    removeApp: 'הסרת האפליקציה',
    removing: 'מסירים…',
    removeKeyTitle: (method) => `הסרה של ${method}`,
    removeKeyIntro: 'אשרו עם המפתח הזה כשהדפדפן יבקש: כך נוודא שהוא שלכם.',
    removeKey: 'הסרת המפתח',
  },
  errors: {
    'invalid-code': 'הקוד לא עבד. בדקו אותו, או שלחו קוד חדש.',
    expired: 'תוקף הקוד פג. שלחו קוד חדש ונסו שוב.',
    'too-many-attempts': (wait) =>
      wait
        ? `יותר מדי קודים שגויים. המתינו ${isolate(wait)} ואז שלחו קוד חדש.`
        : 'יותר מדי קודים שגויים. המתינו כמה דקות ואז שלחו קוד חדש.',
    'rate-limited': (wait) =>
      wait
        ? `יותר מדי בקשות. נסו שוב בעוד ${isolate(wait)}.`
        : 'יותר מדי בקשות. המתינו דקה ונסו שוב.',
    network: 'לא הצלחנו להתחבר לשרת. בדקו את החיבור לאינטרנט ונסו שוב.',
    timeout: 'השרת לא ענה בזמן. נסו שוב.',
    server: 'משהו השתבש אצלנו. נסו שוב בעוד רגע.',
    unauthorized: 'פג תוקף ההתחברות. התחברו מחדש כדי להמשיך.',
    forbidden: 'אין לכם הרשאה לפעולה הזו. פנו למנהל המערכת.',
    'not-found': 'לא מצאנו את הפריט הזה. טענו את הדף מחדש ונסו שוב.',
    'bad-request': 'הבקשה לא התקבלה. טענו את הדף מחדש ונסו שוב.',
    'invalid-response':
      'התקבלה מהשרת תשובה שלא הצלחנו לקרוא. נסו שוב, ואם זה חוזר על עצמו, פנו לתמיכה.',
    aborted: 'הבקשה בוטלה. נסו שוב.',
    'invalid-input': 'חלק מהפרטים חסרים או לא תקינים. בדקו אותם ונסו שוב.',
    'webauthn-cancelled': 'חלון מפתח הגישה נסגר או שהזמן עבר. נסו שוב, או בחרו שיטה אחרת.',
    'webauthn-no-credential':
      'במכשיר הזה אין מפתח גישה או מפתח אבטחה של החשבון הזה. השתמשו במפתח אחר, או בשיטה אחרת.',
    'webauthn-unsupported':
      'הדפדפן הזה לא תומך במפתחות גישה או במפתחות אבטחה. בחרו שיטה אחרת או דפדפן אחר.',
    'webauthn-insecure-context':
      'מפתחות גישה עובדים רק בדף מאובטח (https). פתחו את הדף ב־https, או בחרו שיטה אחרת.',
  },
};
