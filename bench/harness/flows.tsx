// The flows page: our drop-in forms, the enrolment step and the settings against the mock (same origin, counted
// at the server), and the measured client bundles themselves making the four calls (so no size is of a client
// that does nothing).
import '@mfa-kit/ui/styles.css';
import { createRoot } from 'react-dom/client';
import type { FourCalls, FourCallsSetup } from '../entries/client-calls.js';
import { DisableStep } from '../entries/disable-step-mfa-kit.js';
import type { DisableStepProps } from '../entries/disable-step-mfa-kit.js';
import { EmailStep } from '../entries/email-step-mfa-kit.js';
import { EnrolmentStep } from './enrolment-step.js';
import type { EnrolmentStepProps } from './enrolment-step.js';
import { LoginFactor } from './login-factor.js';
import type { LoginFactorProps } from './login-factor.js';
import { Settings } from './settings.js';
import type { SettingsProps } from './settings.js';
import { StepUp } from './step-up.js';
import type { StepUpProps } from './step-up.js';

/** The flows page's API, called by the driver through `page.evaluate`. */
export interface FlowsHarness {
  mountEmail(origin: string, mfaToken: string): void;
  mountDisable(props: DisableStepProps): void;
  mountLoginFactor(props: LoginFactorProps): void;
  mountEnrolment(props: EnrolmentStepProps): void;
  mountSettings(props: SettingsProps): void;
  mountStepUp(props: StepUpProps): void;
  unmount(): void;
  loadClient(bundleUrl: string, setup: FourCallsSetup): Promise<void>;
  call<Name extends keyof FourCalls>(
    name: Name,
    args: Parameters<FourCalls[Name]>,
  ): Promise<unknown>;
}

declare global {
  interface Window {
    benchFlows?: FlowsHarness;
  }
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('flows page has no #root');
const root = createRoot(rootElement);
let calls: FourCalls | null = null;
// A new key per mount: every flow starts with a fresh query client and form.
let mounts = 0;

window.benchFlows = {
  mountEmail(origin, mfaToken) {
    mounts += 1;
    root.render(<EmailStep key={mounts} origin={origin} mfaToken={mfaToken} />);
  },
  mountDisable(props) {
    mounts += 1;
    root.render(<DisableStep key={mounts} {...props} />);
  },
  mountLoginFactor(props) {
    mounts += 1;
    root.render(<LoginFactor key={mounts} {...props} />);
  },
  mountEnrolment(props) {
    mounts += 1;
    root.render(<EnrolmentStep key={mounts} {...props} />);
  },
  mountSettings(props) {
    mounts += 1;
    root.render(<Settings key={mounts} {...props} />);
  },
  mountStepUp(props) {
    mounts += 1;
    root.render(<StepUp key={mounts} {...props} />);
  },
  unmount() {
    root.render(null);
  },
  async loadClient(bundleUrl, setup) {
    const bundle = (await import(/* @vite-ignore */ bundleUrl)) as {
      createFourCalls: (setup: FourCallsSetup) => FourCalls;
    };
    calls = bundle.createFourCalls(setup);
  },
  async call(name, args) {
    if (!calls) throw new Error('loadClient first');
    const method = calls[name] as (...input: typeof args) => Promise<unknown>;
    return method(...args);
  },
};
