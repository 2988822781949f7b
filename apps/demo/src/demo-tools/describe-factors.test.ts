import { DEMO_USERS } from '@mfa-kit/mock';
import { describe, expect, it } from 'vitest';
import { describeFactors } from './describe-factors';

describe('describeFactors', () => {
  it('names each seeded user’s second factors, in a fixed order', () => {
    expect(describeFactors(DEMO_USERS.emailOnly)).toBe('Email code');
    expect(describeFactors(DEMO_USERS.authenticator)).toBe('Authenticator app + recovery code');
    expect(describeFactors(DEMO_USERS.smsAndAuthenticator)).toBe(
      'SMS + authenticator app + recovery code',
    );
    expect(describeFactors(DEMO_USERS.smsOnly)).toBe('SMS');
    expect(describeFactors(DEMO_USERS.passkeyAndRecovery)).toBe(
      'Passkey + security key + recovery code',
    );
  });

  it('says "Every factor" for a user who has them all', () => {
    expect(describeFactors(DEMO_USERS.allFactors)).toBe('Every factor');
  });

  it('says a user with none sets one up at sign-in when the tenant forces MFA, else has a password only', () => {
    expect(describeFactors(DEMO_USERS.newUser)).toBe('Nothing yet: sets one up at sign-in');
    expect(describeFactors(DEMO_USERS.passwordOnly)).toBe('Password only');
  });
});
