// What the browser gives after a WebAuthn ceremony, reduced to the fields the spec documents (a `toJSON()`
// result carries more): an assertion (sign in, remove a key) and an attestation (add a key).
import { pick, text } from './inputs.js';
import type { Check } from './inputs.js';

/** The fields of `credential` picked by `responseChecks`, with its `id`. */
const credential =
  (responseChecks: Record<string, Check>): Check =>
  (field, value) => {
    const { id, response } = Object(value) as Record<string, unknown>;
    return {
      id: text(`${field}.id`, id),
      response: pick(Object(response) as Record<string, unknown>, responseChecks),
    };
  };

// The spec requires `userHandle` even when the authenticator gave none: then it is sent as null.
const userHandle: Check = (field, value) => (value == null ? null : text(field, value));

/** An assertion from `navigator.credentials.get`. */
export const assertion: Check = /* @__PURE__ */ credential({
  clientDataJSON: text,
  authenticatorData: text,
  signature: text,
  userHandle,
});

/** An attestation from `navigator.credentials.create`. */
export const attestation: Check = /* @__PURE__ */ credential({
  clientDataJSON: text,
  attestationObject: text,
});
