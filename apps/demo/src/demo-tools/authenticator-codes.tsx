import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { useEffect, useId, useState } from 'react';
import { type DemoCodeEntry, DemoCodeList } from './demo-code-list';
import { Disclosure } from './disclosure';
import { TOTP_PERIOD_SECONDS, useTotpWindow } from './use-totp-window';

const apps = Object.values(DEMO_USERS).flatMap((user) =>
  user.authenticators.map((app) => ({ key: app.id, owner: user.email, secret: app.secret })),
);

/** Before a window's codes are ready: the users, without codes. */
const pending: readonly DemoCodeEntry[] = apps.map(({ key, owner }) => ({
  key,
  owner,
  codes: null,
}));

type WindowCodes =
  { start: number; entries: readonly DemoCodeEntry[] } | { start: number; error: string };

/**
 * What each seeded user's authenticator app shows now, computed in the page as the app would. The seconds
 * tick silently: no live region, so a screen reader hears nothing until the visitor looks.
 */
export function AuthenticatorCodes() {
  const meterId = useId();
  const { start, secondsLeft } = useTotpWindow();
  const [computed, setComputed] = useState<WindowCodes | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all(
      apps.map(async ({ key, owner, secret }) => ({
        key,
        owner,
        codes: [await totpCode(secret, start)],
      })),
    )
      .then(
        (entries): WindowCodes => ({ start, entries }),
        (error: unknown): WindowCodes => ({
          start,
          error: error instanceof Error ? error.message : String(error),
        }),
      )
      .then((result) => {
        // A window that has ended (or an unmounted panel) must not overwrite the codes shown.
        if (current) setComputed(result);
      });
    return () => {
      current = false;
    };
  }, [start]);

  // A code of the window that just ended is wrong already: show none until the new ones are ready.
  const entries = computed?.start === start && 'entries' in computed ? computed.entries : pending;
  return (
    <Disclosure title="Authenticator app">
      <p className="tool-hint">
        The code each seeded user’s authenticator app shows now: demo data of the mock backend.
      </p>
      <div className="totp-window">
        <label htmlFor={meterId}>New codes in {secondsLeft} s</label>
        <meter id={meterId} min={0} max={TOTP_PERIOD_SECONDS} value={secondsLeft} />
      </div>
      {computed !== null && 'error' in computed ? (
        <p className="mfa-error">
          The codes could not be worked out ({computed.error}). Reload the page to try again.
        </p>
      ) : (
        <DemoCodeList label="Current authenticator codes" entries={entries} />
      )}
    </Disclosure>
  );
}
