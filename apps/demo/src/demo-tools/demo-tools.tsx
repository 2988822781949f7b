// Loaded lazily with the embedded mock: the inbox, the seeded users' codes and the failure simulator.
import type { MockBackend } from '@mfa-kit/mock';
import { ERROR_CODE_MODE_PARAM, readErrorCodeMode } from '../backend/error-code-mode';
import { QR_CODE_FORMAT_PARAM, readQrCodeFormat } from '../backend/qr-code-format';
import type { RequestEvents } from '../backend/request-events';
import { AuthenticatorCodes } from './authenticator-codes';
import { DemoInbox } from './demo-inbox';
import { RecoveryCodes } from './recovery-codes';
import { SessionAge } from './session-age';
import { SimulateMenu } from './simulate-menu';

/** Props of {@link DemoTools}. */
export interface DemoToolsProps {
  backend: MockBackend;
  requests: RequestEvents;
}

/**
 * The side panel of the demo: what the mock sent, the codes seeded users have, failures on demand, and an older
 * sign-in (for step-up).
 */
export default function DemoTools({ backend, requests }: DemoToolsProps) {
  return (
    // A developer's panel, kept in English whatever the page's language.
    <aside className="demo-tools" aria-label="Demo tools" lang="en" dir="ltr">
      <p className="demo-tools__intro">
        <span className="demo-tools__dot" aria-hidden="true" /> Mock backend running in this tab
      </p>
      <DemoInbox outbox={backend.outbox} />
      <AuthenticatorCodes />
      <RecoveryCodes />
      <SimulateMenu backend={backend} requests={requests} />
      <SessionAge backend={backend} />
      <ErrorCodeModeNote />
      <QrCodeFormatNote />
    </aside>
  );
}

// The modes belong to the page load: the mock and the client were made with them, whatever the address says after
// the app navigated (which drops the query). This module loads with the mock, at page load.
const PAGE_LOAD_SEARCH = window.location.search;

/** A mode of this page load set by a query parameter, and a link to the other mode (a new page load). */
function ModeNote({
  param,
  value,
  on,
  text,
  link,
}: {
  param: string;
  value: string;
  on: boolean;
  text: { on: string; off: string };
  link: { on: string; off: string };
}) {
  const other = new URL(window.location.href);
  if (on) other.searchParams.delete(param);
  else other.searchParams.set(param, value);
  return (
    <p className="demo-tools__note">
      {on ? text.on : text.off}{' '}
      <a href={other.pathname + other.search}>{on ? link.on : link.off}</a>
    </p>
  );
}

/** Which error codes the client knows: sign in again after switching. */
function ErrorCodeModeNote() {
  return (
    <ModeNote
      param={ERROR_CODE_MODE_PARAM}
      value="mapped"
      on={readErrorCodeMode(PAGE_LOAD_SEARCH) === 'mapped'}
      text={{
        on: 'Error codes: the mock’s fixed codes, mapped with errorCodeKinds.',
        off: 'Error codes: unknown to the client, as a real tenant’s are.',
      }}
      link={{ on: 'Use the default (no map)', off: 'Map them (errorCodeKinds)' }}
    />
  );
}

/** How the mock sends an authenticator app's QR code. */
function QrCodeFormatNote() {
  return (
    <ModeNote
      param={QR_CODE_FORMAT_PARAM}
      value="base64"
      on={readQrCodeFormat(PAGE_LOAD_SEARCH) === 'base64'}
      text={{
        on: 'QR codes: bare base64, the other shape the spec allows.',
        off: 'QR codes: a data URL, as Frontegg sends them.',
      }}
      link={{ on: 'Send data URLs', off: 'Send bare base64' }}
    />
  );
}
