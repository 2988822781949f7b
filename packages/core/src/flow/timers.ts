/**
 * The flow store's source of time, injectable so tests (and apps with their own scheduler) control it.
 * `setTimeout` returns any handle; the same handle is passed back to `clearTimeout`.
 */
export interface MfaFlowClock {
  /** The current time in epoch milliseconds. */
  now(): number;
  /** Calls `callback` once after `delayMs`. */
  setTimeout(callback: () => void, delayMs: number): unknown;
  /** Cancels a pending `setTimeout`; must ignore `undefined` and handles of timers that already ran. */
  clearTimeout(handle: unknown): void;
}

/**
 * The real clock: `Date.now` and the global timers, looked up on each call so that fake timers installed later
 * (e.g. `vi.useFakeTimers()`) are honoured.
 */
export const systemClock: MfaFlowClock = /* @__PURE__ */ Object.freeze({
  now: () => Date.now(),
  setTimeout: (callback: () => void, delayMs: number): unknown =>
    globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle: unknown) => {
    globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>);
  },
});
