import type { MfaErrorKind } from '@mfa-kit/core';
import { describe, expect, it } from 'vitest';
import { enMessages } from './en.js';
import { errorMessage } from './error-message.js';
import { formatCountdown } from './format-countdown.js';
import { heMessages } from './he.js';
import { mergeMessages } from './messages-context.js';
import type { MfaMessageGroup, MfaMessages, MfaMessagesOverride } from './messages.js';
import { emailInText } from '../mask/in-text.js';

// The kinds from the English texts: `MfaMessages['errors']` is typed with a text for every `MfaErrorKind`, so
// this list is the union's at run time, not a copy that could fall behind it.
const errorKinds = Object.keys(enMessages.errors) as MfaErrorKind[];

// The groups as the messages hold them (every object-valued key), not a list kept by hand: a group that
// mergeMessages forgets to merge text by text fails the test below.
const GROUPS = (Object.keys(enMessages) as (keyof MfaMessages)[]).filter(
  (key): key is Exclude<MfaMessageGroup, 'errors'> =>
    key !== 'errors' && typeof enMessages[key] === 'object',
);

/** The texts of one level (the shared keys, or a group), with functions called on sample arguments. */
function textsOf(entries: object): string[] {
  const texts: string[] = [];
  for (const [key, entry] of Object.entries(entries)) {
    if (typeof entry === 'string') texts.push(entry);
    else if (typeof entry === 'function') {
      const sample = key === 'rememberDevice' || key.startsWith('code') ? 6 : 'SAMPLE';
      texts.push(String((entry as (value: unknown) => unknown)(sample)));
    }
  }
  return texts;
}

/** Every text of a locale: shared, in each factor's group, and each error kind's. */
function allTexts(messages: MfaMessages): string[] {
  const shared = Object.fromEntries(
    Object.entries(messages).filter(([key]) => !['locale', 'dir', 'errors'].includes(key)),
  );
  const texts = textsOf(shared);
  for (const group of GROUPS) texts.push(...textsOf(messages[group]));
  for (const kind of errorKinds)
    texts.push(errorMessage(messages, kind), errorMessage(messages, kind, 45_000));
  return texts;
}

describe('messages', () => {
  it('has a text for every key and error kind in both locales', () => {
    for (const messages of [enMessages, heMessages]) {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(enMessages).sort());
      expect(Object.keys(messages.errors).sort()).toEqual([...errorKinds].sort());
      for (const group of GROUPS) {
        expect(Object.keys(messages[group]).sort()).toEqual(Object.keys(enMessages[group]).sort());
      }
      for (const text of allTexts(messages)) expect(text.trim()).not.toBe('');
    }
  });

  it('words values into the texts that take them', () => {
    expect(enMessages.email.sentTo('j•••e@example.com')).toBe(
      'We sent a code to j•••e@example.com.',
    );
    expect(enMessages.codeExpiresIn('4:59')).toBe('The code expires in 4:59.');
    expect(enMessages.resendCodeIn('0:27')).toBe('Resend code in 0:27');
    expect(enMessages.devices.removeLabel('4567')).toContain('4567');
  });

  it('is all Hebrew in Hebrew, right to left, with left-to-right values isolated', () => {
    expect(heMessages.dir).toBe('rtl');
    expect(heMessages.locale).toBe('he');
    for (const text of allTexts(heMessages)) expect(text).toMatch(/\p{Script=Hebrew}/u);
    expect(heMessages.codeExpiresIn('4:59')).toBe('תוקף הקוד יפוג בעוד \u20684:59\u2069.');
    // An address comes marked by the form (`emailInText`), and stays so in the sentence.
    expect(heMessages.email.sentTo(emailInText('jane.doe@example.com'))).toBe(
      'שלחנו קוד לכתובת \u2066j•••e@example.com\u2069.',
    );
  });

  it("keeps the visible Disable text inside the Disable button's accessible name (label in name)", () => {
    for (const messages of [enMessages, heMessages]) {
      expect(messages.devices.removeLabel('4567')).toContain(messages.devices.remove);
    }
  });

  it('counts attempts left in singular and plural', () => {
    expect(enMessages.attemptsLeft(1)).toBe('1 attempt left.');
    expect(enMessages.attemptsLeft(3)).toBe('3 attempts left.');
    expect(heMessages.attemptsLeft(1)).toBe('נותר ניסיון אחד.');
    expect(heMessages.attemptsLeft(3)).toBe('נותרו 3 ניסיונות.');
  });

  it('gets singular and plural days right', () => {
    expect(enMessages.rememberDevice(1)).toBe("Don't ask again on this device for 1 day");
    expect(enMessages.rememberDevice(14)).toBe("Don't ask again on this device for 14 days");
    expect(heMessages.rememberDevice(1)).toBe('לא לשאול שוב במכשיר הזה במשך יום אחד');
    expect(heMessages.rememberDevice(2)).toBe('לא לשאול שוב במכשיר הזה במשך יומיים');
    expect(heMessages.rememberDevice(14)).toBe('לא לשאול שוב במכשיר הזה במשך 14 ימים');
  });
});

describe('errorMessage', () => {
  it('gives each kind its own message with a way forward', () => {
    const texts = errorKinds.map((kind) => errorMessage(enMessages, kind));
    expect(new Set(texts).size).toBe(errorKinds.length);
    expect(errorMessage(enMessages, 'network')).toMatch(/connection/);
    expect(errorMessage(enMessages, 'unauthorized')).toMatch(/Sign in again/);
  });

  it('words in the wait when the server gave one', () => {
    expect(errorMessage(enMessages, 'rate-limited', 45_000)).toBe(
      'Too many requests. Try again in 0:45.',
    );
    expect(errorMessage(enMessages, 'rate-limited')).toBe(
      'Too many requests. Wait a minute, then try again.',
    );
    expect(errorMessage(enMessages, 'too-many-attempts', 300_000)).toBe(
      'Too many wrong codes. Wait 5:00, then send a new code.',
    );
    expect(errorMessage(enMessages, 'rate-limited', 0)).toBe(
      'Too many requests. Wait a minute, then try again.',
    );
  });

  it('offers another method (or browser, or key) for every WebAuthn failure, in both locales', () => {
    const webauthnKinds = errorKinds.filter((kind) => kind.startsWith('webauthn-'));
    expect(webauthnKinds).toHaveLength(4);
    for (const kind of webauthnKinds) {
      expect(errorMessage(enMessages, kind)).toMatch(/another method/);
      expect(errorMessage(heMessages, kind)).toMatch(/בשיטה אחרת|שיטה אחרת/);
    }
    expect(errorMessage(enMessages, 'webauthn-insecure-context')).toMatch(/https/);
  });

  it('reads an unknown kind as a server error', () => {
    expect(errorMessage(enMessages, 'from-a-newer-core' as MfaErrorKind)).toBe(
      errorMessage(enMessages, 'server'),
    );
  });
});

describe('formatCountdown', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [27, '0:27'],
    [59.1, '1:00'],
    [600, '10:00'],
    [3725, '1:02:05'],
    [-3, '0:00'],
    [Number.NaN, '0:00'],
    [Number.POSITIVE_INFINITY, '0:00'],
  ])('shows %s seconds as %s', (seconds, text) => {
    expect(formatCountdown(seconds)).toBe(text);
  });
});

describe('mergeMessages', () => {
  it('overrides single texts and single error messages', () => {
    const merged = mergeMessages(enMessages, {
      verify: 'Continue',
      errors: { network: 'Offline.' },
    });
    expect(merged.verify).toBe('Continue');
    expect(merged.errors.network).toBe('Offline.');
    expect(merged.errors.server).toBe(enMessages.errors.server);
    expect(merged.resendCode).toBe(enMessages.resendCode);
  });

  it('merges every group text by text, the error messages included', () => {
    expect(GROUPS.length).toBeGreaterThan(0);
    // A group mergeMessages does not know is replaced whole by an override of one of its texts.
    const replacedWhole = [...GROUPS, 'errors' as const].filter((group) => {
      const [key, ...rest] = Object.keys(enMessages[group]);
      const override = { [group]: { [key!]: 'Overridden' } } as MfaMessagesOverride;
      const texts = mergeMessages(enMessages, override)[group] as unknown as Record<
        string,
        unknown
      >;
      const kept = enMessages[group] as unknown as Record<string, unknown>;
      return texts[key!] !== 'Overridden' || rest.some((other) => texts[other] !== kept[other]);
    });
    expect(replacedWhole, 'groups an override replaces whole').toEqual([]);
  });

  it('takes a group under its name from before the glossary (enrol, totp), the new name winning', () => {
    const merged = mergeMessages(enMessages, {
      /* eslint-disable @typescript-eslint/no-deprecated -- the deprecated keys are what is tested */
      totp: { title: 'Your app', status: 'Old status' },
      enrol: { title: 'Set up' },
      /* eslint-enable @typescript-eslint/no-deprecated */
      authenticator: { status: 'New status' },
    });
    expect(merged.authenticator).toEqual({
      ...enMessages.authenticator,
      title: 'Your app',
      status: 'New status',
    });
    expect(merged.enroll).toEqual({ ...enMessages.enroll, title: 'Set up' });
    expect(merged).not.toHaveProperty('totp');
    expect(merged).not.toHaveProperty('enrol');
  });

  it('takes a text under its name from before the glossary inside a group (disable for remove), the new name winning', () => {
    const removeLabel = (lastDigits: string) => `Remove ${lastDigits}`;
    const merged = mergeMessages(heMessages, {
      /* eslint-disable @typescript-eslint/no-deprecated -- the deprecated keys are what is tested */
      smsDisable: { disabling: 'Going', title: 'Off' },
      devices: { disable: 'Old', remove: 'New', disableLabel: removeLabel },
      /* eslint-enable @typescript-eslint/no-deprecated */
    });
    expect(merged.removePhoneWithCode).toEqual({
      ...heMessages.removePhoneWithCode,
      removing: 'Going',
      title: 'Off',
    });
    expect(merged.devices).toEqual({ ...heMessages.devices, remove: 'New', removeLabel });
    expect(merged).not.toHaveProperty('smsDisable');
  });

  it("overrides single texts of a factor's group, keeping the rest of it", () => {
    const merged = mergeMessages(enMessages, { removePhoneWithCode: { confirm: 'Switch off' } });
    expect(merged.removePhoneWithCode.confirm).toBe('Switch off');
    expect(merged.removePhoneWithCode.title).toBe(enMessages.removePhoneWithCode.title);
    expect(merged.email).toEqual(enMessages.email);
  });

  it('puts texts under their names from before the grouping into their groups', () => {
    const sentTo = (email: string) => `Code sent: ${email}`;
    const merged = mergeMessages(heMessages, {
      /* eslint-disable @typescript-eslint/no-deprecated -- the deprecated keys are what is tested */
      emailTitle: 'Your inbox',
      emailSentTo: sentTo,
      disableDevice: 'Off',
      /* eslint-enable @typescript-eslint/no-deprecated */
      devices: { empty: 'None.' },
    });
    expect(merged.email).toEqual({ ...heMessages.email, title: 'Your inbox', sentTo });
    expect(merged.devices).toEqual({ ...heMessages.devices, remove: 'Off', empty: 'None.' });
    expect(merged).not.toHaveProperty('emailTitle');
    expect(merged).not.toHaveProperty('disableDevice');
  });

  it('returns the base itself without an override', () => {
    expect(mergeMessages(heMessages, undefined)).toBe(heMessages);
  });
});
