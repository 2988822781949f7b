// Loaded lazily with the embedded mock: the inbox, the seeded users' codes and the failure simulator.
import type { MockBackend } from '@mfa-kit/mock';
import { ERROR_CODE_MODE_PARAM, readErrorCodeMode } from '../backend/error-code-mode';
import type { RequestEvents } from '../backend/request-events';
import { AuthenticatorCodes } from './authenticator-codes';
import { DemoInbox } from './demo-inbox';
import { RecoveryCodes } from './recovery-codes';
import { SimulateMenu } from './simulate-menu';

/** Props of {@link DemoTools}. */
export interface DemoToolsProps {
  backend: MockBackend;
  requests: RequestEvents;
}

/** The side panel of the demo: what the mock sent, the codes seeded users have, and failures on demand. */
export default function DemoTools({ backend, requests }: DemoToolsProps) {
  return (
    <aside className="demo-tools" aria-label="Demo tools">
      <p className="demo-tools__intro">
        <span className="demo-tools__dot" aria-hidden="true" /> Mock backend running in this tab
      </p>
      <DemoInbox outbox={backend.outbox} />
      <AuthenticatorCodes />
      <RecoveryCodes />
      <SimulateMenu backend={backend} requests={requests} />
      <ErrorCodeModeNote />
    </aside>
  );
}

/** Which error codes the client knows, and a link to the other way (a new page load: sign in again). */
function ErrorCodeModeNote() {
  const mapped = readErrorCodeMode(window.location.search) === 'mapped';
  const other = new URL(window.location.href);
  if (mapped) other.searchParams.delete(ERROR_CODE_MODE_PARAM);
  else other.searchParams.set(ERROR_CODE_MODE_PARAM, 'mapped');
  return (
    <p className="demo-tools__note">
      {mapped
        ? 'Error codes: the mock’s fixed codes, mapped with errorCodeKinds. '
        : 'Error codes: unknown to the client, as a real tenant’s are. '}
      <a href={other.pathname + other.search}>
        {mapped ? 'Use the default (no map)' : 'Map them (errorCodeKinds)'}
      </a>
    </p>
  );
}
