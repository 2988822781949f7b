import { expect, test } from './support';

test('security settings: disable one SMS device with its SMS code; it leaves the list, the other stays', async ({
  demo,
  page,
}) => {
  await demo.open();
  await demo.signIn();
  await page.getByLabel('Verification code').pressSequentially(await demo.latestCode());
  await expect(page).toHaveURL(/\/signed-in$/);
  await page.getByRole('link', { name: 'Security settings' }).click();
  await expect(page).toHaveURL(/\/security$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();

  const phones = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ hasText: /•••• \d{4}/ });
  await expect(phones).toHaveCount(2);
  await expect(phones.filter({ hasText: '4567' })).toHaveCount(1);
  await expect(phones.filter({ hasText: '0321' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Remove Text message •••• 4567' }).click();
  await page.getByRole('button', { name: 'Send code' }).click();
  const smsCode = await demo.latestCode('Code to turn off SMS');
  await expect(demo.tools.getByRole('listitem').first()).toContainText('+15550104567');
  await page.getByLabel('Verification code').pressSequentially(smsCode);

  await expect(page.getByRole('main')).toContainText('Text message codes are off');
  await expect(phones.filter({ hasText: '4567' })).toHaveCount(0);
  await expect(phones.filter({ hasText: '0321' })).toHaveCount(1);
});
