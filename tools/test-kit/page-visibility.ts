// The page hidden and shown again, as a browser does when the user switches tabs (jsdom's page never hides).

/** Sets `document.visibilityState` (and `hidden`) and fires `visibilitychange`; `'visible'` also undoes it. */
export function setPageVisibility(state: 'hidden' | 'visible'): void {
  if (state === 'visible') {
    Reflect.deleteProperty(document, 'visibilityState');
    Reflect.deleteProperty(document, 'hidden');
  } else {
    Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
  }
  document.dispatchEvent(new Event('visibilitychange'));
}
