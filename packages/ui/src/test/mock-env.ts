// Test support for the drop-in forms: the mock's test environment on Vitest's lifecycle, from the workspace's
// one test kit.
export { setupMockEnv, signedInAs, signedInClient } from '../../../../tools/test-kit/mock-env.js';
export type { MockEnv } from '../../../../tools/test-kit/mock-env.js';
