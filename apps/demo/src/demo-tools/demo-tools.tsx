// Loaded lazily with the embedded mock: the inbox and the failure simulator.
import type { MockBackend } from '@mfa-kit/mock';
import type { RequestEvents } from '../backend/request-events';
import { DemoInbox } from './demo-inbox';
import { SimulateMenu } from './simulate-menu';

/** Props of {@link DemoTools}. */
export interface DemoToolsProps {
  backend: MockBackend;
  requests: RequestEvents;
}

/** The side panel of the demo: what the mock sent, and failures on demand. */
export default function DemoTools({ backend, requests }: DemoToolsProps) {
  return (
    <aside className="demo-tools" aria-label="Demo tools">
      <p className="demo-tools__intro">
        <span className="demo-tools__dot" aria-hidden="true" /> Mock backend running in this tab
      </p>
      <DemoInbox outbox={backend.outbox} />
      <SimulateMenu backend={backend} requests={requests} />
    </aside>
  );
}
