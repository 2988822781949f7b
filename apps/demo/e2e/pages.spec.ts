// Every page, as a visitor sees it: axe finds nothing (light and dark), and a screenshot of each is kept
// under test-results/screenshots/ for a person to look at.
import { type Demo, SMS_ONLY, expect, test } from './support';

// Axe (every rule in light, the colour rules again in dark) and two full-page screenshots per state: slower
// than a plain flow on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

async function check(demo: Demo, name: string): Promise<void> {
  await demo.expectAccessibleInBothSchemes();
  await demo.screenshot(name);
}

test('sign in, with and without an error', async ({ demo, page }) => {
  await demo.open();
  await check(demo, '01-sign-in');
  await demo.signIn('demo@mfa-kit.dev', 'wrong-password');
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await check(demo, '02-sign-in-error');
});

test('the MFA step, waiting for a code and after a wrong one; then signed in', async ({
  demo,
  page,
}) => {
  await demo.open();
  await demo.signIn();
  const code = await demo.latestCode();
  await expect(page.getByRole('button', { name: 'Resend code' })).toBeVisible();
  await check(demo, '03-verify');
  await page
    .getByLabel('Verification code')
    .pressSequentially(code === '999999' ? '000000' : '999999');
  await expect(page.getByRole('alert').filter({ hasText: "didn't work" })).toBeVisible();
  await check(demo, '04-verify-wrong-code');
  await page.getByLabel('Verification code').pressSequentially(code);
  await expect(page).toHaveURL(/\/signed-in$/);
  await check(demo, '05-signed-in');
});

test('security settings: a phone removed in one press, and the list after it', async ({
  demo,
  page,
}) => {
  await demo.open();
  await demo.openSecurity();
  await expect(page.getByRole('button', { name: /Remove Text message •••• 4567/ })).toBeVisible();
  await check(demo, '06-security');
  await page.getByRole('button', { name: 'Remove Text message •••• 4567' }).click();
  await expect(page.getByRole('button', { name: 'Remove phone' })).toBeFocused();
  await check(demo, '06b-security-remove-phone');
  await page.getByRole('button', { name: 'Remove phone' }).click();
  await expect(page.getByRole('main')).toContainText('Text message codes are off');
  await check(demo, '06c-security-phone-removed');
});

test('security settings: the last phone, its texted-code flow, and the list after it', async ({
  demo,
  page,
}) => {
  await demo.open();
  await demo.openSecurity(SMS_ONLY.email);
  await page.getByRole('button', { name: 'Remove Text message •••• 7788' }).click();
  await expect(page.getByRole('button', { name: 'Send code' })).toBeVisible();
  await check(demo, '07-security-confirm');
  await page.getByRole('button', { name: 'Send code' }).click();
  const code = await demo.latestCode('Code to turn off SMS');
  await check(demo, '08-security-sms-code');
  await page.getByLabel('Verification code').pressSequentially(code);
  await expect(page.getByRole('main')).toContainText('Text message codes are off');
  await check(demo, '09-security-disabled');
});

test('a redirect notice, an unknown page, and the phone-sized layout', async ({ demo, page }) => {
  await demo.open('/verify');
  await expect(page.getByRole('main')).toContainText('Your sign-in step expired');
  await check(demo, '10-sign-in-expired-notice');
  await demo.open('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await check(demo, '11-not-found');
  await page.setViewportSize({ width: 390, height: 844 });
  await demo.open();
  await demo.signIn();
  await demo.latestCode();
  await check(demo, '12-verify-phone');
});
