// Forced enrolment at login with a passkey: a new user (the tenant requires a second factor, they have none) picks
// a passkey on this device, Chromium's virtual authenticator creates it in the browser's own prompt, they save
// the recovery code once and are signed in. The prompt the user could not pass says so, and its retry works.
import { DEMO_USERS } from '@mfa-kit/mock';
import type { Page } from '@playwright/test';
import { type Demo, expect, test } from './support';
import { addEmptyVirtualAuthenticator } from './virtual-authenticator';

// Axe in both schemes and full-page screenshots: slower than a plain flow on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

const user = DEMO_USERS.newUser;
const ENROL_START = 'POST /resources/auth/v1/user/mfa/webauthn/enroll';
const ENROL_VERIFY = `${ENROL_START}/verify`;

/** Axe in light and dark (the colour rules), then the light and dark screenshots. */
async function check(demo: Demo, name: string): Promise<void> {
  await demo.expectAccessibleInBothSchemes();
  await demo.screenshot(name);
}

/** Signs the new user in and selects the passkey at the enrolment choice with the keyboard (arrow key). */
async function selectPasskey(demo: Demo, page: Page): Promise<void> {
  await demo.open();
  await demo.signIn(user.email);
  await expect(page).toHaveURL(/\/verify$/);
  await expect(page.getByRole('heading', { name: 'Set up two-step verification' })).toBeVisible();
  const first = page.getByRole('radio', { name: 'Authenticator app' });
  await expect(first).toBeChecked();
  // Shown in place of the password form, the choice takes focus: the keyboard starts there.
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const passkey = page.getByRole('radio', { name: 'Passkey on this device' });
  await expect(passkey).toBeChecked();
  await expect(passkey).toBeFocused();
}

/** Enter confirms the choice; the creation options are fetched as the form shows, so the prompt opens at the press. */
async function continueToPasskey(demo: Demo, page: Page): Promise<void> {
  await demo.network.take();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Create a passkey' })).toBeVisible();
  // The form takes focus on its button: the press is what comes next.
  await expect(page.getByRole('button', { name: 'Create passkey' })).toBeFocused();
  await demo.network.settle();
  const shown = await demo.network.take();
  expect(shown.filter((request) => request.includes('/webauthn/'))).toEqual([ENROL_START]);
}

/** The recovery code notice, by keyboard: focused, the code shown once; checked as saved, Continue signs in. */
async function saveRecoveryCodeAndContinue(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Save your recovery code' })).toBeFocused();
  const recoveryCode = (await page.locator('.mfa-secret__text').textContent()) ?? '';
  expect(recoveryCode).toMatch(/\w/);
  // Past Copy and Download to the box, checked with Space, then Continue with Enter.
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('Tab');
  const saved = page.getByRole('checkbox', { name: "I've saved my recovery code" });
  await expect(saved).toBeFocused();
  await page.keyboard.press('Space');
  await expect(saved).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/signed-in$/);
  await expect(page.getByRole('heading', { name: 'You’re signed in' })).toBeVisible();
  return recoveryCode;
}

/** The recovery code rode in no URL and is in no storage. */
async function expectRecoveryCodeKept(demo: Demo, page: Page, recoveryCode: string): Promise<void> {
  for (const request of demo.network.all)
    expect(decodeURIComponent(request.url)).not.toContain(recoveryCode);
  expect(page.url()).not.toContain(recoveryCode);
  const stored = await page.evaluate(() =>
    [window.localStorage, window.sessionStorage]
      .flatMap((storage) => Object.keys(storage).map((key) => storage.getItem(key) ?? ''))
      .join('\n'),
  );
  expect(stored).not.toContain(recoveryCode);
}

/** The enrolment requests of the whole test: what the user's actions needed, and nothing more. */
function enrolRequests(demo: Demo): string[] {
  return demo.network.all
    .map((request) => `${request.method} ${request.route}`)
    .filter((request) => request.startsWith(ENROL_START));
}

test('a new user creates a passkey, saves the recovery code, and is signed in; axe clean', async ({
  demo,
  page,
}) => {
  const authenticator = await addEmptyVirtualAuthenticator(page, 'Platform');
  await selectPasskey(demo, page);
  await check(demo, '65-enrol-passkey-choice');
  await continueToPasskey(demo, page);
  await check(demo, '66-enrol-passkey-create');

  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Save your recovery code' })).toBeFocused();
  expect(await demo.network.take()).toEqual([ENROL_VERIFY]);
  // The prompt created the key in the virtual authenticator, as a passkey on this device.
  const { credentials } = await authenticator.cdp.send('WebAuthn.getCredentials', {
    authenticatorId: authenticator.authenticatorId,
  });
  expect(credentials).toHaveLength(1);
  const verify = demo.network.all.find((request) =>
    request.route.endsWith('/webauthn/enroll/verify'),
  );
  expect(verify?.body).toMatchObject({ deviceType: 'Platform' });
  await check(demo, '67-enrol-passkey-recovery-code');

  const recoveryCode = await saveRecoveryCodeAndContinue(page);
  expect(enrolRequests(demo)).toEqual([ENROL_START, ENROL_VERIFY]);
  await expectRecoveryCodeKept(demo, page, recoveryCode);
});

test('a prompt the user could not pass: the cancelled message, then "Try again" creates the passkey', async ({
  demo,
  page,
}) => {
  const authenticator = await addEmptyVirtualAuthenticator(page, 'Platform');
  await authenticator.setUserVerified(false);
  await selectPasskey(demo, page);
  await continueToPasskey(demo, page);

  await page.getByRole('button', { name: 'Create passkey' }).click();
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText(
    'The passkey prompt was closed or timed out. Try again, or use another method.',
  );
  // Nothing reached the server for the closed prompt; the way forward is at hand.
  expect(await demo.network.take()).toEqual([]);
  await expect(page.getByRole('button', { name: 'Choose another method' })).toBeVisible();
  await check(demo, '68-enrol-passkey-cancelled');

  await authenticator.setUserVerified(true);
  await page.getByRole('main').getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Save your recovery code' })).toBeFocused();
  // The challenge the closed prompt left unspent is signed: one verify, no new start.
  expect(await demo.network.take()).toEqual([ENROL_VERIFY]);
  await demo.expectAccessible();

  const recoveryCode = await saveRecoveryCodeAndContinue(page);
  expect(enrolRequests(demo)).toEqual([ENROL_START, ENROL_VERIFY]);
  await expectRecoveryCodeKept(demo, page, recoveryCode);
});
