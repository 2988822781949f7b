// The per-keystroke harness page: renders one kit at a time in the same <Profiler> wrapper and measures,
// for each action the driver performs, React commits, rendered components and event-to-next-frame time.
import '@mfa-kit/ui/styles.css';
import { Profiler, useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { KitProps } from '../kits/kit-props.js';
import type { CommitRenders } from './devtools-hook.js';
import { HARNESS_KITS } from './kits.js';
import type { HarnessKit } from './kits.js';

/** What one action cost. `frameMs` is null when the armed event never arrived. */
export interface ActionSample {
  frameMs: number | null;
  commits: number;
  renderMs: number;
  rendered: number;
  renderedNames: Record<string, number>;
}

/** The harness's API, called by the driver through `page.evaluate`. */
export interface KeystrokeHarness {
  kits: string[];
  slotSelector(kit: string): string;
  mount(kit: string, value: string): Promise<void>;
  value(): string;
  arm(eventType: 'keydown' | 'paste' | 'beforeinput'): void;
  /** Waits for the armed event's frame, then `frames` more frames and `ms` milliseconds, and reports. */
  settle(frames?: number, ms?: number): Promise<ActionSample>;
}

declare global {
  interface Window {
    benchHarness?: KeystrokeHarness;
  }
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves in the task after the next frame's rendering: after its style, layout and paint. */
function afterNextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

const counters = {
  commits: 0,
  renderMs: 0,
  rendered: 0,
  renderedNames: {} as Record<string, number>,
};
function resetCounters(): void {
  counters.commits = 0;
  counters.renderMs = 0;
  counters.rendered = 0;
  counters.renderedNames = {};
}
window.benchCommitListeners?.push((renders: CommitRenders) => {
  counters.rendered += renders.count;
  for (const [name, count] of Object.entries(renders.names)) {
    counters.renderedNames[name] = (counters.renderedNames[name] ?? 0) + count;
  }
});

let latestValue = '';

/** Holds the code for the kit, the same way for every kit (a controlled value in state). */
function KitHost({ kit, initial }: { kit: HarnessKit; initial: string }) {
  const [value, setValue] = useState(initial);
  useLayoutEffect(() => {
    latestValue = value;
  }, [value]);
  const props: KitProps = { value, onChange: setValue };
  return <kit.Kit {...props} />;
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('harness page has no #root');
const root = createRoot(rootElement);
let mountCount = 0;

let armedType: string | null = null;
let pendingFrame: Promise<number> | null = null;
for (const type of ['keydown', 'paste', 'beforeinput']) {
  window.addEventListener(
    type,
    (event) => {
      if (armedType !== type) return;
      armedType = null;
      const start = event.timeStamp;
      pendingFrame = afterNextFrame().then((end) => end - start);
    },
    { capture: true },
  );
}

window.benchHarness = {
  kits: Object.keys(HARNESS_KITS),
  slotSelector: (kit) => HARNESS_KITS[kit]?.slotSelector ?? '',
  async mount(kit, value) {
    const chosen = HARNESS_KITS[kit];
    if (!chosen) throw new Error(`unknown kit ${kit}`);
    mountCount += 1;
    (document.activeElement as HTMLElement | null)?.blur();
    root.render(
      <Profiler
        id="kit"
        onRender={(_id, _phase, actualDuration) => {
          counters.commits += 1;
          counters.renderMs += actualDuration;
        }}
      >
        <KitHost key={mountCount} kit={chosen} initial={value} />
      </Profiler>,
    );
    await nextFrame();
    resetCounters();
  },
  value: () => latestValue,
  arm(eventType) {
    armedType = eventType;
    pendingFrame = null;
    resetCounters();
  },
  async settle(frames = 1, ms = 0) {
    const frame = pendingFrame;
    armedType = null;
    pendingFrame = null;
    const frameMs = frame ? await frame : null;
    // Work a kit defers (effects, timers, a selection sync) still belongs to the action.
    for (let count = 0; count < frames; count += 1) await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, ms));
    const sample: ActionSample = {
      frameMs,
      ...counters,
      renderedNames: { ...counters.renderedNames },
    };
    resetCounters();
    return sample;
  },
};
