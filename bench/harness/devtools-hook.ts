// Loaded before React: a minimal React DevTools hook, so every commit's fiber tree can be walked and
// the components that actually rendered in it counted (React's <Profiler> counts commits, not components).

/** A fiber, as far as the walk reads it. */
export interface Fiber {
  tag: number;
  flags: number;
  type: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

/** What one commit rendered: how many components, and which. */
export interface CommitRenders {
  count: number;
  names: Record<string, number>;
}

declare global {
  interface Window {
    __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown;
    benchCommitListeners?: ((renders: CommitRenders) => void)[];
  }
}

// React's work tags of components whose render function runs (function, class, forwardRef, simple memo);
// a non-simple memo (14) wraps a child fiber that is counted itself.
const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
// React sets this flag on a fiber whose render function ran in this pass.
const PERFORMED_WORK = 1;

function nameOf(type: unknown): string {
  if (typeof type === 'function') {
    const fn = type as { displayName?: string; name?: string };
    return fn.displayName ?? (fn.name || 'Anonymous');
  }
  if (type && typeof type === 'object') {
    const wrapper = type as { displayName?: string; render?: unknown; type?: unknown };
    if (wrapper.displayName) return wrapper.displayName;
    if (wrapper.render) return nameOf(wrapper.render);
    if (wrapper.type) return nameOf(wrapper.type);
  }
  return 'Anonymous';
}

/**
 * Counts the components that rendered in the commit whose tree starts at `fiber`, the way React
 * DevTools decides it: a new fiber mounted, or a kept one performed work; a subtree whose child
 * pointer did not change was not visited by React at all.
 */
function walk(fiber: Fiber, renders: CommitRenders): void {
  const previous = fiber.alternate;
  if (
    COMPONENT_TAGS.has(fiber.tag) &&
    (previous === null || (fiber.flags & PERFORMED_WORK) !== 0)
  ) {
    renders.count += 1;
    const name = nameOf(fiber.type);
    renders.names[name] = (renders.names[name] ?? 0) + 1;
  }
  if (previous !== null && fiber.child === previous.child) return;
  for (let child = fiber.child; child !== null; child = child.sibling) walk(child, renders);
}

const listeners: ((renders: CommitRenders) => void)[] = [];
window.benchCommitListeners = listeners;
let nextRendererId = 1;
window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  renderers: new Map(),
  supportsFiber: true,
  isDisabled: false,
  inject() {
    return nextRendererId++;
  },
  onCommitFiberRoot(_id: number, root: { current: Fiber }) {
    const renders: CommitRenders = { count: 0, names: {} };
    walk(root.current, renders);
    for (const listener of listeners) listener(renders);
  },
  onCommitFiberUnmount() {},
  onPostCommitFiberRoot() {},
  onScheduleFiberRoot() {},
  checkDCE() {},
};
