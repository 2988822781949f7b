// Test support (not exported by the package): a browser's WebAuthn surface, faked for node tests. With
// `json`, the browser has its own JSON helpers (`parse…OptionsFromJSON`, `toJSON()`); without, the
// fallback runs.
import { vi } from 'vitest';

/** An ArrayBuffer of these bytes. */
export const bytes = (...values: number[]): ArrayBuffer => new Uint8Array(values).buffer;

/** What a test expects the fallback to send: Node's own base64url, an independent encoder. */
export const base64url = (buffer: ArrayBuffer): string => Buffer.from(buffer).toString('base64url');

/** Bytes whose base64 has `+` and `/`, so base64url must differ from it. */
export const URL_UNSAFE_BYTES = bytes(0xfb, 0xff, 0xbf, 0x3e);

export interface FakeWebAuthnOptions {
  /** The browser has `PublicKeyCredential.parse…OptionsFromJSON` (default true). */
  json?: boolean;
  /** `isSecureContext` (default true). */
  secure?: boolean;
}

/** Installs a fake `navigator.credentials` and `PublicKeyCredential` (undone by `vi.unstubAllGlobals`). */
export function fakeWebAuthn({ json = true, secure = true }: FakeWebAuthnOptions = {}) {
  const credentials = {
    get: vi.fn<(options: CredentialRequestOptions) => Promise<unknown>>(),
    create: vi.fn<(options: CredentialCreationOptions) => Promise<unknown>>(),
  };
  // The browser's parsers give its own objects; a marker shows that they, and not the fallback, ran.
  const publicKeyCredential = json
    ? {
        parseRequestOptionsFromJSON: vi.fn((options: object) => ({ parsedByBrowser: options })),
        parseCreationOptionsFromJSON: vi.fn((options: object) => ({ parsedByBrowser: options })),
      }
    : {};
  vi.stubGlobal('PublicKeyCredential', publicKeyCredential);
  vi.stubGlobal('navigator', { credentials });
  vi.stubGlobal('isSecureContext', secure);
  return { credentials, publicKeyCredential };
}
