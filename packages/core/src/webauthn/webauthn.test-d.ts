import { describe, expectTypeOf, test } from 'vitest';
import type { MfaClient } from '../client/create-client.js';
import type { StartWebAuthnResponse } from '../client/schemas.js';
import type { VerifyWebAuthnInput, WebAuthnAssertion } from '../client/webauthn-mfa.js';
import type { WebAuthnAttestation, WebAuthnCreationOptions } from '../index.js';
import { createWebAuthnCredential, getWebAuthnAssertion } from '../index.js';

declare const client: MfaClient;

describe('the WebAuthn ceremonies between the client calls', () => {
  test("take start's options as they are, and give what verify sends", async () => {
    const { options, webauthnToken } = await client.webauthnMfa.start({
      deviceId: 'd',
      mfaToken: 't',
    });
    expectTypeOf(options).toEqualTypeOf<StartWebAuthnResponse['options']>();
    const assertion = await getWebAuthnAssertion(options, { signal: AbortSignal.timeout(1) });
    expectTypeOf(assertion).toEqualTypeOf<WebAuthnAssertion>();
    expectTypeOf({
      deviceId: 'd',
      mfaToken: 't',
      webauthnToken,
      options: assertion,
    }).toExtend<VerifyWebAuthnInput>();
  });

  test('register a key from creation options, answering id and response', () => {
    expectTypeOf(createWebAuthnCredential).parameter(0).toEqualTypeOf<WebAuthnCreationOptions>();
    expectTypeOf(createWebAuthnCredential).returns.resolves.toEqualTypeOf<WebAuthnAttestation>();
    expectTypeOf<WebAuthnAttestation['response']>().toHaveProperty('attestationObject');
  });
});
