// Every page, as a visitor sees it: axe finds nothing (light and dark), and a screenshot of each is kept
// under test-results/screenshots/ for a person to look at. The sign-in page's and the security page's states
// are reviewed where sign-in.spec.ts and security.spec.ts walk through them, so that no flow runs twice.
import { expect, test } from './support';

// Axe (every rule in light, the colour rules again in dark) and two full-page screenshots per state: slower
// than a plain flow on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

test('the MFA step, waiting for a code and after a wrong one; then signed in', async ({
  demo,
  page,
}) => {
  await demo.open();
  await demo.signIn();
  const code = await demo.latestCode();
  await expect(page.getByRole('button', { name: 'Resend code' })).toBeVisible();
  await demo.review('03-verify');
  await page
    .getByLabel('Verification code')
    .pressSequentially(code === '999999' ? '000000' : '999999');
  await expect(page.getByRole('alert').filter({ hasText: "didn't work" })).toBeVisible();
  await demo.review('04-verify-wrong-code');
  await page.getByLabel('Verification code').pressSequentially(code);
  await expect(page).toHaveURL(/\/signed-in$/);
  await demo.review('05-signed-in');
});

test('an unknown page, and the phone-sized layout', async ({ demo, page }) => {
  await demo.open('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await demo.review('11-not-found');
  await page.setViewportSize({ width: 390, height: 844 });
  await demo.open();
  await demo.signIn();
  await demo.latestCode();
  await demo.review('12-verify-phone');
});
