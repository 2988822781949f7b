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
