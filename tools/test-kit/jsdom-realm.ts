// For the Vitest setup files of the jsdom projects (react, react18, ui).

/**
 * Vitest's jsdom environment installs jsdom's typed-array constructors, but Node's TextEncoder, Buffer and
 * WebCrypto keep making Node's; jose (the mock's JWTs) then rejects its own key as "not a Uint8Array". Puts the
 * Node realm's constructor back: nothing in these tests needs jsdom's.
 */
export function installNodeUint8Array(): void {
  globalThis.Uint8Array = (Object.getPrototypeOf(new TextEncoder().encode('')) as Uint8Array)
    .constructor as Uint8ArrayConstructor;
}

/**
 * How long testing-library's `waitFor` and `findBy…` wait before a test fails: the mock signs JWTs and the tests
 * share two cores, so real-network waits get room before they count as failures.
 */
export const ASYNC_UTIL_TIMEOUT_MS = 10_000;
