// The demo's language, chosen in the header. Kept in localStorage, not the URL: the router's paths carry no query,
// so a parameter would be lost at the first navigation, and a language is no secret. English by default.
import { useSyncExternalStore } from 'react';

/** The languages the demo speaks: its own texts (`demo-texts.ts`) and the kit's (`enMessages`, `heMessages`). */
export const DEMO_LANGUAGES = ['en', 'he'] as const;
export type DemoLanguage = (typeof DEMO_LANGUAGES)[number];

const STORAGE_KEY = 'mfa-kit-demo:language';
const DIRECTION: Record<DemoLanguage, 'ltr' | 'rtl'> = { en: 'ltr', he: 'rtl' };

/** The stored language; English when none is stored, the value is unknown, or storage is unavailable. */
export function readLanguage(storage: Pick<Storage, 'getItem'>): DemoLanguage {
  try {
    const stored = storage.getItem(STORAGE_KEY);
    return DEMO_LANGUAGES.find((language) => language === stored) ?? 'en';
  } catch {
    return 'en';
  }
}

// Reading `localStorage` itself throws where storage is blocked (a sandboxed frame): the demo then stays English.
function localStorageOrNone(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    return window.localStorage;
  } catch {
    return { getItem: () => null, setItem: () => undefined };
  }
}

/** A language store over a document (its `<html lang dir>`) and a storage, with `subscribe`/`getSnapshot`. */
export interface LanguageStore {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => DemoLanguage;
  set: (language: DemoLanguage) => void;
}

/** Creates the store: reads the stored language and puts it on `<html>` at once, before the first render. */
export function createLanguageStore(
  doc: Document = document,
  storage: Pick<Storage, 'getItem' | 'setItem'> = localStorageOrNone(),
): LanguageStore {
  let language = readLanguage(storage);
  const listeners = new Set<() => void>();
  const apply = (): void => {
    doc.documentElement.lang = language;
    doc.documentElement.dir = DIRECTION[language];
  };
  apply();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => language,
    set: (next) => {
      language = next;
      apply();
      try {
        storage.setItem(STORAGE_KEY, next);
      } catch {
        // Storage refused (private mode, quota): the choice lasts until the tab reloads.
      }
      for (const listener of [...listeners]) listener();
    },
  };
}

/** The app's language. */
export const languageStore: LanguageStore = createLanguageStore();

/** The current language; re-renders when it changes. */
export function useLanguage(): DemoLanguage {
  return useSyncExternalStore(languageStore.subscribe, languageStore.getSnapshot);
}
