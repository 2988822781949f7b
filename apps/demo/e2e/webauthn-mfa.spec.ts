// Passkeys and security keys at login, in Chromium's own WebAuthn prompt: a virtual authenticator holds the
// seeded key, so the mock checks a real signature over its challenge.
import { DEMO_USERS } from '@mfa-kit/mock';
import { expect, test } from './support';
import { addVirtualAuthenticator } from './virtual-authenticator';

const LOGIN = 'POST /resources/auth/v1/user';
const REMEMBER_POLICY = 'GET /resources/configurations/v1/mfa-policy/allow-remember-device';
const user = DEMO_USERS.passkeyAndRecovery;
const [passkey, securityKey] = user.webauthn;
const start = (deviceId: string) => `POST /resources/auth/v1/user/mfa/webauthn/${deviceId}`;
const verify = (deviceId: string) => `${start(deviceId)}/verify`;

// Axe in both schemes and full-page screenshots: slower than a plain flow on a shared 2-core machine.
test.describe.configure({ timeout: 60_000 });

test('the passkey on this device (platform authenticator): one press signs in', async ({
  demo,
  page,
}) => {
  await addVirtualAuthenticator(page, passkey);
  await demo.open();
  await demo.signIn(user.email);
  await expect(page.getByRole('heading', { name: 'Use your passkey' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(
    'Confirm it\'s you with your passkey "MacBook Touch ID".',
  );
  // The challenge is fetched as the step shows, so the prompt opens at the press.
  expect((await demo.network.take()).sort()).toEqual(
    [LOGIN, REMEMBER_POLICY, start(passkey.id)].sort(),
  );
  await demo.expectAccessible();
  await demo.screenshot('33-passkey-step');

  await page.getByRole('button', { name: 'Use passkey' }).click();
  await expect(page).toHaveURL(/\/signed-in$/);
  expect(await demo.network.take()).toEqual([verify(passkey.id)]);
});

test('a USB security key, picked from the other methods: one press signs in', async ({
  demo,
  page,
}) => {
  await addVirtualAuthenticator(page, securityKey);
  await demo.open();
  await demo.signIn(user.email);
  await expect(page.getByRole('heading', { name: 'Use your passkey' })).toBeVisible();
  await demo.network.take();

  await page.getByRole('button', { name: 'Use another method' }).click();
  await page.getByRole('button', { name: 'Security key "YubiKey 5C"' }).click();
  await expect(page.getByRole('heading', { name: 'Use your security key' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Have your security key "YubiKey 5C" ready');
  expect(await demo.network.take()).toEqual([start(securityKey.id)]);
  await demo.expectAccessible();
  await demo.screenshot('34-security-key-step');

  await page.getByRole('button', { name: 'Use security key' }).click();
  await expect(page).toHaveURL(/\/signed-in$/);
  expect(await demo.network.take()).toEqual([verify(securityKey.id)]);
});

test('a prompt the user could not pass: the cancelled message, then "Try again" signs in', async ({
  demo,
  page,
}) => {
  const authenticator = await addVirtualAuthenticator(page, passkey);
  await authenticator.setUserVerified(false);
  await demo.open();
  await demo.signIn(user.email);
  await expect(page.getByRole('heading', { name: 'Use your passkey' })).toBeVisible();
  await demo.network.take();

  await page.getByRole('button', { name: 'Use passkey' }).click();
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText(
    'The passkey prompt was closed or timed out. Try again, or use another method.',
  );
  const failed = await demo.network.take();
  await demo.expectAccessible();
  await demo.screenshot('35-passkey-cancelled');

  await authenticator.setUserVerified(true);
  await page.getByRole('main').getByRole('button', { name: 'Try again' }).click();
  await expect(page).toHaveURL(/\/signed-in$/);
  const retried = await demo.network.take();
  // Nothing reached the server for the closed prompt; the retry verifies once (with a new challenge at most).
  expect(failed).toEqual([]);
  expect(retried.filter((request) => request === verify(passkey.id))).toHaveLength(1);
  expect(retried.length).toBeLessThanOrEqual(2);
});

test('a browser without WebAuthn: the message says to use another method, and the list is there', async ({
  demo,
  page,
}) => {
  await page.addInitScript(() => {
    delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
  });
  await demo.open();
  await demo.signIn(user.email);
  await expect(page.getByRole('heading', { name: 'Use your passkey' })).toBeVisible();
  await page.getByRole('button', { name: 'Use passkey' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    "This browser can't use passkeys or security keys. Use another method or another browser.",
  );
  await expect(page.getByRole('main').getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Use another method' })).toBeVisible();
  await demo.expectAccessible();
  await demo.screenshot('36-passkey-unsupported');
});
