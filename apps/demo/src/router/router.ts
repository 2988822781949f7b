// A history-API router small enough to read in one go: the path lives in the URL, a notice lives in memory.
import { useSyncExternalStore } from 'react';

/** Where the app is. `notice` is a one-off message for the page navigated to, never put in the URL. */
export interface RouteLocation {
  path: string;
  notice: string | null;
  /** 0 on page load, then one more per navigation: pages move focus only after a navigation. */
  navigations: number;
}

/** Options of {@link Router.navigate}. */
export interface NavigateOptions {
  replace?: boolean;
  notice?: string;
}

/** A router over one window's history. */
export interface Router {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => RouteLocation;
  navigate: (path: string, options?: NavigateOptions) => void;
}

/** Creates a router over `win`'s history; back and forward arrive through `popstate`. */
export function createRouter(win: Window = window): Router {
  let location: RouteLocation = { path: win.location.pathname, notice: null, navigations: 0 };
  const listeners = new Set<() => void>();
  const publish = (path: string, notice: string | null): void => {
    location = { path, notice, navigations: location.navigations + 1 };
    for (const listener of [...listeners]) listener();
  };
  // Marks the start of a route change; pages measure their first render from it (scripts/measure.mjs).
  const mark = (path: string): void => void win.performance.mark(`route-change:${path}`);
  const onPopState = (): void => {
    mark(win.location.pathname);
    publish(win.location.pathname, null);
  };
  return {
    subscribe: (listener) => {
      if (listeners.size === 0) win.addEventListener('popstate', onPopState);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) win.removeEventListener('popstate', onPopState);
      };
    },
    getSnapshot: () => location,
    navigate: (path, { replace = false, notice } = {}) => {
      mark(path);
      if (replace) win.history.replaceState(null, '', path);
      else win.history.pushState(null, '', path);
      publish(path, notice ?? null);
      if (!replace) win.scrollTo(0, 0);
    },
  };
}

/** The app's router. */
export const router: Router = createRouter();

/** Goes to `path` in the app's router. */
export const navigate = (path: string, options?: NavigateOptions): void =>
  router.navigate(path, options);

/** The current location; re-renders on every navigation. */
export function useLocation(): RouteLocation {
  return useSyncExternalStore(router.subscribe, router.getSnapshot);
}
