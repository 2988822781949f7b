/**
 * With a real backend, unregisters msw's worker left by an earlier mock session on this origin, so no
 * stale service worker sits between the page and the network.
 */
export async function forgetMockServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(
    registrations
      .filter((registration) => registration.active?.scriptURL.endsWith('/mockServiceWorker.js'))
      .map((registration) => registration.unregister()),
  );
}
