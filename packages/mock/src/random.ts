/** A seeded source of the mock's codes, tokens and ids, so a test with a seed sees the same values every run. */
export interface Random {
  /** `length` decimal digits, leading zeros kept (a one-time code). */
  digits(length: number): string;
  /** `length` lowercase hex characters. */
  hex(length: number): string;
  /** A UUID-shaped (version 4 layout) identifier. */
  uuid(): string;
  /** `length` bytes (a WebAuthn challenge). */
  bytes(length: number): Uint8Array;
}

/** mulberry32: tiny, fast and good enough for fake data; never used for anything secret. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (alphabet: string, length: number): string => {
    let out = '';
    for (let index = 0; index < length; index += 1)
      out += alphabet.charAt(Math.floor(next() * alphabet.length));
    return out;
  };
  const hex = (length: number): string => pick('0123456789abcdef', length);
  return {
    digits: (length) => pick('0123456789', length),
    hex,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick('89ab', 1)}${hex(3)}-${hex(12)}`,
    bytes: (length) => Uint8Array.from({ length }, () => Math.floor(next() * 256)),
  };
}
