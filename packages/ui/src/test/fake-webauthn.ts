// Test and story support: the browser's WebAuthn surface, faked on `globalThis` with no test runner, so jsdom
// tests and Storybook (real Chromium, no virtual authenticator) share it. The seeded key really signs, and the
// mock really checks the signature.
import { signWebAuthnAssertion } from '@mfa-kit/mock';
import type { SeededWebAuthnDevice } from '@mfa-kit/mock';

/** How the fake prompt answers: signs with the device, is closed (NotAllowedError), or stays open. */
export type FakePrompt = 'sign' | 'cancel' | 'open';

/** Options of {@link fakeWebAuthn}. */
export interface FakeWebAuthnOptions {
  /** The key the prompt signs with. */
  device: Pick<SeededWebAuthnDevice, 'credentialId' | 'privateKey' | 'userHandle'>;
  /** How each prompt answers, in order; the last one repeats. Default `['sign']`. */
  prompts?: readonly FakePrompt[];
  /** The browser has WebAuthn at all (`PublicKeyCredential`). Default true. */
  supported?: boolean;
  /** `isSecureContext`. Default true. */
  secure?: boolean;
}

/** The fake in place: how many prompts opened, and `restore` to put the browser's own back. */
export interface FakeWebAuthn {
  readonly prompts: number;
  restore(): void;
}

const STUBBED = ['PublicKeyCredential', 'isSecureContext'] as const;

/** Replaces `navigator.credentials`, `PublicKeyCredential` and `isSecureContext` until `restore()`. */
export function fakeWebAuthn({
  device,
  prompts = ['sign'],
  supported = true,
  secure = true,
}: FakeWebAuthnOptions): FakeWebAuthn {
  const saved = [...STUBBED, 'credentials'].map((name) => {
    const owner = name === 'credentials' ? globalThis.navigator : globalThis;
    return [owner, name, Object.getOwnPropertyDescriptor(owner, name)] as const;
  });
  let opened = 0;
  const get = async ({ publicKey }: { publicKey: { challenge: string; rpId?: string } }) => {
    const prompt = prompts[Math.min(opened, prompts.length - 1)];
    opened += 1;
    if (prompt === 'open') return new Promise<never>(() => undefined);
    if (prompt === 'cancel') throw new DOMException('The prompt was closed.', 'NotAllowedError');
    const assertion = await signWebAuthnAssertion({
      device,
      options: publicKey,
      origin: globalThis.location.origin,
    });
    return { type: 'public-key', id: assertion.id, toJSON: () => assertion };
  };
  // The browser's own JSON parser: here the options stay JSON, which is what the fake signer reads.
  const publicKeyCredential = supported
    ? { parseRequestOptionsFromJSON: (options: unknown) => options }
    : undefined;
  const define = (owner: object, name: string, value: unknown) =>
    Object.defineProperty(owner, name, { value, configurable: true, writable: true });
  define(globalThis, 'PublicKeyCredential', publicKeyCredential);
  define(globalThis, 'isSecureContext', secure);
  define(globalThis.navigator, 'credentials', { get, create: get });
  return {
    get prompts() {
      return opened;
    },
    restore() {
      for (const [owner, name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(owner, name, descriptor);
        else Reflect.deleteProperty(owner, name);
      }
    },
  };
}
