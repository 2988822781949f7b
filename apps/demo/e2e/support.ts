// What every spec needs: the demo opened on its mock, the inbox read as a visitor reads it, the identity
// requests recorded, axe, and screenshots.
import { DEMO_USERS } from '@mfa-kit/mock';
import { readQrCode } from '@mfa-kit/mock/testing/node';
import axe from 'axe-core';
import { type Locator, type Page, type Request, test as base, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLOUR_RULES, finiteAnimationsEnded } from '../../../tools/test-kit/axe-review.js';

export { expect };

export const DEMO_EMAIL = 'demo@mfa-kit.dev';
export const DEMO_PASSWORD = 'mfa-kit-demo';
/**
 * A user whose second factor is the email code alone. The demo account also has phones, and the login step
 * offers the stronger text message first: specs about the email step sign in as this user.
 */
export const EMAIL_ONLY_EMAIL = DEMO_USERS.emailOnly.email;
/**
 * A user whose only second factor is one phone: removing it removes the last method, which takes a code texted
 * to it. Specs about that code (the inbox, a refused code, its requests) remove this user's phone; the demo
 * account's phones go in one press, as the user keeps other methods.
 */
export const SMS_ONLY = DEMO_USERS.smsOnly;

const screenshotDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'test-results',
  'screenshots',
);

/** One request to the identity API, as the page sent it. */
export interface IdentityRequest {
  method: string;
  url: string;
  /** Path below `/identity`, without the query. */
  route: string;
  body: Record<string, unknown> | null;
}

/** Records every request the page makes to `/identity/`, and what their answers said. */
export class NetworkLog {
  readonly all: IdentityRequest[] = [];
  /** Every token the page sent or received (access, refresh, MFA, one-time-code tokens). */
  readonly tokens = new Set<string>();
  /** Every code and password the page sent. */
  readonly codes = new Set<string>();
  private sinceMark = 0;
  private inFlight = 0;
  private lastActivity = Date.now();

  constructor(page: Page) {
    page.on('request', (request) => {
      if (!isIdentity(request)) return;
      this.inFlight += 1;
      this.lastActivity = Date.now();
      this.all.push(toIdentityRequest(request));
    });
    const done = (request: Request): void => {
      if (!isIdentity(request)) return;
      this.inFlight -= 1;
      this.lastActivity = Date.now();
    };
    page.on('requestfailed', done);
    page.on('requestfinished', (request) => {
      done(request);
      void this.collectSecrets(request);
    });
  }

  /** Waits until no identity request has been out for `quietMs`, so late duplicates would be seen. */
  async settle(quietMs = 400): Promise<void> {
    await expect
      .poll(() => this.inFlight === 0 && Date.now() - this.lastActivity >= quietMs, {
        timeout: 10_000,
        intervals: [100],
      })
      .toBe(true);
  }

  /** The requests since the previous call, once the network has settled: what one user action caused. */
  async take(): Promise<string[]> {
    await this.settle();
    const taken = this.all.slice(this.sinceMark);
    this.sinceMark = this.all.length;
    return taken.map((request) => `${request.method} ${request.route}`);
  }

  private async collectSecrets(request: Request): Promise<void> {
    const body = request.postDataJSON() as Record<string, unknown> | null;
    for (const key of ['code', 'password']) {
      const value = body?.[key];
      if (typeof value === 'string' && value) this.codes.add(value);
    }
    for (const key of ['otcToken', 'mfaToken']) {
      const value = body?.[key];
      if (typeof value === 'string' && value) this.tokens.add(value);
    }
    const response = await request.response().catch(() => null);
    const answer = (await response?.json().catch(() => null)) as Record<string, unknown> | null;
    for (const key of ['accessToken', 'refreshToken', 'mfaToken', 'otcToken']) {
      const value = answer?.[key];
      if (typeof value === 'string' && value) this.tokens.add(value);
    }
  }

  /** Tokens, codes and passwords together: none may appear in a URL. */
  get secrets(): string[] {
    return [...this.tokens, ...this.codes];
  }
}

function isIdentity(request: Request): boolean {
  return new URL(request.url()).pathname.includes('/identity/');
}

function toIdentityRequest(request: Request): IdentityRequest {
  const url = new URL(request.url());
  let body: Record<string, unknown> | null = null;
  try {
    body = request.postDataJSON() as Record<string, unknown> | null;
  } catch {
    body = null;
  }
  return {
    method: request.method(),
    url: request.url(),
    route: url.pathname.replace(/^.*\/identity/, ''),
    body,
  };
}

/** The names of the sign-in form's fields and button. */
export interface SignInWords {
  email: string;
  password: string;
  submit: string;
}

const ENGLISH_SIGN_IN: SignInWords = { email: 'Email', password: 'Password', submit: 'Sign in' };

/** The demo as a visitor uses it. */
export class Demo {
  readonly network: NetworkLog;
  constructor(readonly page: Page) {
    this.network = new NetworkLog(page);
  }

  get tools(): Locator {
    return this.page.getByRole('complementary', { name: 'Demo tools' });
  }

  /** Opens a page once the in-browser mock answers (its tools appear only then). */
  async open(path = '/sign-in'): Promise<void> {
    await this.page.goto(path);
    await expect(this.tools).toBeVisible();
  }

  /**
   * Signs in with the password, landing on the second-factor step (for the demo account: a text message). `words`:
   * the form's names in the page's language.
   */
  async signIn(
    email = DEMO_EMAIL,
    password = DEMO_PASSWORD,
    words: SignInWords = ENGLISH_SIGN_IN,
  ): Promise<void> {
    await this.page.getByLabel(words.email).fill(email);
    await this.page.getByLabel(words.password).fill(password);
    await this.page.getByRole('button', { name: words.submit, exact: true }).click();
  }

  /** Signs `email` in with the code texted to their phone, then opens the security settings. */
  async openSecurity(email = DEMO_EMAIL): Promise<void> {
    await this.signIn(email);
    await this.page.getByLabel('Verification code').pressSequentially(await this.latestCode());
    await expect(this.page).toHaveURL(/\/signed-in$/);
    await this.page.getByRole('link', { name: 'Security settings' }).click();
    await expect(this.page).toHaveURL(/\/security$/);
    // The methods listed: the page's own request is done before the spec's first action.
    await expect(
      this.page.getByRole('region', { name: 'Two-step verification' }).getByRole('list'),
    ).toBeVisible();
    await expect(
      this.page.getByRole('region', { name: 'Two-step verification' }),
    ).not.toHaveAttribute('aria-busy');
  }

  /** The newest code in the demo inbox for `purpose` ("Sign-in code" or "Code to turn off SMS"). */
  async latestCode(
    purpose: 'Sign-in code' | 'Code to turn off SMS' = 'Sign-in code',
    after?: string,
  ): Promise<string> {
    const message = this.tools.getByRole('listitem').filter({ hasText: purpose }).first();
    if (after !== undefined) await expect(message.locator('code')).not.toHaveText(after);
    await expect(message.locator('code')).toHaveText(/^\d{6}$/);
    return (await message.locator('code').textContent()) ?? '';
  }

  /** Arms a failure for the next request through the Simulate menu. */
  async simulate(option: RegExp): Promise<void> {
    await this.tools
      .getByLabel('Make the next request fail as')
      .selectOption({ label: await this.optionLabel(option) });
    await this.tools.getByRole('button', { name: 'Arm' }).click();
    await expect(
      this.tools.getByRole('region', { name: 'Simulate' }).getByRole('status'),
    ).toContainText('Armed');
  }

  private async optionLabel(option: RegExp): Promise<string> {
    const labels = await this.tools.getByRole('option').allTextContents();
    const label = labels.find((text) => option.test(text));
    if (label === undefined)
      throw new Error(`No simulate option matches ${String(option)}: ${labels.join(', ')}`);
    return label;
  }

  /**
   * Runs axe on the page as it is and expects no violation. `colourOnly`: only the rules whose outcome depends
   * on colours ({@link COLOUR_RULES}). axe-core goes into the page once per document and runs there, asked for
   * violations only: `@axe-core/playwright` put it in again on every call and finished each run in a new page,
   * about ten times the cost of the check itself (1.2–2.5 s against 0.1–0.25 s per call in issue #19's profile).
   * The demo has no frames, the one thing that way covered.
   */
  async expectAccessible({ colourOnly = false }: { colourOnly?: boolean } = {}): Promise<void> {
    await this.page.evaluate(finiteAnimationsEnded);
    if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.evaluate(axe.source);
    const violations = await this.page.evaluate(
      async (rules) => {
        const { axe: inPage } = window as unknown as { axe: typeof axe };
        const results = await inPage.run(document, {
          resultTypes: ['violations'],
          ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}),
        });
        return results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      },
      colourOnly ? [...COLOUR_RULES] : null,
    );
    expect(violations).toEqual([]);
  }

  /**
   * Axe in the light scheme (every rule), then in the dark one (the colour rules), leaving the page light. The
   * schemes differ only in the kit's and the demo's colour custom properties (`prefers-color-scheme` in CSS;
   * no script reads it), so the page, its names, roles and layout are the same in both: a second full run in
   * dark would repeat every other rule on the same state. The contrast in dark is its own check, and kept.
   */
  async expectAccessibleInBothSchemes(): Promise<void> {
    await this.page.emulateMedia({ colorScheme: 'light' });
    await this.expectAccessible();
    await this.page.emulateMedia({ colorScheme: 'dark' });
    await this.expectAccessible({ colourOnly: true });
    await this.page.emulateMedia({ colorScheme: 'light' });
  }

  /**
   * The `otpauth://` URL a QR code holds, read as an app's camera would: from a screenshot of the image as the
   * page draws it, in light and in dark (both must read, and the same).
   */
  async scanQrCode(image: Locator): Promise<string> {
    await expect(image).toBeVisible();
    // A broken image has no natural size; a drawn QR code has one.
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
      .toBeGreaterThan(0);
    const scanned: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await this.page.emulateMedia({ colorScheme });
      scanned.push(readQrCode(await image.screenshot({ animations: 'disabled' })));
    }
    await this.page.emulateMedia({ colorScheme: 'light' });
    expect(scanned[1]).toBe(scanned[0]);
    expect(scanned[0]).toMatch(/^otpauth:\/\/totp\/[^?]+\?.*secret=[A-Z2-7]+/);
    return scanned[0] ?? '';
  }

  /** A state a person should see: axe finds nothing in light or dark, and it is saved as a screenshot of each. */
  async review(name: string): Promise<void> {
    await this.expectAccessibleInBothSchemes();
    await this.screenshot(name);
  }

  /**
   * No token, code or password in any URL the page requested. The spec puts the mfaToken in the remember-device
   * policy's query, and only there.
   */
  expectNoSecretInUrls(): void {
    for (const request of this.network.all) {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/allow-remember-device')) {
        expect([...url.searchParams.keys()]).toEqual(['mfaToken']);
        url.search = '';
      }
      for (const secret of this.network.secrets)
        expect(decodeURIComponent(url.href), `${request.method} ${request.route}`).not.toContain(
          secret,
        );
    }
  }

  /** Saves the page in light and dark under test-results/screenshots/<name>-{light,dark}.png. */
  async screenshot(name: string): Promise<void> {
    mkdirSync(screenshotDir, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await this.page.emulateMedia({ colorScheme });
      await this.page.screenshot({
        path: join(screenshotDir, `${name}-${colorScheme}.png`),
        fullPage: true,
        animations: 'disabled',
        caret: 'hide',
      });
    }
    await this.page.emulateMedia({ colorScheme: 'light' });
  }
}

export const test = base.extend<{ demo: Demo }>({
  demo: async ({ page }, use) => {
    await use(new Demo(page));
  },
});
