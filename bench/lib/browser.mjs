// Launches Debian's Chromium through playwright-core with the project's flags.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../tools/chromium.js';

export const CHROMIUM_PATH = chromiumPath;

/** The project's headless flags, plus two that let frames run unthrottled (no 60 Hz vsync wait in the times). */
export const CHROMIUM_ARGS = [...chromiumArgs, '--disable-frame-rate-limit', '--disable-gpu-vsync'];

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
