import { EMAIL_ONLY_EMAIL, expect, test } from './support';

test.describe('the email-code step', () => {
  test.beforeEach(async ({ demo, page }) => {
    await demo.open();
    await demo.signIn(EMAIL_ONLY_EMAIL);
    await expect(page).toHaveURL(/\/verify$/);
  });

  test('a code from the inbox, typed, signs the user in', async ({ demo, page }) => {
    const code = await demo.latestCode();
    await page.getByLabel('Verification code').pressSequentially(code);
    await expect(page).toHaveURL(/\/signed-in$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re signed in');
    const facts = page.getByRole('main').locator('dl');
    await expect(facts).toContainText(EMAIL_ONLY_EMAIL);
    await expect(facts).toContainText(/User ID\s*\S+/);
    await expect(facts.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
    // The demo inbox shows codes on purpose; no token may be shown anywhere.
    const pageText = await page.locator('body').innerText();
    expect(demo.network.tokens.size).toBeGreaterThanOrEqual(3);
    for (const token of demo.network.tokens) expect(pageText).not.toContain(token);
  });

  test('a pasted "123 456"-style code is cleaned up and signs the user in', async ({
    demo,
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const code = await demo.latestCode();
    const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;
    await page.evaluate((text) => navigator.clipboard.writeText(text), spaced);
    const input = page.getByLabel('Verification code');
    await input.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(page).toHaveURL(/\/signed-in$/);
    const verify = demo.network.all.find((request) => request.route.endsWith('/emailcode/verify'));
    expect(verify?.body?.code).toBe(code);
  });

  test('remember device: the verify request carries rememberDevice: true', async ({
    demo,
    page,
  }) => {
    const checkbox = page.getByRole('checkbox', {
      name: /Don't ask again on this device for 14 days/,
    });
    await checkbox.check();
    const verifyRequest = page.waitForRequest((request) =>
      request.url().endsWith('/emailcode/verify'),
    );
    await page.getByLabel('Verification code').pressSequentially(await demo.latestCode());
    const body = (await verifyRequest).postDataJSON() as Record<string, unknown>;
    expect(body.rememberDevice).toBe(true);
    await expect(page).toHaveURL(/\/signed-in$/);
  });

  test('with the box unticked the verify request says rememberDevice: false or leaves it out', async ({
    demo,
    page,
  }) => {
    await page.getByRole('checkbox', { name: /Don't ask again on this device/ }).uncheck();
    const verifyRequest = page.waitForRequest((request) =>
      request.url().endsWith('/emailcode/verify'),
    );
    await page.getByLabel('Verification code').pressSequentially(await demo.latestCode());
    const body = (await verifyRequest).postDataJSON() as Record<string, unknown>;
    expect(body.rememberDevice ?? false).toBe(false);
  });
});

test.describe('the email-code step on a controlled clock', () => {
  test.beforeEach(async ({ demo, page }) => {
    // The page's clock drives both the form's countdowns and the in-page mock's cooldowns.
    await page.clock.install();
    await demo.open();
    await demo.signIn(EMAIL_ONLY_EMAIL);
    await expect(page).toHaveURL(/\/verify$/);
  });

  test('resend: disabled with a visible countdown, then enabled; the new code works and the old one does not', async ({
    demo,
    page,
  }) => {
    const oldCode = await demo.latestCode();
    await demo.network.take();
    const resend = page.getByRole('button', { name: 'Resend code' });
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await expect(resend).toContainText(/Resend code in 0:[0-3]\d/);
    await resend.click({ force: true });
    expect(await demo.network.take()).not.toContain('POST /resources/auth/v1/user/mfa/emailcode');

    await page.clock.fastForward('00:31');
    await expect(resend).not.toHaveAttribute('aria-disabled', 'true');
    await expect(resend).toHaveText('Resend code');
    await resend.click();
    const newCode = await demo.latestCode('Sign-in code', oldCode);
    expect(await demo.network.take()).toEqual(['POST /resources/auth/v1/user/mfa/emailcode']);
    await expect(resend).toHaveAttribute('aria-disabled', 'true');

    const input = page.getByLabel('Verification code');
    await input.pressSequentially(oldCode);
    await expect(page.getByRole('alert').filter({ hasText: /code/ })).toBeVisible();
    await expect(page).toHaveURL(/\/verify$/);
    await expect(input).toHaveValue('');
    await input.pressSequentially(newCode);
    await expect(page).toHaveURL(/\/signed-in$/);
  });

  test('a rate-limited verify shows the wait and recovers by itself', async ({ demo, page }) => {
    const code = await demo.latestCode();
    await demo.simulate(/rate limited/i);
    await demo.network.take();
    await page.getByLabel('Verification code').pressSequentially(code);
    const alert = page.getByRole('main').locator('.mfa-alert[data-kind="rate-limited"]');
    const tryAgain = alert.getByRole('button', { name: 'Try again' });
    await expect(alert).toContainText(/Too many requests\. Try again in 0:(20|19)\./);
    await expect(tryAgain).toHaveAttribute('aria-disabled', 'true');
    expect(await demo.network.take()).toEqual([
      'POST /resources/auth/v1/user/mfa/emailcode/verify',
    ]);

    await page.clock.fastForward('00:10');
    await expect(alert).toContainText(/Try again in 0:(10|09)\./);
    await page.clock.fastForward('00:11');
    await expect(alert).toHaveText(/You can try again now\./);
    await expect(tryAgain).not.toHaveAttribute('aria-disabled', 'true');
    expect(await demo.network.take()).toEqual([]);

    await tryAgain.click();
    await expect(page).toHaveURL(/\/signed-in$/);
    expect(await demo.network.take()).toEqual([
      'POST /resources/auth/v1/user/mfa/emailcode/verify',
    ]);
  });
});
