// Removing a phone in the security settings, both ways Frontegg's SDK does it: in one press while the user
// keeps another method (the demo account: the email and a second phone), and with a code texted to it when
// it is the user's last method.
import { DEMO_USER } from '@mfa-kit/mock';
import { SMS_ONLY, expect, test } from './support';

const DEVICES = 'GET /resources/users/v1/mfa/devices';

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
  await demo.network.take();

  await page.getByRole('button', { name: 'Remove Text message •••• 4567' }).click();
  await expect(page.getByRole('button', { name: 'Remove phone' })).toBeFocused();
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
});

test('security settings: the last phone is removed with its SMS code, texted to it', async ({
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

  await page.getByRole('button', { name: 'Remove Text message •••• 7788' }).click();
  await page.getByRole('button', { name: 'Send code' }).click();
  const smsCode = await demo.latestCode('Code to turn off SMS');
  await expect(demo.tools.getByRole('listitem').first()).toContainText(
    SMS_ONLY.phones[0].phoneNumber,
  );
  await page.getByLabel('Verification code').pressSequentially(smsCode);

  await expect(page.getByRole('main')).toContainText('Text message codes are off');
  await expect(phones).toHaveCount(0);
});
