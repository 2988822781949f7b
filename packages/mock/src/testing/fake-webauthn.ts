// The browser's WebAuthn surface, faked on `globalThis` with no test runner, so jsdom tests (react, ui) and
// Storybook (real Chromium, no virtual authenticator) share it. The software authenticator really signs and
// really creates credentials, and the mock really checks them.
import { createWebAuthnAttestation, signWebAuthnAssertion } from '../software-authenticator';
import type { CreatedWebAuthnCredential } from '../software-authenticator';
import type { SeededWebAuthnDevice } from '../seeded-users';

/**
 * How the fake prompt answers: signs with the device (or, for `create`, makes a new credential), is closed
 * (NotAllowedError), or stays open.
 */
export type FakePrompt = 'sign' | 'cancel' | 'open';

/** Options of {@link fakeWebAuthn}. */
export interface FakeWebAuthnOptions {
  /** The key `navigator.credentials.get` signs with. */
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
  /** Prompts opened so far, `get` and `create` alike. */
  readonly prompts: number;
  /** The credentials `create` made, oldest first: a `device` to sign with later. */
  readonly created: readonly CreatedWebAuthnCredential['device'][];
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
  const created: CreatedWebAuthnCredential['device'][] = [];
  /** Opens a prompt: resolves when it signs, rejects when it is closed, never settles while it stays open. */
  const open = async () => {
    const prompt = prompts[Math.min(opened, prompts.length - 1)];
    opened += 1;
    if (prompt === 'open') return new Promise<never>(() => undefined);
    if (prompt === 'cancel') throw new DOMException('The prompt was closed.', 'NotAllowedError');
  };
  const get = async ({ publicKey }: { publicKey: { challenge: string; rpId?: string } }) => {
    await open();
    const assertion = await signWebAuthnAssertion({
      device,
      options: publicKey,
      origin: globalThis.location.origin,
    });
    return { type: 'public-key', id: assertion.id, toJSON: () => assertion };
  };
  const create = async ({
    publicKey,
  }: {
    publicKey: { challenge: string; rp: { id?: string }; user: { id: string } };
  }) => {
    await open();
    const { attestation, device: made } = await createWebAuthnAttestation({
      options: publicKey,
      origin: globalThis.location.origin,
    });
    created.push(made);
    return { type: 'public-key', id: attestation.id, toJSON: () => attestation };
  };
  // The browser's own JSON parsers: here the options stay JSON, which is what the software authenticator reads.
  const publicKeyCredential = supported
    ? {
        parseRequestOptionsFromJSON: (options: unknown) => options,
        parseCreationOptionsFromJSON: (options: unknown) => options,
      }
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
    created,
    restore() {
      for (const [owner, name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(owner, name, descriptor);
        else Reflect.deleteProperty(owner, name);
      }
    },
  };
}
