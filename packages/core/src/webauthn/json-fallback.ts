// For browsers without WebAuthn's JSON helpers (`PublicKeyCredential.parse…OptionsFromJSON`,
// `credential.toJSON()`): the few conversions the ceremonies need, instead of a dependency.
import { fromBase64Url, toBase64Url } from './base64url.js';

/**
 * The named binary fields of a credential's response, base64url-encoded, as `credential.toJSON()` gives
 * them; a field that is missing or null is left out, as `toJSON()` does.
 */
export function encodeFields(
  response: AuthenticatorResponse,
  names: readonly string[],
): Record<string, string> {
  const fields = response as unknown as Record<string, ArrayBuffer | null | undefined>;
  const encoded: Record<string, string> = {};
  for (const name of names) {
    const bytes = fields[name];
    if (bytes) encoded[name] = toBase64Url(bytes);
  }
  return encoded;
}

/** A credential id of the options (`allowCredentials`, `excludeCredentials`) in binary form. */
export function credentialDescriptor({
  id,
  type,
  ...rest
}: PublicKeyCredentialDescriptorJSON): PublicKeyCredentialDescriptor {
  return {
    ...(rest as Omit<PublicKeyCredentialDescriptor, 'id' | 'type'>),
    id: fromBase64Url(id),
    type: type as PublicKeyCredentialType,
  };
}
