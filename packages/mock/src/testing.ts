// The test kit: what tests, stories and the bench need around the mock. For tests only; free of any test
// runner and of Node-only modules, so Vitest, Storybook (in the browser), Playwright and plain Node all use it.
export { TEST_BASE_URL, callMock } from './testing/call-mock';
export type { MockCall } from './testing/call-mock';
export { loginAs, loginDemoUser, sendEmailCode, signInDemoUser } from './testing/demo-session';
export type { DemoSession, DemoSessionOptions } from './testing/demo-session';
export { fakeWebAuthn } from './testing/fake-webauthn';
export type { FakePrompt, FakeWebAuthn, FakeWebAuthnOptions } from './testing/fake-webauthn';
export { latestCode } from './testing/latest-code';
export { mockPaths } from './testing/mock-paths';
export type { MockPaths, MockPathsBeforeRename } from './testing/mock-paths';
export { serveMockEnv } from './testing/mock-env';
export type { MockEnv, MockEnvSetup, MockServer, TestHooks } from './testing/mock-env';
export { recordRequests } from './testing/request-log';
export type { MswRequestEvents, RecordedRequest, RequestLog } from './testing/request-log';
export { createTestClock } from './testing/test-clock';
export type { TestClock } from './testing/test-clock';
export { wrongCode, wrongCodes, wrongTotp } from './testing/wrong-codes';
