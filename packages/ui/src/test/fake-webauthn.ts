// Test and story support: the browser's WebAuthn surface, faked on `globalThis` with no test runner, so jsdom
// tests and Storybook (real Chromium, no virtual authenticator) share it. The seeded key really signs, a new key
// is really attested, and the mock really checks both.
import { createWebAuthnAttestation, signWebAuthnAssertion } from '@mfa-kit/mock';
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

type CreationOptions = Parameters<typeof createWebAuthnAttestation>[0]['options'];

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
  // One prompt: answers as told, or with the credential `make` gives, as the browser's `toJSON()` would.
  const prompt = async (make: () => Promise<{ id: string }>) => {
    const answer = prompts[Math.min(opened, prompts.length - 1)];
    opened += 1;
    if (answer === 'open') return new Promise<never>(() => undefined);
    if (answer === 'cancel') throw new DOMException('The prompt was closed.', 'NotAllowedError');
    const json = await make();
    return { type: 'public-key', id: json.id, toJSON: () => json };
  };
  const origin = globalThis.location.origin;
  const get = ({ publicKey }: { publicKey: { challenge: string; rpId?: string } }) =>
    prompt(() => signWebAuthnAssertion({ device, options: publicKey, origin }));
  // A new key, for an enrolment: a real attestation of the challenge, which the mock verifies.
  const create = ({ publicKey }: { publicKey: CreationOptions }) =>
    prompt(
      async () => (await createWebAuthnAttestation({ options: publicKey, origin })).attestation,
    );
  // The browser's own JSON parsers: here the options stay JSON, which is what the fake signer reads.
  const asJson = (options: unknown) => options;
  const publicKeyCredential = supported
    ? { parseRequestOptionsFromJSON: asJson, parseCreationOptionsFromJSON: asJson }
    : undefined;
  const define = (owner: object, name: string, value: unknown) =>
    Object.defineProperty(owner, name, { value, configurable: true, writable: true });
  define(globalThis, 'PublicKeyCredential', publicKeyCredential);
  define(globalThis, 'isSecureContext', secure);
  define(globalThis.navigator, 'credentials', { get, create });
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
