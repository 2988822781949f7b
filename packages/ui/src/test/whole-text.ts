import type { MatcherFunction } from '@testing-library/react';

// Whitespace as Testing Library's default normalizer sees it (a no-break space is whitespace too).
const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Matches the element whose whole text is `text`, as `getByText(text)` does for an element of one text node: a
 * sentence with a left-to-right run in it (`<bdi>`) is split into several. The innermost element only, so an
 * ancestor that holds nothing else does not match as well.
 */
export function wholeText(text: string): MatcherFunction {
  return (_content, element) =>
    normalize(element?.textContent) === normalize(text) &&
    !Array.from(element?.children ?? []).some(
      (child) => normalize(child.textContent) === normalize(text),
    );
}
