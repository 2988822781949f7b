// The login step's cost as an app pays it: bundled with code splitting, each factor's form is its own chunk that
// loads when the form is shown. Initial = the entry chunk and every chunk it imports statically, plus the
// email form's chunks (an email-first user's step loads that form at once) and the stylesheet. On demand = what
// only one other form needs: its dynamic chunk and the static imports of it that the initial load did not bring.
import { measureStyles, packageOf } from './sizes.mjs';
import { bundleSplit, dynamicChunk, measureChunks, staticClosure } from './split-bundle.mjs';

export const LOGIN_STEP_ENTRY = Object.freeze({
  id: 'login-step/mfa-kit',
  group: 'login-step',
  label: '@mfa-kit/ui/login-step MfaLoginStep + styles.css (initial, email first)',
  pkg: '@mfa-kit/ui',
  entry: 'entries/login-step-mfa-kit.tsx',
  ours: true,
  css: true,
});

/**
 * Each lazy form, found by the name of the module its dynamic chunk starts from (packages/ui/dist); `alsoLoads`:
 * a chunk the form's own code fetches as soon as it is shown (the WebAuthn ceremonies, with the challenge).
 */
export const FACTOR_FORMS = Object.freeze([
  { kind: 'email', label: 'EmailMfaForm', module: /\/email-mfa-form\/email-mfa-form\.js$/ },
  {
    kind: 'authenticator',
    label: 'AuthenticatorMfaForm',
    module: /\/authenticator-mfa-form\/authenticator-mfa-form\.js$/,
  },
  { kind: 'sms', label: 'SmsMfaForm', module: /\/sms-mfa-form\/sms-mfa-form\.js$/ },
  {
    kind: 'webauthn',
    label: 'WebAuthnMfaForm',
    module: /\/webauthn-mfa-form\/webauthn-mfa-form\.js$/,
    alsoLoads: /\/ceremonies-[^/]*\.js$/,
  },
  {
    kind: 'recovery-code',
    label: 'RecoveryCodeForm',
    module: /\/recovery-code-form\/recovery-code-form\.js$/,
  },
]);

/** The first method of the user the initial figure is for: its form loads with the step. */
const FIRST_KIND = 'email';

/**
 * Bundles the step with `splitting: true` and measures its initial load and each other form's on-demand cost
 * (each chunk gzipped on its own, as each is fetched on its own). Throws when a form has no chunk of its own:
 * a form in the initial load would make the figures a lie.
 */
export async function measureLoginStep() {
  const { outputs, chunks, entryFile } = await bundleSplit(LOGIN_STEP_ENTRY.entry, 'login-step');
  const chunkOf = (module, label) => dynamicChunk(outputs, module, `login step: ${label}`);
  const formFile = (form) => chunkOf(form.module, form.label);
  const shell = staticClosure(outputs, entryFile);
  const first = FACTOR_FORMS.find((form) => form.kind === FIRST_KIND);
  const initial = new Set([...shell, ...staticClosure(outputs, formFile(first))]);
  const onDemand = {};
  for (const form of FACTOR_FORMS.filter((item) => item !== first)) {
    const loads = [
      formFile(form),
      ...(form.alsoLoads ? [chunkOf(form.alsoLoads, `${form.label}'s ceremonies`)] : []),
    ];
    const only = [...new Set(loads.flatMap((file) => [...staticClosure(outputs, file)]))].filter(
      (file) => !initial.has(file),
    );
    onDemand[form.kind] = { label: form.label, ...measureChunks(only, chunks) };
  }
  const byPackage = {};
  for (const file of initial) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[file].inputs)) {
      if (bytesInOutput === 0) continue;
      const name = packageOf(input);
      byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
    }
  }
  const measured = measureChunks(initial, chunks);
  const css = await measureStyles();
  return {
    ...LOGIN_STEP_ENTRY,
    minified: measured.minified,
    gzip: measured.gzip,
    chunks: measured.chunks,
    firstKind: FIRST_KIND,
    shell: measureChunks(shell, chunks),
    onDemand,
    packages: Object.fromEntries(Object.entries(byPackage).sort((a, b) => b[1] - a[1])),
    externalImports: [
      ...new Set(
        [...initial].flatMap((file) =>
          outputs[file].imports.filter((item) => item.external).map((item) => item.path),
        ),
      ),
    ].sort(),
    file: entryFile,
    css,
    totalGzip: measured.gzip + css.gzip,
  };
}
