/** Where Debian's `chromium` package puts the browser (and where `tools/ensure-browser.js` installs it). */
export declare const DEBIAN_CHROMIUM: string;
/** Browser commands looked up on `PATH`, in order of preference. */
export declare const CHROMIUM_COMMANDS: readonly string[];

export interface FoundBrowser {
  path: string;
  /** How it was found: `CHROMIUM_PATH`, `Playwright's chromium`, or `<command> on PATH`. */
  source: string;
}

export interface BrowserHost {
  env: Record<string, string | undefined>;
  isExecutable(file: string): boolean;
  /** Where a Playwright-managed chromium would be, if Playwright has a build for this platform. */
  playwrightChromium(): string | undefined;
}

export type BrowserSetupPlan =
  | { action: 'use' | 'stop'; line: string }
  | { action: 'install'; line: string; commands: string[][] };

/** The first executable `name` in the directories of `pathVariable`. */
export declare function findOnPath(
  name: string,
  pathVariable: string | undefined,
  isExecutable: (file: string) => boolean,
): string | undefined;
/**
 * The browser to test with: `CHROMIUM_PATH` as given, then a Playwright-managed chromium if installed,
 * then the first of `CHROMIUM_COMMANDS` on `PATH`.
 */
export declare function findChromium(host: BrowserHost): FoundBrowser | undefined;
/** What `pnpm test` does before its first check: use the browser found, install one, or stop. */
export declare function planBrowserSetup(facts: {
  found: FoundBrowser | undefined;
  isExecutable(file: string): boolean;
  isRoot: boolean;
  aptGet: string | undefined;
  canSudoWithoutPassword(): boolean;
}): BrowserSetupPlan;
export declare function isExecutableFile(file: string): boolean;
/** What this machine offers, for `findChromium`. */
export declare const thisMachine: BrowserHost;

/** The browser every suite launches; Debian's path when none is found. */
export declare const chromiumPath: string;
/** Headless, sandbox-free, and silent on this machine's closed network. */
export declare const chromiumArgs: readonly string[];
