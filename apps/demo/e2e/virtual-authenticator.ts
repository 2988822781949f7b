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
 * Adds a virtual authenticator holding `device`: a platform passkey (`internal`, discoverable, with its user
 * handle) or a USB security key (`usb`, not discoverable), user-verifying, touched automatically.
 */
export async function addVirtualAuthenticator(
  page: Page,
  device: SeededWebAuthnDevice,
): Promise<VirtualAuthenticator> {
  const platform = device.deviceType === 'Platform';
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
  await cdp.send('WebAuthn.addCredential', {
    authenticatorId,
    credential: {
      credentialId: toBase64(device.credentialId),
      isResidentCredential: platform,
      rpId: 'localhost',
      privateKey: device.privateKey,
      ...(device.userHandle === undefined ? {} : { userHandle: toBase64(device.userHandle) }),
      signCount: 1,
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
