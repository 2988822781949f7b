import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRouter } from './router';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('createRouter', () => {
  it('starts at the page-load path with no notice and no navigation', () => {
    window.history.replaceState(null, '', '/verify');
    expect(createRouter().getSnapshot()).toEqual({ path: '/verify', notice: null, navigations: 0 });
  });

  it('pushes the path into the URL and tells subscribers, carrying a notice in memory only', () => {
    const router = createRouter();
    const listener = vi.fn();
    router.subscribe(listener);
    router.navigate('/sign-in', { notice: 'Please sign in again.' });
    expect(window.location.pathname).toBe('/sign-in');
    expect(window.location.search).toBe('');
    expect(window.history.state).toBeNull();
    expect(router.getSnapshot()).toEqual({
      path: '/sign-in',
      notice: 'Please sign in again.',
      navigations: 1,
    });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('replaces the history entry when asked, so Back skips a redirect', () => {
    const router = createRouter();
    const before = window.history.length;
    router.navigate('/a');
    router.navigate('/b', { replace: true });
    expect(window.history.length).toBe(before + 1);
    expect(window.location.pathname).toBe('/b');
  });

  it('drops the notice on the next navigation', () => {
    const router = createRouter();
    router.navigate('/sign-in', { notice: 'Signed out.' });
    router.navigate('/verify');
    expect(router.getSnapshot().notice).toBeNull();
  });

  it('follows Back and Forward through popstate while someone listens, and stops listening after', () => {
    const router = createRouter();
    const listener = vi.fn();
    const unsubscribe = router.subscribe(listener);
    window.history.pushState(null, '', '/security');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(router.getSnapshot().path).toBe('/security');
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    window.history.pushState(null, '', '/elsewhere');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(router.getSnapshot().path).toBe('/security');
  });

  it('keeps the same snapshot object between changes (useSyncExternalStore needs it)', () => {
    const router = createRouter();
    expect(router.getSnapshot()).toBe(router.getSnapshot());
  });

  it('marks each route change for the render measurements', () => {
    const router = createRouter();
    router.navigate('/verify');
    expect(performance.getEntriesByName('route-change:/verify', 'mark')).not.toHaveLength(0);
  });
});
