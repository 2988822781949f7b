// The Simulate menu, used as a visitor would: each failure shows its message and its way forward works.
import { EMAIL_ONLY_EMAIL, expect, test } from './support';

const VERIFY = 'POST /resources/auth/v1/user/mfa/emailcode/verify';

test.describe('simulated failures on the email-code step', () => {
  test.beforeEach(async ({ demo, page }) => {
    await page.clock.install();
    await demo.open();
    await demo.signIn(EMAIL_ONLY_EMAIL);
    await expect(page).toHaveURL(/\/verify$/);
    await demo.latestCode();
    await demo.network.take();
  });

  for (const { option, message } of [
    {
      option: /network error/i,
      message: "We couldn't reach the server. Check your connection and try again.",
    },
    {
      option: /server error/i,
      message:
        'Something went wrong on our side. Try again in a moment.' +
        'Details from the server: Internal server error',
    },
  ]) {
    test(`${String(option)}: the message, then "Try again" verifies the same code`, async ({
      demo,
      page,
    }) => {
      await demo.simulate(option);
      await page.getByLabel('Verification code').pressSequentially(await demo.latestCode());
      const alert = page.getByRole('main').getByRole('alert');
      await expect(alert).toHaveText(message);
      await expect(
        demo.tools.getByRole('region', { name: 'Simulate' }).getByRole('status'),
      ).toContainText('Applied');
      expect(await demo.network.take()).toEqual([VERIFY]);
      await page.getByRole('main').getByRole('button', { name: 'Try again' }).click();
      await expect(page).toHaveURL(/\/signed-in$/);
      expect(await demo.network.take()).toEqual([VERIFY]);
    });
  }

  test('wrong code: the right code refused once is not sent again; a new code works', async ({
    demo,
    page,
  }) => {
    await demo.simulate(/wrong code/i);
    const code = await demo.latestCode();
    const input = page.getByLabel('Verification code');
    await input.pressSequentially(code);
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText("That code didn't work. Check it, or send a new code.");
    await expect(alert).toContainText('Details from the server: Invalid code');
    await expect(input).toHaveValue('');
    await input.pressSequentially(code);
    await expect(alert).toContainText('You already tried that code');
    expect(await demo.network.take()).toEqual([VERIFY]);
    await page.clock.fastForward('00:31');
    await page.getByRole('main').getByRole('button', { name: 'Resend code' }).click();
    const newCode = await demo.latestCode('Sign-in code', code);
    await input.fill('');
    await input.pressSequentially(newCode);
    await expect(page).toHaveURL(/\/signed-in$/);
  });

  test('expired code (the server says so in its own words): refused, and a new code works', async ({
    demo,
    page,
  }) => {
    await demo.simulate(/expired code/i);
    const oldCode = await demo.latestCode();
    await page.getByLabel('Verification code').pressSequentially(oldCode);
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText("That code didn't work. Check it, or send a new code.");
    await expect(alert).toContainText('Details from the server: Code expired');
    // Without an error-code map the client can't tell an expiry from a wrong code: the resend
    // button is the way forward, after the flow's cooldown.
    await page.clock.fastForward('00:31');
    await page.getByRole('main').getByRole('button', { name: 'Resend code' }).click();
    const newCode = await demo.latestCode('Sign-in code', oldCode);
    await page.getByLabel('Verification code').pressSequentially(newCode);
    await expect(page).toHaveURL(/\/signed-in$/);
  });

  test('expired code, with the codes mapped: offers a new code at once, and the new code works', async ({
    demo,
    page,
  }) => {
    await demo.open('/sign-in?error-codes=mapped');
    await demo.signIn(EMAIL_ONLY_EMAIL);
    await expect(page).toHaveURL(/\/verify$/);
    // The code must have been sent before the codes expire, or its send starts a fresh cooldown.
    const oldCode = await demo.latestCode();
    await demo.simulate(/expired code/i);
    await page.getByLabel('Verification code').pressSequentially(oldCode);
    const alert = page.getByRole('main').locator('.mfa-alert[data-kind="expired"]');
    await expect(alert.getByRole('alert')).toContainText(
      'The code has expired. Send a new code and try again.',
    );
    // An expired code needs replacing at once, whatever the resend countdown says.
    const sendNew = alert.getByRole('button', { name: 'Send a new code' });
    await expect(sendNew).not.toHaveAttribute('aria-disabled', 'true');
    await sendNew.click();
    const newCode = await demo.latestCode('Sign-in code', oldCode);
    await page.getByLabel('Verification code').pressSequentially(newCode);
    await expect(page).toHaveURL(/\/signed-in$/);
  });

  test('slow answer: the form shows it is verifying until the answer comes', async ({
    demo,
    page,
  }) => {
    await demo.simulate(/slow answer/i);
    await page.getByLabel('Verification code').pressSequentially(await demo.latestCode());
    const form = page.getByRole('main').locator('form[data-step]');
    await expect(form).toHaveAttribute('data-step', 'verifying');
    await expect(form).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByRole('button', { name: 'Verifying…' })).toBeVisible();
    await page.clock.runFor(3_100);
    await expect(page).toHaveURL(/\/signed-in$/);
  });
});
