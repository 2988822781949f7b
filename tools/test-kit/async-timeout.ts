// For every test that waits on the mock (Vitest's \`vi.waitFor\`, testing-library's \`waitFor\` and \`findBy…\`).

/**
 * How long a wait for the mock's answer lasts before the test fails: the mock signs JWTs, draws QR codes and checks
 * passkeys while the suites share two cores (load 10 and more in \`pnpm test\`), so a wait gets room before it counts
 * as a failure. Only a failing test waits this long.
 */
export const ASYNC_UTIL_TIMEOUT_MS = 10_000;
