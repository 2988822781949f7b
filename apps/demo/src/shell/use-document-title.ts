import { useEffect } from 'react';
import { useDemoTexts } from './demo-texts';

/** Names the tab after the page: "<title> · mfa-kit demo". */
export function useDocumentTitle(title: string): void {
  const { appTitle } = useDemoTexts();
  useEffect(() => {
    document.title = title ? `${title} · ${appTitle}` : appTitle;
  }, [title, appTitle]);
}
