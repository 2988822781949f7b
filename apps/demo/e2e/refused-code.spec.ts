// A mistyped code, as a user meets it: by default the mock answers like a real tenant (error codes the
// client cannot know); `?error-codes=mapped` runs the app that maps its codes. Both must cost exactly one
// more check for the right code, typed straight in after the wrong one. (The default mode of the last phone's
// code is in security.spec.ts.)
import { type Demo, EMAIL_ONLY_EMAIL, SMS_ONLY, expect, test } from './support';

const EMAIL_VERIFY = 'POST /resources/auth/v1/user/mfa/emailcode/verify';
const wrongCodeFor = (code: string) => code.replace(/\d/g, (digit) => String((+digit + 1) % 10));

const MAPPED = { name: 'mapped (errorCodeKinds)', path: '/sign-in?error-codes=mapped' };
const modes = [{ name: 'default (no error-code map)', path: '/sign-in' }, MAPPED];

async function expectRefused(demo: Demo, input: ReturnType<Demo['page']['getByLabel']>) {
  const alert = demo.page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText("That code didn't work. Check it, or send a new code.");
  await expect(alert).toContainText('Details from the server: Invalid code');
  await expect(input).toHaveValue('');
  await expect(input).toBeFocused();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
}

for (const mode of modes) {
  test.describe(`a refused code, ${mode.name}`, () => {
    test('email step: wrong code, then the right one typed straight in: 2 checks, signed in', async ({
      demo,
      page,
    }) => {
      await demo.open(mode.path);
      await demo.signIn(EMAIL_ONLY_EMAIL);
      await expect(page).toHaveURL(/\/verify$/);
      const code = await demo.latestCode();
      await demo.network.take();
      const input = page.getByLabel('Verification code');

      await input.pressSequentially(wrongCodeFor(code));
      await expectRefused(demo, input);
      await demo.expectAccessible();
      await input.pressSequentially(code);
      await expect(page).toHaveURL(/\/signed-in$/);
      expect(await demo.network.take()).toEqual([EMAIL_VERIFY, EMAIL_VERIFY]);
    });
  });
}

test('turning the last phone off, codes mapped: wrong code, then the right one: 2 checks, the phone is off', async ({
  demo,
  page,
}) => {
  // The texted code confirms the removal of a user's last method: a phone-only user's phone. The default mode
  // is security.spec.ts's own walk through this flow.
  await demo.open(MAPPED.path);
  await demo.openSecurity(SMS_ONLY.email);
  await page.getByRole('button', { name: 'Remove Text message •••• 7788' }).click();
  await page.getByRole('button', { name: 'Send code' }).click();
  const smsCode = await demo.latestCode('Code to turn off SMS');
  await demo.network.take();
  const input = page.getByLabel('Verification code');

  await input.pressSequentially(wrongCodeFor(smsCode));
  await expectRefused(demo, input);
  await input.pressSequentially(smsCode);
  await expect(page.getByRole('main')).toContainText('Text message codes are off');
  const checks = (await demo.network.take()).filter((request) =>
    request.endsWith('/disable/verify'),
  );
  expect(checks).toHaveLength(2);
});

test('a refused code typed again is not sent; after 5 refused codes the way forward is a new code', async ({
  demo,
  page,
}) => {
  await page.clock.install();
  await demo.open();
  await demo.signIn(EMAIL_ONLY_EMAIL);
  const code = await demo.latestCode();
  await demo.network.take();
  const input = page.getByLabel('Verification code');
  const main = page.getByRole('main');

  let wrong = wrongCodeFor(code);
  await input.pressSequentially(wrong);
  await expect(input).toHaveValue('');
  await input.pressSequentially(wrong);
  await expect(main.getByRole('alert')).toContainText('You already tried that code');
  expect(await demo.network.take()).toEqual([EMAIL_VERIFY]);

  for (let refused = 2; refused <= 5; refused++) {
    wrong = wrongCodeFor(wrong);
    await input.fill('');
    await input.pressSequentially(wrong);
    await expect(input).toHaveValue('');
  }
  await expect(main.getByRole('alert')).toContainText(
    "Several codes didn't work. Send a new code, then enter it.",
  );
  await demo.screenshot('04b-verify-too-many-refused');
  // The right code now goes nowhere: the kit never spends the server's attempts on its own.
  await input.pressSequentially(code);
  expect(await demo.network.take()).toEqual(Array(4).fill(EMAIL_VERIFY));

  await page.clock.fastForward('00:31');
  await main.getByRole('button', { name: 'Send a new code' }).click();
  const newCode = await demo.latestCode('Sign-in code', code);
  await input.fill('');
  await input.pressSequentially(newCode);
  await expect(page).toHaveURL(/\/signed-in$/);
});
