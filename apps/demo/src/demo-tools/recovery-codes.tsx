import { DEMO_USERS } from '@mfa-kit/mock';
import { DemoCodeList } from './demo-code-list';
import { Disclosure } from './disclosure';

const entries = Object.values(DEMO_USERS)
  .filter((user) => user.recoveryCodes.length > 0)
  .map((user) => ({ key: user.id, owner: user.email, codes: user.recoveryCodes }));

/** The seeded users' recovery codes, so a visitor can try recovery by hand. */
export function RecoveryCodes() {
  return (
    <Disclosure title="Recovery codes" defaultOpen={false}>
      <p className="tool-hint">
        Demo data of the mock backend. Each code works once, until the page is reloaded.
      </p>
      <DemoCodeList label="Recovery codes by user" entries={entries} />
    </Disclosure>
  );
}
