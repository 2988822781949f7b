import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from '../router/router';
import { useDocumentTitle } from './use-document-title';

/** Props of {@link PageHeading}. */
export interface PageHeadingProps {
  children: ReactNode;
  /** The document title's first part; defaults to the heading's text when it is a string. */
  title?: string;
  className?: string;
}

/**
 * The page's `<h1>`. It names the tab, and after an in-app navigation it takes the focus (so screen
 * readers announce the new page) unless the page already focused something of its own, such as a code input.
 */
export function PageHeading({ children, title, className = 'page-title' }: PageHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { navigations } = useLocation();
  useDocumentTitle(title ?? (typeof children === 'string' ? children : ''));

  useEffect(() => {
    const main = heading.current?.closest('main');
    if (navigations === 0 || !heading.current || main?.contains(document.activeElement)) return;
    heading.current.focus();
  }, [navigations]);

  return (
    <h1 ref={heading} className={className} tabIndex={-1}>
      {children}
    </h1>
  );
}
