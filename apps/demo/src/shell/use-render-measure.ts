import { useLayoutEffect } from 'react';

/**
 * Measures, with the Performance API, how long after the navigation to `path` this page first rendered:
 * `<name>:first-render` ends at the commit, `<name>:first-frame` in the next animation frame (just before it paints).
 * scripts/measure.mjs reads both. Nothing happens on a page load, where no navigation mark exists.
 */
export function useRenderMeasure(path: string, name: string): void {
  useLayoutEffect(() => {
    const start = `route-change:${path}`;
    if (performance.getEntriesByName(start, 'mark').length === 0) return;
    performance.measure(`${name}:first-render`, start);
    const frame = requestAnimationFrame(() => performance.measure(`${name}:first-frame`, start));
    return () => cancelAnimationFrame(frame);
  }, [path, name]);
}
