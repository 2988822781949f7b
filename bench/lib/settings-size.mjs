// The account-settings component's cost as an app pays it (issue #13): bundled with code splitting, what the
// page loads with `MfaSettings`, and apart, what loads only when asked for: the setup-key decoder behind
// "Can't scan it?" and the WebAuthn ceremonies of adding or removing a passkey.
import { measureStyles } from './sizes.mjs';
import { bundleSplit, dynamicChunk, measureChunks, staticClosure } from './split-bundle.mjs';

export const SETTINGS_ENTRY = Object.freeze({
  id: 'settings/mfa-kit',
  label: '@mfa-kit/ui MfaSettings + styles.css (with every add and remove panel)',
  entry: 'entries/settings-mfa-kit.tsx',
});

/** What the settings load on demand, by the module its dynamic chunk starts from. */
const ON_DEMAND = Object.freeze([
  { label: 'the setup-key decoder ("Can\'t scan it?", jsqr)', module: /\/jsqr\// },
  { label: 'the WebAuthn ceremonies (add or remove a passkey)', module: /\/ceremonies-[^/]*\.js$/ },
]);

/** Bundles `MfaSettings` with splitting: its first load (JS + CSS) and each part loaded on demand. */
export async function measureSettings() {
  const { outputs, chunks, entryFile } = await bundleSplit(SETTINGS_ENTRY.entry, 'settings');
  const initial = staticClosure(outputs, entryFile);
  const onDemand = ON_DEMAND.map(({ label, module }) => {
    const start = dynamicChunk(outputs, module, `settings: ${label}`);
    const only = [...staticClosure(outputs, start)].filter((file) => !initial.has(file));
    return { label, ...measureChunks(only, chunks) };
  });
  const measured = measureChunks(initial, chunks);
  const css = await measureStyles();
  return { ...SETTINGS_ENTRY, ...measured, css, totalGzip: measured.gzip + css.gzip, onDemand };
}
