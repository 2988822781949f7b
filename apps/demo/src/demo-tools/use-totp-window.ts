import { useEffect, useState } from 'react';

/** An authenticator app's code lasts 30 s, from one multiple of 30 s since the epoch to the next (RFC 6238). */
export const TOTP_PERIOD_SECONDS = 30;

/** The 30-s window of TOTP codes the clock is in. */
export interface TotpWindow {
  /** When it began (ms since the epoch): the timestamp its codes are computed for. */
  start: number;
  /** Whole seconds until the next window, 30 down to 1. */
  secondsLeft: number;
}

/** The current TOTP window, re-rendering on each second of the clock (not every second from mount). */
export function useTotpWindow(): TotpWindow {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = (): void => {
      const time = Date.now();
      setNow(time);
      timer = setTimeout(tick, 1000 - (time % 1000));
    };
    timer = setTimeout(tick, 1000 - (Date.now() % 1000));
    return () => clearTimeout(timer);
  }, []);
  const periodMs = TOTP_PERIOD_SECONDS * 1000;
  const intoWindow = now % periodMs;
  return {
    start: now - intoWindow,
    secondsLeft: TOTP_PERIOD_SECONDS - Math.floor(intoWindow / 1000),
  };
}
