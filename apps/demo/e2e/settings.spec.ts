// Account settings for every factor, signed in as the demo user (the demo's sign-in asks for the email code;
// the other seeded users' factors at login are another branch's): an authenticator app added by decoding its QR
// code and removed with the recovery code it showed, a passkey added and removed with Chromium's virtual
// authenticator, a phone added with a code from the demo inbox and removed in one press. The user keeps the
// email and the seeded phones throughout; each action sends its minimum of requests.
import { totpCode } from '@mfa-kit/mock';
import type { Page } from '@playwright/test';
import { type Demo, expect, test } from './support';

// Axe and light and dark screenshots of each panel: slower than a plain flow on a shared 2-core machine.
test.describe.configure({ timeout: 240_000 });

const DEVICES = 'GET /resources/users/v1/mfa/devices';

/** A platform authenticator that answers every prompt by itself (user present and verified). */
async function addVirtualPasskey(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('WebAuthn.enable', { enableUI: false });
  await session.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

async function check(demo: Demo, name: string): Promise<void> {
  // From the top, so the sticky header is drawn where it belongs in the full-page screenshot.
  await demo.page.evaluate(() => window.scrollTo(0, 0));
  await demo.expectAccessibleInBothSchemes();
  await demo.screenshot(name);
}

test('every factor in settings: add and remove an app (recovery code), a passkey and a phone', async ({
  demo,
  page,
}) => {
  await addVirtualPasskey(page);
  await demo.open();
  await demo.signIn();
  const signInCode = await demo.latestCode();
  await page.getByLabel('Verification code').pressSequentially(signInCode);
  await expect(page).toHaveURL(/\/signed-in$/);
  await page.getByRole('link', { name: 'Security settings' }).click();
  const settings = page.getByRole('region', { name: 'Two-step verification' });
  const rows = settings.getByRole('list').getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await demo.network.take();
  await check(demo, '40-settings-list');

  // An authenticator app: the press fetches the QR code; its first code adds it; the recovery code once.
  await settings.getByRole('button', { name: 'Add authenticator app' }).click();
  const qr = settings.getByRole('img', { name: 'QR code to scan with your authenticator app' });
  // The QR code as drawn (a data URL, as Frontegg sends it), scanned from the screen in light and dark.
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  const secret = new URL(await demo.scanQrCode(qr)).searchParams.get('secret') ?? '';
  expect(await demo.network.take()).toEqual(['POST /resources/users/v1/mfa/authenticator/enroll']);
  await check(demo, '41-settings-add-authenticator');
  await settings
    .getByLabel('Verification code')
    .pressSequentially(await totpCode(secret, Date.now()));
  // The shared recovery-code notice: the code, then Continue once the box says it is saved.
  const recoveryCode = (await settings.locator('.mfa-secret__text').textContent()) ?? '';
  expect(recoveryCode).toMatch(/\w/);
  await expect(settings.getByRole('heading', { name: 'Save your recovery code' })).toBeFocused();
  await check(demo, '42-settings-recovery-code');
  await settings.getByRole('checkbox', { name: "I've saved my recovery code" }).check();
  await settings.getByRole('button', { name: 'Continue' }).click();
  await expect(settings.getByRole('status').first()).toHaveText('Authenticator app added.');
  await expect(settings.getByRole('button', { name: 'Add authenticator app' })).toBeFocused();
  await expect(rows).toHaveCount(4);
  expect(await demo.network.take()).toEqual([
    'POST /resources/users/v1/mfa/authenticator/enroll/verify',
    DEVICES,
  ]);

  // A passkey: one press, the prompt, listed.
  await settings.getByRole('button', { name: 'Add passkey' }).click();
  await expect(settings.getByRole('button', { name: 'Create passkey' })).toBeFocused();
  expect(await demo.network.take()).toEqual([]);
  await check(demo, '43-settings-add-passkey');
  await settings.getByRole('button', { name: 'Create passkey' }).click();
  await expect(settings.getByRole('status').first()).toHaveText('Passkey added.');
  await expect(rows).toHaveCount(5);
  expect(await demo.network.take()).toEqual([
    'POST /resources/users/v1/mfa/webauthn/enroll',
    'POST /resources/users/v1/mfa/webauthn/enroll/verify',
    DEVICES,
  ]);

  // A phone: a number that is not E.164 sends nothing; the right one gets a code, then is listed.
  await settings.getByRole('button', { name: 'Add phone' }).click();
  const phoneField = settings.getByLabel('Phone number');
  await expect(phoneField).toBeFocused();
  await phoneField.fill('07700 900456');
  await settings.getByRole('button', { name: 'Text me a code' }).click();
  await expect(settings.getByRole('alert')).toContainText('starting with +');
  expect(await demo.network.take()).toEqual([]);
  await check(demo, '44-settings-add-phone-invalid');
  await phoneField.fill('+44 7700 900456');
  await settings.getByRole('button', { name: 'Text me a code' }).click();
  const enrolCode = await demo.latestCode('Sign-in code', signInCode);
  await expect(settings.getByText('We texted a code to +447700900456.')).toBeVisible();
  await check(demo, '45-settings-add-phone-code');
  await settings.getByLabel('Verification code').pressSequentially(enrolCode);
  await expect(settings.getByRole('status').first()).toHaveText('Text message added.');
  await expect(rows).toHaveCount(6);
  expect(await demo.network.take()).toEqual([
    'POST /resources/users/v1/mfa/sms/enroll',
    'POST /resources/users/v1/mfa/sms/enroll/verify',
    DEVICES,
  ]);

  // The phone again: other methods stay, so one press and no texted code (as Frontegg's SDK), and it is gone.
  await settings.getByRole('button', { name: 'Remove Text message •••• 0456' }).click();
  await expect(settings.getByRole('button', { name: 'Remove phone' })).toBeFocused();
  await check(demo, '46-settings-remove-phone');
  await settings.getByRole('button', { name: 'Remove phone' }).click();
  await expect(settings.getByRole('status').first()).toContainText('Text message codes are off');
  await expect(rows).toHaveCount(5);
  const removedPhone = await demo.network.take();
  expect(removedPhone).toHaveLength(2);
  expect(removedPhone[0]).toMatch(
    /^POST \/resources\/users\/v1\/mfa\/sms\/[^/]+\/disable\/verify$/,
  );
  expect(removedPhone[1]).toBe(DEVICES);
  await expect(
    demo.tools.getByRole('listitem').filter({ hasText: 'Code to turn off SMS' }),
  ).toHaveCount(0);

  // The passkey: one press, it signs, and it is gone (the app stays).
  await settings.getByRole('button', { name: 'Remove Passkey' }).click();
  await expect(settings.getByRole('button', { name: 'Remove key' })).toBeFocused();
  await check(demo, '47-settings-remove-passkey');
  await demo.network.take();
  await settings.getByRole('button', { name: 'Remove key' }).click();
  await expect(settings.getByRole('status').first()).toHaveText('Passkey removed.');
  await expect(rows).toHaveCount(4);
  const removedKey = await demo.network.take();
  expect(removedKey).toHaveLength(3);
  expect(removedKey[2]).toBe(DEVICES);

  // The app, with the recovery code it showed.
  await settings.getByRole('button', { name: 'Remove Authenticator app' }).click();
  const field = settings.getByLabel('Code or recovery code');
  await expect(field).toBeFocused();
  await check(demo, '48-settings-remove-authenticator');
  await field.fill(recoveryCode);
  await page.keyboard.press('Enter');
  await expect(settings.getByRole('status').first()).toHaveText('Authenticator app removed.');
  await expect(rows).toHaveCount(3);
  const removedApp = await demo.network.take();
  expect(removedApp).toHaveLength(2);
  expect(removedApp[0]).toMatch(/^POST .*authenticator.*$/);
  await check(demo, '49-settings-after');

  // Nothing secret rides in a URL.
  for (const request of demo.network.all)
    for (const secret of [recoveryCode, enrolCode])
      expect(decodeURIComponent(request.url)).not.toContain(secret);
});

test('an authenticator app whose QR code comes as bare base64 (the other shape the spec allows) is added too', async ({
  demo,
  page,
}) => {
  await demo.open('/sign-in?qr-code=base64');
  await demo.openSecurity();
  const settings = page.getByRole('region', { name: 'Two-step verification' });
  await settings.getByRole('button', { name: 'Add authenticator app' }).click();
  const qr = settings.getByRole('img', { name: 'QR code to scan with your authenticator app' });
  const otpauth = await demo.scanQrCode(qr);
  expect(otpauth).toContain(`:${encodeURIComponent('demo@mfa-kit.dev')}?`);
  // The demo tools say which shape this page load's mock sends, though navigating dropped the query.
  await expect(demo.tools).toContainText('QR codes: bare base64, the other shape the spec allows.');
  await page.evaluate(() => window.scrollTo(0, 0));
  await demo.screenshot('41b-settings-add-authenticator-base64');
  const secret = new URL(otpauth).searchParams.get('secret') ?? '';
  await settings
    .getByLabel('Verification code')
    .pressSequentially(await totpCode(secret, Date.now()));
  await expect(settings.getByRole('heading', { name: 'Save your recovery code' })).toBeFocused();
});
