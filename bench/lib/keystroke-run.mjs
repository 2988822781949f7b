// Runs every kit through every action `repetitions` times, kits interleaved within each repetition so
// drift on a shared machine falls on all of them alike; then the correctness cases once per kit.
import { ACTIONS, CORRECTNESS_CASES } from './keystrokes.mjs';
import { CODE } from './constants.mjs';
import { summary } from './stats.mjs';

function aggregate(runs) {
  const perAction = (pick) =>
    summary(runs.map((run) => run.samples.reduce((total, sample) => total + pick(sample), 0)));
  const frames = runs.flatMap((run) => run.samples.map((sample) => sample.frameMs));
  const wrong = runs.filter((run) => run.value !== run.expected);
  return {
    commits: perAction((sample) => sample.commits),
    rendered: perAction((sample) => sample.rendered),
    renderMs: perAction((sample) => sample.renderMs),
    frameMs: summary(frames),
    eventsPerAction: runs[0]?.samples.length ?? 0,
    missedFrames: frames.filter((frame) => frame === null).length,
    renderedNames: runs[0]?.samples.reduce((names, sample) => {
      for (const [name, count] of Object.entries(sample.renderedNames))
        names[name] = (names[name] ?? 0) + count;
      return names;
    }, {}),
    correct: runs.length - wrong.length,
    runs: runs.length,
    wrongValues: [...new Set(wrong.map((run) => run.value))],
    expected: runs[0]?.expected,
  };
}

export async function runKeystrokes(browserContext, origin, { repetitions, warmUp }) {
  const page = await browserContext.newPage();
  const failures = [];
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.benchHarness);
  const kits = await page.evaluate(() => window.benchHarness.kits);
  const runs = Object.fromEntries(
    kits.map((kit) => [
      kit,
      Object.fromEntries(Object.keys(ACTIONS).map((action) => [action, []])),
    ]),
  );

  if (warmUp) {
    for (const kit of kits) for (const act of Object.values(ACTIONS)) await act(page, kit);
  }
  for (let repetition = 0; repetition < repetitions; repetition += 1) {
    for (const kit of kits) {
      for (const [action, act] of Object.entries(ACTIONS)) {
        try {
          runs[kit][action].push(await act(page, kit));
        } catch (error) {
          failures.push(`${kit} ${action}: ${error.message}`);
        }
      }
    }
  }

  const results = {};
  for (const kit of kits) {
    results[kit] = {};
    for (const action of Object.keys(ACTIONS)) {
      if (runs[kit][action].length === 0) continue;
      results[kit][action] = aggregate(runs[kit][action]);
      if (results[kit][action].missedFrames > 0) {
        failures.push(
          `${kit} ${action}: ${results[kit][action].missedFrames} events never reached the page`,
        );
      }
    }
  }

  const correctness = {};
  for (const kit of kits) {
    correctness[kit] = {};
    for (const [name, run] of Object.entries(CORRECTNESS_CASES)) {
      try {
        const value = await run(page, kit);
        correctness[kit][name] = { value, ok: value === CODE };
      } catch (error) {
        failures.push(`${kit} ${name}: ${error.message}`);
      }
    }
  }
  await page.close();
  // The claim is "more correct": ours ending wrong anywhere is a failure of the bench, not a footnote.
  for (const [action, measured] of Object.entries(results['mfa-kit'] ?? {})) {
    if (measured.correct !== measured.runs)
      failures.push(`mfa-kit ${action} ended ${measured.wrongValues.join(', ')}`);
  }
  for (const [name, outcome] of Object.entries(correctness['mfa-kit'] ?? {})) {
    if (!outcome.ok) failures.push(`mfa-kit ${name} ended ${JSON.stringify(outcome.value)}`);
  }
  return { results, correctness, failures };
}
