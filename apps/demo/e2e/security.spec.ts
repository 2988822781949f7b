// Removing a phone in the security settings, both ways Frontegg's SDK does it: in one press while the user
// keeps another method (the demo account: the email and a second phone), and with a code texted to it when
// it is the user's last method. Each state is reviewed (axe in light and dark, screenshots) on the way.
import { DEMO_USER } from '@mfa-kit/mock';
import { SMS_ONLY, expect, test } from './support';

const DEVICES = 'GET /resources/users/v1/mfa/devices';
const wrongCodeFor = (code: string) => code.replace(/\d/g, (digit) => String((+digit + 1) % 10));

// Axe and two full-page screenshots per state: slower than a plain flow on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

test('security settings: a phone goes in one press while other methods stay; it leaves the list, the other stays', async ({
  demo,
  page,
}) => {
  await demo.open();
  await demo.openSecurity();
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();

  const phones = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ hasText: /•••• \d{4}/ });
  await expect(phones).toHaveCount(2);
  await expect(phones.filter({ hasText: '4567' })).toHaveCount(1);
  await expect(phones.filter({ hasText: '0321' })).toHaveCount(1);
  await demo.review('06-security');
  await demo.network.take();

  await page.getByRole('button', { name: 'Remove Text message •••• 4567' }).click();
  await expect(page.getByRole('button', { name: 'Remove phone' })).toBeFocused();
  await demo.review('06b-security-remove-phone');
  await page.getByRole('button', { name: 'Remove phone' }).click();

  await expect(page.getByRole('main')).toContainText('Text message codes are off');
  await expect(phones.filter({ hasText: '4567' })).toHaveCount(0);
  await expect(phones.filter({ hasText: '0321' })).toHaveCount(1);
  // One request, without a code; then the list read again.
  expect(await demo.network.take()).toEqual([
    `POST /resources/users/v1/mfa/sms/${DEMO_USER.phones[0].id}/disable/verify`,
    DEVICES,
  ]);
  expect(demo.network.all.find(({ route }) => route.endsWith('/disable/verify'))?.body).toEqual({});
  await expect(
    demo.tools.getByRole('listitem').filter({ hasText: 'Code to turn off SMS' }),
  ).toHaveCount(0);
  await demo.review('06c-security-phone-removed');
});

test('security settings: the last phone is removed with its SMS code, texted to it; a wrong code first costs one more check', async ({
  demo,
  page,
}) => {
  await demo.open();
  await demo.openSecurity(SMS_ONLY.email);
  const phones = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ hasText: /•••• \d{4}/ });
  await expect(phones).toHaveCount(1);
  await demo.network.take();

  // Opening the confirmation sends nothing; "Send code" sends the one request that texts the code.
  await page.getByRole('button', { name: 'Remove Text message •••• 7788' }).click();
  await expect(page.getByRole('button', { name: 'Send code' })).toBeVisible();
  expect(await demo.network.take()).toEqual([]);
  await demo.review('07-security-confirm');
  await page.getByRole('button', { name: 'Send code' }).click();
  const smsCode = await demo.latestCode('Code to turn off SMS');
  await expect(demo.tools.getByRole('listitem').first()).toContainText(
    SMS_ONLY.phones[0].phoneNumber,
  );
  expect(await demo.network.take()).toEqual([
    `POST /resources/users/v1/mfa/sms/${SMS_ONLY.phones[0].id}/disable`,
  ]);
  await demo.review('08-security-sms-code');

  const input = page.getByLabel('Verification code');
  await input.pressSequentially(wrongCodeFor(smsCode));
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText("That code didn't work. Check it, or send a new code.");
  await expect(input).toHaveValue('');
  await expect(input).toBeFocused();
  await input.pressSequentially(smsCode);

  await expect(page.getByRole('main')).toContainText('Text message codes are off');
  await expect(phones).toHaveCount(0);
  // Two checks, then the list read again (once at most) so it shows the device gone.
  const disabled = await demo.network.take();
  expect(disabled.filter((request) => request.endsWith('/disable/verify'))).toHaveLength(2);
  expect(disabled.filter((request) => request === DEVICES).length).toBeLessThanOrEqual(1);
  expect(disabled).toHaveLength(
    disabled.filter((request) => request.endsWith('/disable/verify') || request === DEVICES).length,
  );
  await demo.review('09-security-disabled');

  // The sign-in code, both turn-off codes and their tokens, beside the password and the session's tokens.
  expect(demo.network.secrets.length).toBeGreaterThanOrEqual(9);
  demo.expectNoSecretInUrls();
});
