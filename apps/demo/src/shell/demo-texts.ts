// The demo's own words on the path a visitor takes (sign in → code → signed in → security), in each of its
// languages. The kit's forms bring their own (`enMessages`, `heMessages`); the demo tools stay in English.
import { languageStore, useLanguage } from './language';
import type { DemoLanguage } from './language';

/** Every text of the demo's pages and shell. */
export interface DemoTexts {
  /** The tab's title after the page's: "<page> · <this>". */
  appTitle: string;
  skipToContent: string;
  brandTag: string;
  mainNav: string;
  account: string;
  security: string;
  language: string;
  signOut: string;
  signedOut: string;
  mockBackend: string;
  noBackend: string;
  mockFailed: (message: string) => string;
  footerEmbedded: string;
  footerRemote: (baseUrl: string) => string;

  signIn: string;
  signInLead: string;
  signingIn: string;
  demoAccount: string;
  email: string;
  password: string;
  fillDemoAccount: string;
  enterEmail: string;
  enterPassword: string;
  noMfaToken: string;
  noSession: string;
  somethingWentWrong: string;
  /** Sign-in failures (`signInErrorText`). */
  wrongPassword: string;
  tooManySignIns: (seconds: number | null) => string;
  unreachable: string;
  serviceProblem: string;
  signInRefused: (details: string | null) => string;
  enterEmailAndPassword: string;

  verifyTitle: string;
  notYou: string;
  otherAccount: string;
  verifyExpired: string;
  recovered: string;

  signedIn: string;
  signedInLead: string;
  userId: string;
  sessionExpires: string;
  verifiedWith: string;
  notInAnswer: string;
  /** Names of the `amr` methods a session lists. */
  methodNames: Record<string, string>;
  tokenInMemory: string;
  securitySettings: string;
  signInForAccount: string;

  settingsNav: string;
  securityLead: string;
  securityText: string;
  loadingSecurity: string;
  signInForSecurity: string;

  notFound: string;
  notFoundLead: string;
  goToSignIn: string;
}

const en: DemoTexts = {
  appTitle: 'mfa-kit demo',
  skipToContent: 'Skip to content',
  brandTag: 'demo',
  mainNav: 'Main',
  account: 'Account',
  security: 'Security',
  language: 'Language',
  signOut: 'Sign out',
  signedOut: 'You have signed out.',
  mockBackend: 'Mock backend',
  noBackend: 'No backend',
  mockFailed: (message) => `The in-browser mock backend did not start: ${message}`,
  footerEmbedded: 'the Frontegg API is mocked in this tab; nothing leaves your browser',
  footerRemote: (baseUrl) => `requests go to ${baseUrl}`,

  signIn: 'Sign in',
  signInLead: 'to continue to the mfa-kit demo',
  signingIn: 'Signing in…',
  demoAccount: 'Demo account',
  email: 'Email',
  password: 'Password',
  fillDemoAccount: 'Fill in the demo account',
  enterEmail: 'Enter your email address.',
  enterPassword: 'Enter your password.',
  noMfaToken: 'The server asked for a second factor but sent no MFA token. Try again.',
  noSession: 'The server accepted the sign-in but sent no session. Try again.',
  somethingWentWrong: 'Something went wrong. Try again.',
  wrongPassword: 'That email and password don’t match. Check both and try again.',
  tooManySignIns: (seconds) =>
    seconds
      ? `Too many sign-in attempts. Wait ${seconds} seconds, then try again.`
      : 'Too many sign-in attempts. Wait a moment, then try again.',
  unreachable: 'We couldn’t reach the sign-in service. Check your connection and try again.',
  serviceProblem: 'The sign-in service had a problem. Try again in a moment.',
  signInRefused: (details) =>
    details ? `Sign-in refused: ${details}` : 'Sign-in refused. Check your details and try again.',
  enterEmailAndPassword: 'Enter your email and password.',

  verifyTitle: 'Verify it’s you',
  notYou: 'Not you?',
  otherAccount: 'Sign in with another account',
  verifyExpired: 'Your sign-in step expired; please sign in again.',
  recovered: 'Two-step verification is off; sign in again.',

  signedIn: 'You’re signed in',
  signedInLead: 'The second factor checked out. This is what the session says.',
  userId: 'User ID',
  sessionExpires: 'Session expires',
  verifiedWith: 'Verified with',
  notInAnswer: 'Not in the answer',
  methodNames: { pwd: 'password', otp: 'one-time code', mfa: 'second factor', sms: 'SMS code' },
  tokenInMemory: 'The access token stays in this tab’s memory: reloading the page signs you out.',
  securitySettings: 'Security settings',
  signInForAccount: 'Sign in to see your account.',

  settingsNav: 'Settings',
  securityLead: 'Choose how you prove it’s you when you sign in.',
  securityText:
    'Add an authenticator app, a phone, a passkey or a security key, and remove the ones you no longer use. Removing asks for proof first: a code, or the key itself. A phone goes in one press while you keep another method.',
  loadingSecurity: 'Loading security settings…',
  signInForSecurity: 'Sign in to manage your security settings.',

  notFound: 'Page not found',
  notFoundLead: 'There is no page at this address.',
  goToSignIn: 'Go to sign in',
};

// Addresses and server words inside Hebrew sentences are isolated (FSI…PDI), as in the kit's `heMessages`.
const isolate = (text: string) => `\u2068${text}\u2069`;

const he: DemoTexts = {
  appTitle: 'הדגמה של mfa-kit',
  skipToContent: 'דילוג לתוכן',
  brandTag: 'הדגמה',
  mainNav: 'ראשי',
  account: 'חשבון',
  security: 'אבטחה',
  language: 'שפה',
  signOut: 'התנתקות',
  signedOut: 'התנתקתם.',
  mockBackend: 'שרת מדומה',
  noBackend: 'אין שרת',
  mockFailed: (message) => `השרת המדומה בדפדפן לא עלה: ${isolate(message)}`,
  footerEmbedded: 'ה־API של Frontegg מדומה בלשונית הזו; שום דבר לא יוצא מהדפדפן',
  footerRemote: (baseUrl) => `הבקשות נשלחות אל ${isolate(baseUrl)}`,

  signIn: 'התחברות',
  signInLead: 'כדי להמשיך להדגמה של mfa-kit',
  signingIn: 'מתחברים…',
  demoAccount: 'חשבון הדגמה',
  email: 'אימייל',
  password: 'סיסמה',
  fillDemoAccount: 'מילוי הפרטים של חשבון ההדגמה',
  enterEmail: 'הזינו את כתובת האימייל.',
  enterPassword: 'הזינו את הסיסמה.',
  noMfaToken: 'השרת ביקש גורם אימות נוסף אבל לא שלח אסימון MFA. נסו שוב.',
  noSession: 'השרת קיבל את ההתחברות אבל לא שלח סשן. נסו שוב.',
  somethingWentWrong: 'משהו השתבש. נסו שוב.',
  wrongPassword: 'האימייל והסיסמה לא תואמים. בדקו את שניהם ונסו שוב.',
  tooManySignIns: (seconds) =>
    seconds
      ? `יותר מדי ניסיונות התחברות. המתינו ${seconds} שניות ונסו שוב.`
      : 'יותר מדי ניסיונות התחברות. המתינו רגע ונסו שוב.',
  unreachable: 'לא הצלחנו להגיע לשירות ההתחברות. בדקו את החיבור ונסו שוב.',
  serviceProblem: 'הייתה תקלה בשירות ההתחברות. נסו שוב בעוד רגע.',
  signInRefused: (details) =>
    details ? `ההתחברות נדחתה: ${isolate(details)}` : 'ההתחברות נדחתה. בדקו את הפרטים ונסו שוב.',
  enterEmailAndPassword: 'הזינו אימייל וסיסמה.',

  verifyTitle: 'אימות זהות',
  notYou: 'לא אתם?',
  otherAccount: 'התחברות עם חשבון אחר',
  verifyExpired: 'תוקף שלב ההתחברות פג; התחברו מחדש.',
  recovered: 'האימות הדו־שלבי כבוי; התחברו מחדש.',

  signedIn: 'התחברתם',
  signedInLead: 'גורם האימות השני אושר. זה מה שהסשן מספר.',
  userId: 'מזהה משתמש',
  sessionExpires: 'תוקף הסשן',
  verifiedWith: 'אומת באמצעות',
  notInAnswer: 'לא מופיע בתשובה',
  methodNames: { pwd: 'סיסמה', otp: 'קוד חד־פעמי', mfa: 'גורם אימות שני', sms: 'קוד SMS' },
  tokenInMemory: 'אסימון הגישה נשמר רק בזיכרון של הלשונית הזו: טעינה מחדש של הדף מנתקת אתכם.',
  securitySettings: 'הגדרות אבטחה',
  signInForAccount: 'התחברו כדי לראות את החשבון.',

  settingsNav: 'הגדרות',
  securityLead: 'בחרו איך תוכיחו שזה אתם בכל התחברות.',
  securityText:
    'הוסיפו אפליקציית אימות, טלפון, מפתח גישה או מפתח אבטחה, והסירו את אלה שאינכם משתמשים בהם עוד. הסרה דורשת הוכחה קודם: קוד, או המפתח עצמו. טלפון מוסר בלחיצה אחת כל עוד נשאר לכם אמצעי אחר.',
  loadingSecurity: 'טוענים את הגדרות האבטחה…',
  signInForSecurity: 'התחברו כדי לנהל את הגדרות האבטחה.',

  notFound: 'הדף לא נמצא',
  notFoundLead: 'אין דף בכתובת הזו.',
  goToSignIn: 'מעבר להתחברות',
};

/** The demo's texts in each language. */
export const DEMO_TEXTS: Record<DemoLanguage, DemoTexts> = { en, he };

/** The texts of the current language, for code that runs outside a render (a navigation's notice). */
export function demoTexts(): DemoTexts {
  return DEMO_TEXTS[languageStore.getSnapshot()];
}

/** The demo's texts in the current language; re-renders when it changes. */
export function useDemoTexts(): DemoTexts {
  return DEMO_TEXTS[useLanguage()];
}
