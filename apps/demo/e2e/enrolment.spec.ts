// Forced enrolment at login, as a new user meets it: the tenant requires a second factor and they have none, so
// they add an authenticator app (the QR code read here as the app's camera would), save the recovery code once,
// and are signed in.
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import type { Page } from '@playwright/test';
import { type Demo, expect, test } from './support';

const user = DEMO_USERS.newUser;
const ENROL_VERIFY = 'POST /resources/auth/v1/user/mfa/authenticator/enroll/verify';
/** What the mock's QR code names: its issuer and the account. */
const OTPAUTH_LABEL = `otpauth://totp/mfa-kit%20mock:${encodeURIComponent(user.email)}?`;

/**
 * The QR code scanned from the screen (light and dark) names the user; "Can't scan it?" shows the same setup key
 * in groups of four. Returns the key, to type the app's codes from.
 */
async function scanAndReadSetupKey(demo: Demo, page: Page): Promise<string> {
  const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
  const otpauth = await demo.scanQrCode(qr);
  expect(otpauth).toContain(OTPAUTH_LABEL);
  const secret = new URL(otpauth).searchParams.get('secret') ?? '';
  await page.getByRole('button', { name: "Can't scan it?" }).click();
  await expect(page.locator('.mfa-secret__text')).toHaveText(
    secret.match(/.{1,4}/g)?.join(' ') ?? '',
  );
  return secret;
}

test('a new user adds an authenticator app, saves the recovery code, and is signed in; axe clean', async ({
  demo,
  page,
}) => {
  test.setTimeout(90_000);
  await demo.open();
  await demo.signIn(user.email);
  await expect(page).toHaveURL(/\/verify$/);
  await expect(page.getByRole('heading', { name: 'Set up two-step verification' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Authenticator app' })).toBeChecked();
  await demo.expectAccessible();
  await demo.screenshot('60-enrol-choice');

  await page.getByRole('button', { name: 'Continue' }).click();
  const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
  await expect(qr).toBeVisible();
  await demo.expectAccessible();
  await demo.screenshot('61-enrol-qr');

  // The QR code as drawn (a data URL, as Frontegg sends it), scanned from the screen in light and dark.
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  const secret = await scanAndReadSetupKey(demo, page);
  await demo.screenshot('62-enrol-setup-key');

  await demo.network.take();
  await page.getByLabel('Verification code').pressSequentially(await totpCode(secret));
  const notice = page.getByRole('heading', { name: 'Save your recovery code' });
  await expect(notice).toBeFocused();
  await demo.network.settle();
  expect(await demo.network.take()).toEqual([ENROL_VERIFY]);
  await demo.expectAccessible();
  await demo.screenshot('63-enrol-recovery-code');

  // Continue is aria-disabled until the box is checked: still pressable, it says what is missing.
  const proceed = page.getByRole('button', { name: 'Continue' });
  await expect(proceed).toHaveAttribute('aria-disabled', 'true');
  await proceed.click({ force: true });
  await expect(page.getByRole('alert')).toHaveText(
    'Save your recovery code, then check the box to continue.',
  );
  await expect(page).toHaveURL(/\/verify$/);
  await page.getByRole('checkbox', { name: "I've saved my recovery code" }).check();
  await proceed.click();
  await expect(page).toHaveURL(/\/signed-in$/);
});

test('a QR code sent as bare base64 (the other shape the spec allows) is drawn, scanned and read as a setup key too', async ({
  demo,
  page,
}) => {
  await demo.open('/sign-in?qr-code=base64');
  await demo.signIn(user.email);
  await page.getByRole('button', { name: 'Continue' }).click();
  const secret = await scanAndReadSetupKey(demo, page);
  await demo.screenshot('65-enrol-qr-base64');
  await page.getByLabel('Verification code').pressSequentially(await totpCode(secret));
  await expect(page.getByRole('heading', { name: 'Save your recovery code' })).toBeFocused();
});

test('a new user choosing a phone: a number without its country code sends nothing', async ({
  demo,
  page,
}) => {
  await demo.open();
  await demo.signIn(user.email);
  await page.getByRole('radio', { name: 'Text message (SMS)' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const phone = page.getByRole('textbox', { name: 'Phone number' });
  await expect(phone).toBeFocused();
  await demo.network.settle();
  await demo.network.take();
  await phone.fill('415 555 0123');
  await page.getByRole('button', { name: 'Text me a code' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Enter the number with its country code, starting with +, e.g. +1 415 555 0123.',
  );
  expect(await demo.network.take()).toEqual([]);
  await demo.screenshot('64-enrol-phone');
});
