/** Where the browser is; `CHROMIUM_PATH` overrides Debian's `/usr/bin/chromium`. */
export declare const chromiumPath: string;
/** Headless, sandbox-free, and silent on this machine's closed network. */
export declare const chromiumArgs: readonly string[];
