import { afterEach, describe, expect, it } from 'vitest';
import { createLanguageStore } from './language';

/** A storage holding `stored`; `setItem` records what was written, or throws as a full or blocked storage does. */
function storage(stored: string | null, { refuses = false } = {}) {
  const written: string[] = [];
  return {
    written,
    getItem: () => stored,
    setItem: (_key: string, value: string) => {
      if (refuses) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      written.push(value);
    },
  };
}

describe('the demo language', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    document.documentElement.removeAttribute('dir');
  });

  it('is English by default, on <html> before anything renders', () => {
    const store = createLanguageStore(document, storage(null));
    expect(store.getSnapshot()).toBe('en');
    expect(document.documentElement).toHaveProperty('lang', 'en');
    expect(document.documentElement).toHaveProperty('dir', 'ltr');
  });

  it('comes back as stored: Hebrew, right to left', () => {
    const store = createLanguageStore(document, storage('he'));
    expect(store.getSnapshot()).toBe('he');
    expect(document.documentElement).toHaveProperty('lang', 'he');
    expect(document.documentElement).toHaveProperty('dir', 'rtl');
  });

  it('falls back to English on a value it does not know, or a storage that throws', () => {
    expect(createLanguageStore(document, storage('klingon')).getSnapshot()).toBe('en');
    const throwing = {
      getItem: () => {
        throw new DOMException('Storage is disabled.', 'SecurityError');
      },
      setItem: () => undefined,
    };
    expect(createLanguageStore(document, throwing).getSnapshot()).toBe('en');
  });

  it('a switch updates <html>, tells subscribers, and is stored for the next page load', () => {
    const stored = storage(null);
    const store = createLanguageStore(document, stored);
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.set('he');
    expect(calls).toBe(1);
    expect(store.getSnapshot()).toBe('he');
    expect(document.documentElement).toHaveProperty('dir', 'rtl');
    expect(stored.written).toEqual(['he']);
    store.set('en');
    expect(document.documentElement).toHaveProperty('dir', 'ltr');
    expect(stored.written).toEqual(['he', 'en']);
  });

  it('still switches when storage refuses to keep it', () => {
    const store = createLanguageStore(document, storage(null, { refuses: true }));
    store.set('he');
    expect(store.getSnapshot()).toBe('he');
    expect(document.documentElement).toHaveProperty('lang', 'he');
  });
});
