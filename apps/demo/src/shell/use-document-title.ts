import { useEffect } from 'react';

/** Names the tab after the page: "<title> · mfa-kit demo". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · mfa-kit demo` : 'mfa-kit demo';
  }, [title]);
}
