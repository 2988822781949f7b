import { toBase64Url } from './base64url';
import { MOCK_ERROR_CODES, MockHttpError, badRequest, rateLimited } from './errors';
import type { MockErrorCodes } from './errors';
import type { OutboxMessage, WritableOutbox } from './outbox';
import type { Random } from './random';
import { type MfaStrategy, type MockUserSeed, type UserRecord, toUserRecords } from './users';

/** The resolved options a backend runs with. */
export interface MockConfig {
  now: () => number;
  codeTtlMs: number;
  mfaTokenTtlMs: number;
  maxAttempts: number;
  resendCooldownMs: number;
  rateLimit: { limit: number; windowMs: number };
  rememberDevice: { isAllowedToRemember: boolean; mfaDeviceExpiration: number };
  /** The codes of a wrong, expired or burned code (see `errorCodeStyle`). */
  errorCodes: MockErrorCodes;
  /** The relying party the seeded passkeys and security keys belong to. */
  webauthn: { rpId: string; isExpectedOrigin: (origin: string) => boolean };
  /** The second factors the tenant offers (`GET /resources/configurations/v1/mfa/strategies`). */
  mfaStrategies: readonly { strategy: MfaStrategy; isActive: boolean }[];
  /** How `qrCode` is answered (see `MockBackendOptions.qrCodeFormat`). */
  qrCodeFormat: 'data-url' | 'base64';
}

/** A login waiting for its second factor. */
interface Challenge {
  userId: string;
  expiresAt: number;
}

type CodeStatus = 'active' | 'used' | 'replaced' | 'burned';

/** A one-time code and the `otcToken` that names it. */
interface IssuedCode {
  code: string;
  purpose: OutboxMessage['purpose'];
  /** What the code unlocks: an mfaToken, or a user's device. Only the newest code per subject is active. */
  subject: string;
  expiresAt: number;
  wrongAttempts: number;
  status: CodeStatus;
}

/** A WebAuthn challenge and what it was issued for; single-use. */
interface IssuedChallenge {
  challenge: string;
  mfaToken: string;
  deviceId: string;
  expiresAt: number;
  used: boolean;
}

/** Where a code goes. */
export interface CodeDelivery {
  purpose: OutboxMessage['purpose'];
  subject: string;
  channel: OutboxMessage['channel'];
  to: string;
}

/** Everything one backend instance remembers, and the rules that change it. */
export class MockState {
  readonly users: UserRecord[];
  private readonly challenges = new Map<string, Challenge>();
  private readonly codes = new Map<string, IssuedCode>();
  private readonly lastSentAt = new Map<string, number>();
  private readonly rateWindows = new Map<string, { startedAt: number; count: number }>();
  private readonly wrongAnswers = new Map<string, number>();
  private readonly webauthnChallenges = new Map<string, IssuedChallenge>();
  /** The secret of the authenticator app being added, by who adds it; replaced by each new start. */
  private readonly pendingTotpSecrets = new Map<string, string>();
  /** The phone number an SMS enrollment code was sent to, by its `otcToken`. */
  private readonly pendingPhones = new Map<string, string>();

  constructor(
    private readonly config: MockConfig,
    private readonly random: Random,
    private readonly outbox: WritableOutbox,
    seeds: readonly MockUserSeed[],
  ) {
    this.users = toUserRecords(seeds);
  }

  /** The user a sign-in names, by email (case-insensitive). */
  findUserByEmail(email: string): UserRecord | undefined {
    const wanted = email.trim().toLowerCase();
    return this.users.find((user) => user.email.toLowerCase() === wanted);
  }

  findUserById(id: string): UserRecord | undefined {
    return this.users.find((user) => user.id === id);
  }

  /** Starts the second-factor step of a login; the returned `mfaToken` names it. */
  openChallenge(user: UserRecord): string {
    const mfaToken = this.random.uuid();
    this.challenges.set(mfaToken, {
      userId: user.id,
      expiresAt: this.config.now() + this.config.mfaTokenTtlMs,
    });
    return mfaToken;
  }

  /** The user behind a live `mfaToken`; an unknown token is a 401, an expired one is "expired". */
  userOfChallenge(mfaToken: string): UserRecord {
    const challenge = this.challenges.get(mfaToken);
    const user = challenge === undefined ? undefined : this.findUserById(challenge.userId);
    if (challenge === undefined || user === undefined) {
      throw new MockHttpError(
        401,
        MOCK_ERROR_CODES.invalidMfaToken,
        'Invalid MFA token: sign in again',
      );
    }
    if (this.config.now() >= challenge.expiresAt) {
      throw new MockHttpError(
        400,
        this.config.errorCodes.expired,
        'MFA token expired: sign in again',
      );
    }
    return user;
  }

  /** Ends a login's second-factor step (the `mfaToken` is single-use). */
  closeChallenge(mfaToken: string): void {
    this.challenges.delete(mfaToken);
  }

  /**
   * Issues a code and "sends" it to the outbox. A resend inside the cooldown is a 429; a resend outside it
   * replaces the subject's previous code, which then answers "expired". Returns the `otcToken` naming the code.
   */
  sendCode(delivery: CodeDelivery): string {
    const now = this.config.now();
    const cooldownKey = `${delivery.purpose}:${delivery.subject}`;
    const lastSentAt = this.lastSentAt.get(cooldownKey);
    if (lastSentAt !== undefined && now < lastSentAt + this.config.resendCooldownMs) {
      throw rateLimited(
        'A code was sent moments ago: wait before asking for another',
        lastSentAt + this.config.resendCooldownMs,
        now,
      );
    }
    for (const issued of this.codes.values()) {
      if (
        issued.subject === delivery.subject &&
        issued.purpose === delivery.purpose &&
        issued.status === 'active'
      ) {
        issued.status = 'replaced';
      }
    }
    const otcToken = this.random.uuid();
    const code = this.random.digits(6);
    this.codes.set(otcToken, {
      code,
      purpose: delivery.purpose,
      subject: delivery.subject,
      expiresAt: now + this.config.codeTtlMs,
      wrongAttempts: 0,
      status: 'active',
    });
    this.lastSentAt.set(cooldownKey, now);
    this.outbox.send({
      channel: delivery.channel,
      to: delivery.to,
      code,
      sentAt: now,
      purpose: delivery.purpose,
    });
    return otcToken;
  }

  /**
   * Checks a code against the one `otcToken` names. A wrong code counts; the `maxAttempts`-th wrong one burns
   * the code. A right code works once.
   */
  redeemCode(
    otcToken: string,
    code: string,
    expected: { purpose: OutboxMessage['purpose']; subject: string },
  ): void {
    const issued = this.codes.get(otcToken);
    if (
      issued === undefined ||
      issued.purpose !== expected.purpose ||
      issued.subject !== expected.subject
    ) {
      throw badRequest(
        expected.purpose === 'login'
          ? 'otcToken was not issued for this MFA token: send a new code'
          : 'otcToken was not issued for this device: send a new code',
      );
    }
    switch (issued.status) {
      case 'used':
        throw new MockHttpError(400, this.config.errorCodes.expired, 'Code already used');
      case 'replaced':
        throw new MockHttpError(
          400,
          this.config.errorCodes.expired,
          'Code expired: a newer code was sent',
        );
      case 'burned':
        throw new MockHttpError(400, this.config.errorCodes.tooManyAttempts, 'Too many attempts');
      case 'active':
        break;
    }
    if (this.config.now() >= issued.expiresAt) {
      throw new MockHttpError(400, this.config.errorCodes.expired, 'Code expired');
    }
    if (code !== issued.code) {
      issued.wrongAttempts += 1;
      if (issued.wrongAttempts >= this.config.maxAttempts) {
        issued.status = 'burned';
        throw new MockHttpError(400, this.config.errorCodes.tooManyAttempts, 'Too many attempts');
      }
      throw new MockHttpError(400, this.config.errorCodes.invalidCode, 'Invalid code');
    }
    issued.status = 'used';
  }

  /**
   * Settles an answer to a factor that has no issued code (an authenticator app's code), counted per `key`
   * (the login): like a wrong code, the `maxAttempts`-th wrong answer, and every answer after it, right or
   * wrong, are "too many attempts".
   */
  settleAnswer(key: string, correct: boolean): void {
    const wrong = this.wrongAnswers.get(key) ?? 0;
    if (wrong >= this.config.maxAttempts) {
      throw new MockHttpError(400, this.config.errorCodes.tooManyAttempts, 'Too many attempts');
    }
    if (correct) return;
    this.wrongAnswers.set(key, wrong + 1);
    if (wrong + 1 >= this.config.maxAttempts) {
      throw new MockHttpError(400, this.config.errorCodes.tooManyAttempts, 'Too many attempts');
    }
    throw new MockHttpError(400, this.config.errorCodes.invalidCode, 'Invalid code');
  }

  /** A fresh authenticator-app secret (20 random bytes, base32) for `subject`, kept until it is verified. */
  startTotpEnrollment(subject: string): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const secret = [...this.random.bytes(32)].map((byte) => alphabet[byte % 32]).join('');
    this.pendingTotpSecrets.set(subject, secret);
    return secret;
  }

  /** The secret `startTotpEnrollment` gave `subject`, or a 400 when none was started. */
  pendingTotpSecret(subject: string): string {
    const secret = this.pendingTotpSecrets.get(subject);
    if (secret === undefined)
      throw badRequest('No authenticator app is being added: start the enrollment first');
    return secret;
  }

  /** Ends the enrollment of `subject`'s authenticator app. */
  finishTotpEnrollment(subject: string): void {
    this.pendingTotpSecrets.delete(subject);
  }

  /**
   * Sends an enrollment code to `phoneNumber`; the returned `otcToken` also names the number. Its outbox
   * purpose is `login`: the code signs a login in, or (from account settings) adds the phone.
   */
  sendEnrollmentCode(subject: string, phoneNumber: string): string {
    const otcToken = this.sendCode({
      purpose: 'login',
      subject: `enroll-sms:${subject}`,
      channel: 'sms',
      to: phoneNumber,
    });
    this.pendingPhones.set(otcToken, phoneNumber);
    return otcToken;
  }

  /** Checks an enrollment code; returns the phone number it went to. */
  redeemEnrollmentCode(otcToken: string, code: string, subject: string): string {
    this.redeemCode(otcToken, code, { purpose: 'login', subject: `enroll-sms:${subject}` });
    return this.pendingPhones.get(otcToken) ?? '';
  }

  /** A fresh single-use recovery code, `XXXX-XXXX-XXXX`, added to the user's. */
  issueRecoveryCode(user: UserRecord): string {
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    const groups = [0, 1, 2].map(() =>
      [...this.random.bytes(4)].map((byte) => alphabet[byte % alphabet.length]).join(''),
    );
    const recoveryCode = groups.join('-');
    user.recoveryCodes.push(recoveryCode);
    return recoveryCode;
  }

  /** A fresh WebAuthn challenge (32 random bytes, base64url) for one device of a login, and its token. */
  issueWebAuthnChallenge(
    mfaToken: string,
    deviceId: string,
  ): { webauthnToken: string; challenge: string } {
    const webauthnToken = this.random.uuid();
    const challenge = toBase64Url(this.random.bytes(32));
    this.webauthnChallenges.set(webauthnToken, {
      challenge,
      mfaToken,
      deviceId,
      expiresAt: this.config.now() + this.config.codeTtlMs,
      used: false,
    });
    return { webauthnToken, challenge };
  }

  /**
   * The challenge `webauthnToken` names, spent: it is good for one verify, right or wrong, as a challenge
   * must never be signed twice.
   */
  spendWebAuthnChallenge(
    webauthnToken: string,
    expected: { mfaToken: string; deviceId: string },
  ): string {
    const issued = this.webauthnChallenges.get(webauthnToken);
    if (
      issued === undefined ||
      issued.mfaToken !== expected.mfaToken ||
      issued.deviceId !== expected.deviceId
    ) {
      throw badRequest('webauthnToken was not issued for this MFA token and device: start again');
    }
    if (issued.used) {
      throw new MockHttpError(400, this.config.errorCodes.expired, 'Challenge already used');
    }
    issued.used = true;
    if (this.config.now() >= issued.expiresAt) {
      throw new MockHttpError(400, this.config.errorCodes.expired, 'Challenge expired');
    }
    return issued.challenge;
  }

  /**
   * Ends the life of every issued code and WebAuthn challenge now, as their time to live would: the resend
   * cooldowns, being shorter than a code's life, end with it.
   */
  expireCodes(): void {
    const now = this.config.now();
    for (const issued of this.codes.values()) issued.expiresAt = Math.min(issued.expiresAt, now);
    for (const issued of this.webauthnChallenges.values()) {
      issued.expiresAt = Math.min(issued.expiresAt, now);
    }
    this.lastSentAt.clear();
  }

  /** Counts a request against a fixed window for `key`; over the limit is a 429 saying when the window ends. */
  countRequest(key: string): void {
    const now = this.config.now();
    const { limit, windowMs } = this.config.rateLimit;
    const current = this.rateWindows.get(key);
    const window =
      current === undefined || now >= current.startedAt + windowMs
        ? { startedAt: now, count: 0 }
        : current;
    if (window.count >= limit) {
      throw rateLimited('Too many requests: slow down', window.startedAt + windowMs, now);
    }
    window.count += 1;
    this.rateWindows.set(key, window);
  }
}
