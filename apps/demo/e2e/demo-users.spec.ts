// The seeded users on the sign-in page, and what the demo panel shows of them: the authenticator app's
// current code, the recovery codes, and every SMS the mock sends.
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { type Demo, SMS_ONLY, expect, test } from './support';

// Axe (every rule in light, the colour rules again in dark) and two full-page screenshots per state: slower
// than a plain flow on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

async function check(demo: Demo, name: string): Promise<void> {
  // From the top, so the sticky header is drawn where it belongs in the full-page screenshot.
  await demo.page.evaluate(() => window.scrollTo(0, 0));
  await demo.expectAccessibleInBothSchemes();
  await demo.screenshot(name);
}

test('a seeded user fills in the form, by click or by keyboard, and sends nothing', async ({
  demo,
  page,
}) => {
  await demo.open();
  const seeded = page.getByRole('region', { name: 'Try a seeded user' });
  await expect(seeded).toContainText('Demo accounts of the mock backend');
  await seeded.getByRole('button', { name: /^Fill in authenticator@mfa-kit\.dev/ }).click();
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue(
    DEMO_USERS.authenticator.email,
  );
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue(
    DEMO_USERS.authenticator.password,
  );

  await seeded
    .getByRole('button', { name: /^Fill in all-factors@mfa-kit\.dev\W+Every factor$/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue(DEMO_USERS.allFactors.email);
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await demo.network.take()).toEqual([]);
  await check(demo, '20-sign-in-seeded-users');
});

test('the panel shows each seeded authenticator’s current code', async ({ demo }) => {
  await demo.open();
  const section = demo.tools.getByRole('region', { name: 'Authenticator app' });
  await expect(section.getByText(/^New codes in \d+ s$/)).toBeVisible();
  const { email, authenticators } = DEMO_USERS.smsAndAuthenticator;
  const shown = section.getByRole('definition').filter({ has: demo.page.locator('code') });
  const entry = section
    .locator('.demo-codes__entry')
    .filter({ has: demo.page.getByRole('term').getByText(email, { exact: true }) });
  const code = entry.locator('code');
  await expect(code).toHaveText(/^\d{6}$/);
  await expect(shown).toHaveCount(3);
  const now = Date.now();
  const secret = authenticators[0]?.secret ?? '';
  // The page may be a window ahead of or behind the test when the 30 s turn between the two reads.
  const acceptable = await Promise.all(
    [now - 30_000, now, now + 30_000].map((at) => totpCode(secret, at)),
  );
  expect(acceptable).toContain(await code.textContent());
});

test('an SMS the app sends shows in the inbox, as an SMS to the phone', async ({ demo, page }) => {
  // Removing a phone-only user's last method texts a code to it.
  await demo.open();
  await demo.openSecurity(SMS_ONLY.email);
  await page.getByRole('button', { name: 'Remove Text message •••• 7788' }).click();
  await page.getByRole('button', { name: 'Send code' }).click();
  const code = await demo.latestCode('Code to turn off SMS');
  const message = demo.tools.getByRole('listitem').filter({ hasText: 'Code to turn off SMS' });
  await expect(message.locator('.inbox__channel')).toHaveText('SMS');
  await expect(message).toContainText(`to ${SMS_ONLY.phones[0].phoneNumber}`);
  await expect(message.locator('code')).toHaveText(code);

  await demo.tools.getByRole('button', { name: 'Recovery codes' }).click();
  const recovery = demo.tools.getByRole('region', { name: 'Recovery codes' });
  await expect(recovery).toContainText('Demo data of the mock backend');
  for (const user of Object.values(DEMO_USERS)) {
    for (const recoveryCode of user.recoveryCodes)
      await expect(recovery.getByText(recoveryCode, { exact: true })).toBeVisible();
  }
  await check(demo, '21-demo-panel-open');
});
