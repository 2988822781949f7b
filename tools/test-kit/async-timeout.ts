// For every test that waits on the mock (Vitest's \`vi.waitFor\`, testing-library's \`waitFor\` and \`findBy…\`).

/**
 * How long a wait for the mock's answer lasts before the test fails: the mock signs JWTs, draws QR codes and checks
 * passkeys while the suites share two cores (load 10 and more in \`pnpm test\`), so a wait gets room before it counts
 * as a failure. Only a failing test waits this long.
 */
export const ASYNC_UTIL_TIMEOUT_MS = 10_000;

/**
 * How long one test may run in the Node and Storybook projects (Vitest's defaults are 5 s and 15 s): `pnpm test`
 * runs the unit tests beside the end-to-end suite on two cores, at a load of 10 to 15, where typing a code with
 * user-event or a story's play function takes several times as long as alone. Only a stuck test waits this long.
 */
export const TEST_TIMEOUT_MS = 30_000;
