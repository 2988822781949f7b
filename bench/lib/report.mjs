// Turns one run's results into RESULTS.md and the terminal table. Ratios (ours / peer) lead: absolute
// times on a shared machine drift, the ratios between kits measured side by side drift far less.
import { formatSummary, ratio } from './stats.mjs';

const KIT_LABELS = {
  'mfa-kit': '@mfa-kit/ui CodeInput',
  'input-otp': 'input-otp',
  'react-otp-input': 'react-otp-input',
  radix: 'Radix OneTimePasswordField',
  'ark-ui': 'Ark UI PinInput',
  baseline: '(baseline: plain controlled <input>)',
};
const PEER_KITS = ['input-otp', 'react-otp-input', 'radix', 'ark-ui'];
const ACTION_LABELS = {
  type: 'type 6 digits, one by one',
  paste: 'paste "123456" (Ctrl+V)',
  autofill: 'autofill "123456" (one insertText)',
  backspace: 'backspace ×6 from the end',
};

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

function table(header, rows) {
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`,
  ];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function smallestPeer(sizes, group) {
  return sizes
    .filter((entry) => entry.group === group && !entry.ours)
    .sort((a, b) => a.totalGzip - b.totalGzip)[0];
}

function headline(results) {
  const { sizes, keystrokes } = results;
  const size = (id) => sizes.find((entry) => entry.id === id);
  const ours = keystrokes['mfa-kit'];
  const rows = [];
  const codeInput = size('code-input/mfa-kit');
  for (const kit of PEER_KITS) {
    const peer = keystrokes[kit];
    const peerSize = size(`code-input/${kit}`);
    rows.push([
      `CodeInput vs ${KIT_LABELS[kit]}`,
      ratio(codeInput.totalGzip, peerSize.totalGzip),
      ratio(ours.type.commits?.median, peer.type?.commits?.median),
      ratio(ours.type.rendered?.median, peer.type?.rendered?.median),
      ratio(ours.type.renderMs?.median, peer.type?.renderMs?.median),
      ratio(ours.type.frameMs?.median, peer.type?.frameMs?.median),
      ratio(ours.paste.frameMs?.median, peer.paste?.frameMs?.median),
      `${correctCount(results.correctness['mfa-kit'])} vs ${correctCount(results.correctness[kit])}`,
    ]);
  }
  const lines = [
    table(
      [
        'ours / peer',
        'min+gzip',
        'commits, typing 6',
        'components rendered, typing 6',
        'React render ms, typing 6',
        'key→frame, typing (median)',
        'paste→frame (median)',
        'correctness cases right',
      ],
      rows,
    ),
    '',
  ];
  const client = size('client/mfa-kit');
  const frontegg = smallestPeer(sizes, 'client');
  const step = size('email-step/mfa-kit');
  const fronteggStep = size('email-step/frontegg');
  const loginStep = size('login-step/mfa-kit');
  lines.push(
    table(
      ['ours / Frontegg', 'ours', 'Frontegg', 'ratio'],
      [
        [
          'client, four calls (min+gzip)',
          kB(client.totalGzip),
          `${kB(frontegg.totalGzip)} (${frontegg.label})`,
          ratio(client.totalGzip, frontegg.totalGzip),
        ],
        [
          'email MFA step (min+gzip, JS + CSS)',
          kB(step.totalGzip),
          `${kB(fronteggStep.totalGzip)} + the login box loaded from Frontegg's CDN at run time (not measurable offline)`,
          ratio(step.totalGzip, fronteggStep.totalGzip),
        ],
        [
          `login step, initial with the ${loginStep.firstKind} form (min+gzip, JS + CSS)`,
          kB(loginStep.totalGzip),
          `${kB(fronteggStep.totalGzip)} + the login box from Frontegg's CDN, as above`,
          ratio(loginStep.totalGzip, fronteggStep.totalGzip),
        ],
        ...results.flows.map((flow) => [
          `requests, ${flow.flow}`,
          String(flow.requests),
          `API minimum ${flow.minimum}`,
          ratio(flow.requests, flow.minimum),
        ]),
      ],
    ),
  );
  return lines.join('\n');
}

function correctCount(cases) {
  const values = Object.values(cases ?? {});
  return `${values.filter((item) => item.ok).length}/${values.length}`;
}

function sizeSection(results) {
  const rows = results.sizes.map((entry) => [
    entry.label + (entry.variantOf ? ' *(variant)*' : ''),
    kB(entry.minified),
    kB(entry.gzip),
    entry.css ? kB(entry.css.gzip) : '–',
    kB(entry.totalGzip),
    Object.entries(entry.packages)
      .slice(0, 6)
      .map(([name, bytes]) => `${name} ${(bytes / 1000).toFixed(1)}`)
      .join(', ') +
      (Object.keys(entry.packages).length > 6
        ? `, +${Object.keys(entry.packages).length - 6} more`
        : ''),
  ]);
  return table(
    [
      'bundle',
      'min',
      'min+gzip',
      'CSS gzip',
      'total gzip',
      'largest inputs (kB minified, before gzip)',
    ],
    rows,
  );
}

function loginStepSection(results) {
  const step = results.sizes.find((entry) => entry.id === 'login-step/mfa-kit');
  const row = (label, measured, chunks) => [
    label,
    kB(measured.minified),
    kB(measured.gzip),
    chunks.map((chunk) => `\`${chunk}\``).join(', '),
  ];
  const loads = table(
    ['what loads', 'min', 'min+gzip (each chunk gzipped alone)', 'chunks'],
    [
      row('the step alone (entry + its static imports)', step.shell, step.shell.chunks),
      row(
        `initial, ${step.firstKind} first: the step + the ${step.firstKind} form's chunks`,
        step,
        step.chunks,
      ),
      ['+ styles.css', kB(step.css.minified), kB(step.css.gzip), '–'],
      ...Object.values(step.onDemand).map((form) =>
        row(`${form.label}, on demand (chunks only it needs)`, form, form.chunks),
      ),
    ],
  );
  const budgets = table(
    ['budget', 'measured', 'limit', ''],
    results.budgets.map((budget) => [
      budget.name,
      kB(budget.measured),
      kB(budget.limit),
      budget.ok ? '✓' : '✗ over',
    ]),
  );
  return `${loads}\n\n${budgets}`;
}

function settingsSection(results) {
  const settings = results.settingsSize;
  return table(
    ['what loads', 'min', 'min+gzip (each chunk gzipped alone)'],
    [
      [
        '`MfaSettings` with every add and remove panel, first load',
        kB(settings.minified),
        kB(settings.gzip),
      ],
      ['+ styles.css', kB(settings.css.minified), kB(settings.css.gzip)],
      ['first load, JS + CSS', '', kB(settings.totalGzip)],
      ...settings.onDemand.map((part) => [
        `on demand: ${part.label}`,
        kB(part.minified),
        kB(part.gzip),
      ]),
    ],
  );
}

function keystrokeSection(results) {
  const parts = [];
  for (const [action, label] of Object.entries(ACTION_LABELS)) {
    const rows = Object.entries(results.keystrokes).map(([kit, actions]) => {
      const measured = actions[action];
      if (!measured) return [KIT_LABELS[kit] ?? kit, 'failed', '', '', '', ''];
      return [
        KIT_LABELS[kit] ?? kit,
        formatSummary(measured.commits, 0),
        formatSummary(measured.rendered, 0),
        formatSummary(measured.renderMs, 2),
        formatSummary(measured.frameMs, 1),
        measured.correct === measured.runs
          ? `✓ "${measured.expected}"`
          : `✗ ${measured.runs - measured.correct}/${measured.runs} ended ${measured.wrongValues.map((value) => JSON.stringify(value)).join(', ')}`,
      ];
    });
    parts.push(
      `#### ${label}\n\n${table(['kit', 'React commits', 'components rendered', 'React render ms', 'event→next frame ms, per event', 'ends with'], rows)}`,
    );
  }
  return parts.join('\n\n');
}

function correctnessSection(results) {
  const cases = Object.keys(Object.values(results.correctness)[0] ?? {});
  const rows = Object.entries(results.correctness).map(([kit, outcome]) => [
    KIT_LABELS[kit] ?? kit,
    ...cases.map((name) =>
      outcome[name]
        ? `${outcome[name].ok ? '✓' : '✗'} ${JSON.stringify(outcome[name].value)}`
        : 'failed',
    ),
  ]);
  return table(['kit (expected "123456")', ...cases], rows);
}

function flowSection(results) {
  const rows = results.flows
    .filter((flow) => !flow.group)
    .map((flow) => [flow.flow, String(flow.requests), String(flow.minimum), flow.log.join('<br>')]);
  const checks = Object.entries(results.clientChecks).map(([id, check]) => [
    id,
    check.ok ? '✓ made all four' : `✗ ${check.error ?? 'not all four calls were made'}`,
    check.requests.join('<br>'),
    check.refused.length ? check.refused.join('<br>') : '–',
  ]);
  return `${table(['flow (our drop-in form)', 'requests', 'API minimum', 'requests seen by the server'], rows)}\n\n${table(['measured client bundle, run in the page', 'four calls', 'requests seen by the server', 'refused by the mock'], checks)}`;
}

function setupFlowSection(results) {
  const flows = results.flows.filter((flow) => flow.group);
  const rows = flows.map((flow) => [
    flow.flow,
    String(flow.requests),
    String(flow.minimum),
    flow.why,
    flow.log.join('<br>'),
  ]);
  return `${table(['action (screen: what the user does)', 'requests', 'API minimum', 'why that minimum', 'requests seen by the server'], rows)}`;
}

function packageList(entry) {
  return Object.entries(entry.packages)
    .filter(([name]) => name !== '(bench entry)')
    .map(([name, bytes]) => `\`${name}\` ${(bytes / 1000).toFixed(1)}`)
    .join(', ');
}

function notesSection(results) {
  const size = (id) => results.sizes.find((entry) => entry.id === id);
  const fronteggStep = size('email-step/frontegg');
  const withoutRouter = size('email-step/frontegg-router-external');
  const ourStep = size('email-step/mfa-kit');
  const clients = results.sizes.filter((entry) => entry.group === 'client' && !entry.ours);
  const refused = Object.entries(results.clientChecks).filter(
    ([, check]) => check.refused.length > 0,
  );
  return `- **@frontegg/react** (${results.versions['@frontegg/react']}) ships CommonJS only: one \`index.js\` that
  \`require\`s @frontegg/js, @frontegg/react-hooks, @frontegg/rest-api, @frontegg/redux-store,
  @frontegg/types, react-router-dom and \`react/package.json\`. esbuild (like every bundler) cannot
  tree-shake CommonJS, so the entry that renders nothing but \`<FronteggProvider>\` bundles all of it
  (kB minified, before gzip): ${packageList(fronteggStep)}. External imports left: ${fronteggStep.externalImports.map((name) => `\`${name}\``).join(', ')}.
- It forces in **react-router-dom** (a required peer, \`>5\`; ${results.versions['react-router-dom (via @frontegg/react)']} here). The headline row
  bundles it; for an app that already ships it, the variant with react-router-dom external is
  ${kB(withoutRouter.totalGzip)} gzip.
- Even so the Frontegg figure is a **lower bound**: the login box that draws the MFA screen is not
  in the bundle. At run time @frontegg/js injects \`<script src="…/admin-box/<version>/login-box/index.js">\`
  from Frontegg's CDN (\`FronteggApp.loadScript\`). This machine reaches only package registries, so
  that script's size is not measured. Ours is the whole screen: ${kB(ourStep.gzip)} JS (every peer
  it needs bundled except react/react-dom: ${packageList(ourStep)}) + ${kB(ourStep.css.gzip)} CSS.
- **@frontegg/rest-api** (${results.versions['@frontegg/rest-api']}): import paths measured for the same four calls:
  ${clients.map((entry) => `${entry.label} ${kB(entry.totalGzip)}`).join('; ')}. The smallest (the deep
  \`auth\` + \`ContextHolder\` entries) is the headline. \`AuthenticationApi\` defines its methods as
  instance fields in its constructor (about 200), so no bundler can drop the unused ones.
- The Frontegg client puts \`/frontegg\` before \`/identity\` in every URL (its default \`urlPrefix\`);
  the bench server answers both prefixes from the same mock.${
    refused.length
      ? `\n- The mock refused ${refused.map(([id, check]) => `${id} (${check.refused.join('; ')})`).join(', ')}:
  Frontegg's SDK posts pre-disable **without a body**, while the specification (and so our mock)
  asks for \`{}\`. The bundle still made the call; the next call's token was then taken from the mock.`
      : ''
  }
- Counting requests: the email screen's minimum includes the remember-device policy GET, because
  the screen offers "don't ask again on this device" only when the tenant allows it (Frontegg's login
  box asks the same). The disable form alone makes no devices GET; a page that also shows
  \`MfaDeviceList\` refetches it once after success, as Frontegg's SDK does.
- Keystroke times use Chromium's extra flags \`--disable-frame-rate-limit --disable-gpu-vsync\`;
  headless frames still come at about 60 Hz, so each time includes up to one frame of waiting.
  Read them against the baseline row (a plain controlled \`<input>\`), and prefer the ratios, the
  commit and component counts (exact) and React render ms (Profiler \`actualDuration\`).`;
}

function header(results) {
  const { machine } = results;
  const versions = Object.entries(results.versions)
    .map(([name, version]) => `\`${name}\` ${version}`)
    .join(', ');
  return [
    `Run: ${results.date} (${results.mode}, ${results.repetitions} repetition${results.repetitions === 1 ? '' : 's'} per action, ${results.durationSeconds} s).`,
    `Machine: ${machine.nproc} CPUs (${machine.cpu}), ${machine.ramGiB} GiB RAM, ${machine.os}, Node ${machine.node}, ${machine.chromium}.`,
    `Versions: ${versions}.`,
  ].join('\n');
}

/** The markdown file and the terminal text of one run. */
export function renderReport(results) {
  const top = `## Headline: ours / each peer (below 1× = ours smaller, fewer or faster)\n\n${headline(results)}`;
  const markdown = `# mfa-kit bench results

Written by \`pnpm bench\` (bench/run.mjs); do not edit by hand. Raw numbers: [results.json](./results.json).
How it measures: [README.md](./README.md).

${header(results)}

${top}

## 1. Bundle cost

One esbuild config for every bundle: \`bundle, minify, format esm, platform browser, target es2022\`,
\`react\`, \`react-dom\`, \`react/jsx-runtime\` external, \`NODE_ENV=production\`; gzip level 9. Our packages
are measured as they ship (their built \`dist\`). Each entry is the usage code in \`bench/kits/\` or
\`bench/entries/\`, so a bundle holds what an app needs to render or call it, not a bare re-export.

${sizeSection(results)}

### The login step, split as an app's bundler splits it

\`MfaLoginStep\` (\`@mfa-kit/ui/login-step\`) in the email step's providers, bundled with the options above and
\`splitting: true\`: each factor's form is a chunk of its own, fetched when the form is shown. Initial: the
entry chunk, every chunk it imports statically, and, for a user whose first method is the email code, the email
form's chunk with its static imports (the step fetches it at once). On demand: the chunks only that form needs
once the initial ones are loaded. Each chunk is gzipped on its own, as each travels alone. A budget exceeded
fails \`pnpm bench\` and the smoke (\`bench/lib/budgets.mjs\`).

${loginStepSection(results)}

### The account settings (\`MfaSettings\`), split the same way

\`MfaSettings\` (\`@mfa-kit/ui\`) for a signed-in user, bundled as the login step is. Apart from its first load:
what loads only when asked for. Budgets: \`packages/ui\`'s size-limit (\`pnpm size\`).

${settingsSection(results)}

## 2. Work per keystroke (headless Chromium)

Each kit is controlled by the same state holder inside the same \`<Profiler>\`; production React with
react-dom's profiling build. Commits: \`<Profiler onRender>\` calls. Components rendered: function,
class and forwardRef components whose render ran, read from each commit's fiber tree through a
DevTools hook (the state holder and the kit's own wrapper are counted for every kit). Times: from the
event's \`timeStamp\` to the task after the next frame's paint, median (min–max) over every event of
every repetition. Figures are per action (six key presses for typing and backspace).

${keystrokeSection(results)}

## 3. Correctness

A real clipboard paste (\`navigator.clipboard.writeText\`, then Ctrl+V), and an autofill as one
\`Input.insertText\` after a click on the third slot. Each kit is set up for numeric six-digit codes as
its docs show; a kit that ends with anything but \`"123456"\` is marked ✗ with what it ended with.

${correctnessSection(results)}

## 4. Requests per flow

Our drop-in forms, driven like a user (the code typed from the mock's outbox), every request counted
by the bench server in front of \`@mfa-kit/mock\`. A flow that sends more than its API minimum fails the bench
and the smoke.

${flowSection(results)}

### Enrolment at login and account settings

\`MfaEnrolmentStep\` (\`@mfa-kit/ui/enrolment-step\`) with the mock's answer to the new user's login (MFA
required, nothing enrolled): the user picks a factor and sets it up (the app's code from the setup key that
"Can't scan it?" reads out of the QR code, the code the mock texted, a passkey from Chromium's virtual
authenticator over CDP), then confirms the recovery code was saved. \`MfaSettings\` (\`@mfa-kit/ui\`), signed
in as the seeded user with every factor: each action is counted from the user's first press, after the list
loaded (its GET is the "list" row). A change's answer carries no list, and an added device's id (for its Remove
button) comes only from the list, so each change ends with the devices GET, as Frontegg's SDK does. A flow that
sends more than its minimum fails the bench and the smoke. A step-up (\`useStepUpAction\` with maxAge 5 minutes and
\`StepUpDialog\`) is counted from the press on the sensitive action to the action running: a fresh sign-in sends
nothing, an old one (10 minutes, \`ageSession\`) the generate and the calls of the method the dialog shows first.

${setupFlowSection(results)}

## Notes on the peers and the method

${notesSection(results)}
${results.failures.length ? `\n## Harness failures\n\n${results.failures.map((failure) => `- ${failure}`).join('\n')}\n` : ''}`;
  const terminal = `${header(results)}\n\n${top}\n\n${loginStepSection(results)}\n\n${keystrokeSection(results)}\n\n${correctnessSection(results)}`;
  return { markdown, terminal };
}
