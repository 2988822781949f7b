export { createMockBackend } from './backend';
export type { MockBackend, MockBackendOptions } from './backend';
export type { MockRoute } from './routes';
export { MOCK_ERROR_CODES, MOCK_ERROR_CODE_KINDS } from './errors';
export type { MockErrorCodes } from './errors';
export type { MockFailure, MockFaultScope, MockFaults } from './faults';
export type { MockOutbox, OutboxFilter, OutboxMessage } from './outbox';
export { TRACE_ID_HEADER } from './responses';
export { MOCK_JWT_ISSUER, MOCK_JWT_SECRET } from './tokens';
export { DEMO_TENANT_ID, DEMO_USER } from './users';
export type {
  DemoUser,
  MfaDevicesLike,
  MfaStrategy,
  MockAuthenticatorApp,
  MockPhoneDevice,
  MockUserSeed,
  MockWebAuthnDevice,
} from './users';
export { DEMO_USERS } from './seeded-users';
export type { SeededUser, SeededWebAuthnDevice } from './seeded-users';
export { totpCode } from './totp';
export { createWebAuthnAttestation, signWebAuthnAssertion } from './software-authenticator';
export type {
  CreateWebAuthnAttestationInput,
  CreatedWebAuthnCredential,
  SignWebAuthnAssertionInput,
  WebAuthnAssertionJson,
  WebAuthnAttestationJson,
} from './software-authenticator';
