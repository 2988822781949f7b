// Chromium's virtual authenticator over CDP, holding a seeded user's key: the browser's own WebAuthn prompt
// then signs with the key the mock knows, as a person's passkey or USB security key would.
import type { SeededWebAuthnDevice } from '@mfa-kit/mock';
import type { CDPSession, Page } from '@playwright/test';

/** A virtual authenticator in one page, and the seeded key it holds. */
export interface VirtualAuthenticator {
  readonly cdp: CDPSession;
  readonly authenticatorId: string;
  /** Whether the user passes the authenticator's check (fingerprint, PIN); false makes the prompt fail. */
  setUserVerified: (verified: boolean) => Promise<void>;
}

/** Standard base64 of a base64url string: what CDP takes for a credential id. */
function toBase64(base64Url: string): string {
  const base64 = base64Url.replace(/-/g, '+').replace(/_/g, '/');
  return base64.padEnd(Math.ceil(base64.length / 4) * 4, '=');
}

/**
 * Adds an empty virtual authenticator, as a device before the user created a key on it: a platform passkey
 * store (`internal`, discoverable) or a USB security key (`usb`), user-verifying, touched automatically.
 */
export async function addEmptyVirtualAuthenticator(
  page: Page,
  deviceType: SeededWebAuthnDevice['deviceType'],
): Promise<VirtualAuthenticator> {
  const platform = deviceType === 'Platform';
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: platform ? 'internal' : 'usb',
      hasResidentKey: platform,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    cdp,
    authenticatorId,
    setUserVerified: async (isUserVerified) => {
      await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified });
    },
  };
}

/** Adds a virtual authenticator (see {@link addEmptyVirtualAuthenticator}) holding the seeded `device`. */
export async function addVirtualAuthenticator(
  page: Page,
  device: SeededWebAuthnDevice,
): Promise<VirtualAuthenticator> {
  const platform = device.deviceType === 'Platform';
  const authenticator = await addEmptyVirtualAuthenticator(page, device.deviceType);
  await authenticator.cdp.send('WebAuthn.addCredential', {
    authenticatorId: authenticator.authenticatorId,
    credential: {
      credentialId: toBase64(device.credentialId),
      isResidentCredential: platform,
      rpId: 'localhost',
      privateKey: device.privateKey,
      ...(device.userHandle === undefined ? {} : { userHandle: toBase64(device.userHandle) }),
      signCount: 1,
    },
  });
  return authenticator;
}
