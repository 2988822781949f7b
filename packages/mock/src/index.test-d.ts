import type { RequestHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type { SetupServer } from 'msw/node';
import { describe, expectTypeOf, it } from 'vitest';
import type { startMockWorker } from './browser';
import {
  DEMO_USER,
  DEMO_USERS,
  MOCK_ERROR_CODE_KINDS,
  type MfaDevicesLike,
  type MfaStrategy,
  type MockBackend,
  type MockBackendOptions,
  type MockRoute,
  type MockUserSeed,
  type OutboxMessage,
  type SeededUser,
  type WebAuthnAssertionJson,
  createMockBackend,
  createWebAuthnAttestation,
  signWebAuthnAssertion,
  totpCode,
} from './index';
import type { setupMockServer } from './node';
import type { startMockHttpServer } from './server';

type ClientErrorKind =
  | 'invalid-input'
  | 'invalid-code'
  | 'expired'
  | 'too-many-attempts'
  | 'rate-limited'
  | 'bad-request';

describe('public types', () => {
  it('createMockBackend takes optional options and returns a MockBackend', () => {
    expectTypeOf(createMockBackend).parameter(0).toEqualTypeOf<MockBackendOptions | undefined>();
    expectTypeOf(createMockBackend()).toEqualTypeOf<MockBackend>();
    expectTypeOf<MockBackend['handle']>().toEqualTypeOf<(request: Request) => Promise<Response>>();
    expectTypeOf<MockBackend['handlers']>().toEqualTypeOf<RequestHandler[]>();
    expectTypeOf<MockBackend['devices']>().returns.toEqualTypeOf<MfaDevicesLike>();
    expectTypeOf<MockBackend['ageSession']>().toEqualTypeOf<
      (accessToken: string, seconds: number) => Promise<string>
    >();
  });

  it('names the routes faults can be scoped to', () => {
    expectTypeOf<MockRoute>().toEqualTypeOf<
      | 'login'
      | 'email-code'
      | 'email-code-verify'
      | 'authenticator-verify'
      | 'authenticator-device-verify'
      | 'sms-code'
      | 'sms-code-verify'
      | 'webauthn-start'
      | 'webauthn-verify'
      | 'recover'
      | 'remember-device-policy'
      | 'devices'
      | 'sms-pre-disable'
      | 'sms-disable-verify'
      | 'mfa-strategies'
      | 'enroll-authenticator'
      | 'enroll-authenticator-verify'
      | 'enroll-sms'
      | 'enroll-sms-verify'
      | 'enroll-webauthn'
      | 'enroll-webauthn-verify'
      | 'user-enroll-authenticator'
      | 'user-enroll-authenticator-verify'
      | 'user-enroll-sms'
      | 'user-enroll-sms-verify'
      | 'user-enroll-webauthn'
      | 'user-enroll-webauthn-verify'
      | 'authenticator-disable-verify'
      | 'webauthn-pre-disable'
      | 'webauthn-disable-verify'
      | 'step-up-generate'
    >();
    expectTypeOf<MockBackend['faults']['failNext']>().toBeCallableWith(
      1,
      { status: 500 },
      { route: 'login' },
    );
    // @ts-expect-error: not a route
    createMockBackend().faults.networkErrorNext(1, { route: 'logout' });
  });

  it('outbox messages say what, where and why', () => {
    expectTypeOf<OutboxMessage['channel']>().toEqualTypeOf<'email' | 'sms'>();
    expectTypeOf<OutboxMessage['purpose']>().toEqualTypeOf<'login' | 'disable-sms'>();
    expectTypeOf<MockBackend['outbox']['latest']>()
      .parameter(0)
      .toEqualTypeOf<{ channel?: 'email' | 'sms'; to?: string } | undefined>();
  });

  it('MOCK_ERROR_CODE_KINDS fits a client table keyed by errorCode', () => {
    expectTypeOf(MOCK_ERROR_CODE_KINDS).toExtend<Readonly<Record<string, ClientErrorKind>>>();
  });

  it('DEMO_USER carries the sign-in and the device ids', () => {
    expectTypeOf(DEMO_USER).toExtend<{ email: string; password: string; name: string }>();
    expectTypeOf(DEMO_USER.phones[0].id).toEqualTypeOf<string>();
  });

  it('DEMO_USERS are seeds, with what a test needs to pass each factor', () => {
    expectTypeOf(DEMO_USERS.allFactors).toExtend<SeededUser>();
    expectTypeOf(DEMO_USERS.allFactors).toExtend<MockUserSeed>();
    expectTypeOf(DEMO_USERS.authenticator.authenticators[0].secret).toExtend<string>();
    expectTypeOf(DEMO_USERS.passkeyAndRecovery.webauthn[0].privateKey).toExtend<string>();
    expectTypeOf(DEMO_USERS.passkeyAndRecovery.recoveryCodes[0]).toExtend<string>();
    expectTypeOf(totpCode).returns.resolves.toEqualTypeOf<string>();
    expectTypeOf(signWebAuthnAssertion).returns.resolves.toEqualTypeOf<WebAuthnAssertionJson>();
    // A created credential's device signs later assertions.
    expectTypeOf(createWebAuthnAttestation)
      .returns.resolves.toHaveProperty('device')
      .toExtend<Parameters<typeof signWebAuthnAssertion>[0]['device']>();
    expectTypeOf(DEMO_USERS.newUser.mfaEnforced).toEqualTypeOf<true>();
    expectTypeOf<MockBackendOptions['mfaStrategies']>().toEqualTypeOf<
      readonly { strategy: MfaStrategy; isActive: boolean }[] | undefined
    >();
    expectTypeOf<NonNullable<MockBackendOptions['webauthn']>['expectedOrigin']>().toEqualTypeOf<
      string | readonly string[] | ((origin: string) => boolean) | undefined
    >();
  });

  it('serves through msw in Node and the browser, and over HTTP', () => {
    expectTypeOf<typeof setupMockServer>().returns.toEqualTypeOf<SetupServer>();
    expectTypeOf<typeof startMockWorker>().returns.toEqualTypeOf<Promise<SetupWorker>>();
    expectTypeOf<typeof startMockHttpServer>().returns.toEqualTypeOf<
      Promise<{ url: string; close(): Promise<void> }>
    >();
  });
});
