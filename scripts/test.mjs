// `npm test`: every suite, then one summary line `N passed, N failed` (the totals of all suites).
// Runs: build, typecheck, vitest (unit, store, faults), Playwright e2e in Chromium,
// the Electronegativity gate and the package layout check. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const TMP = '.tmp';
rmSync(TMP, { recursive: true, force: true });
mkdirSync(TMP, { recursive: true });

const totals = { passed: 0, failed: 0 };
const lines = [];

/**
 * No suite may hang CI: a synchronous endless loop (what a fuzzer finds) is beyond any test
 * runner's own timeout, so each step is killed after this long and counted as failed. Ten
 * minutes: with the newsroom's two-desktop tests Playwright takes about seven and a half on an
 * idle 2-core machine (Vitest about five), so eight no longer left room for a slow machine.
 */
const STEP_TIMEOUT_MS = 10 * 60 * 1000;

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, timeout: STEP_TIMEOUT_MS, killSignal: 'SIGKILL' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.error?.code === 'ETIMEDOUT') console.log(`=== ${label}: killed after ${STEP_TIMEOUT_MS / 60_000} minutes`);
  return { ok: result.status === 0, seconds };
}

/** A step that is one check: it passes or fails as a whole. */
function check(label, command, args, env) {
  const { ok, seconds } = run(label, command, args, env);
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${label}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)`);
  return ok;
}

/** A test suite: its own pass/fail counts, read from its JSON report. Returns how many failed. */
function suite(label, command, args, reportFile, count, env) {
  const { ok, seconds } = run(label, command, args, env);
  let passed = 0;
  let failed = 0;
  if (existsSync(reportFile)) ({ passed, failed } = count(JSON.parse(readFileSync(reportFile, 'utf8'))));
  // A runner that crashed before reporting, or failed outside any test, is a failure too.
  if (!ok && failed === 0) failed = 1;
  totals.passed += passed;
  totals.failed += failed;
  lines.push(`${label}: ${passed} passed, ${failed} failed (${seconds} s)`);
  return failed;
}

const npx = (tool, ...args) => ['npx', ['--no-install', tool, ...args]];

const built = check('build', 'node', ['scripts/build.mjs']);
check('typecheck', 'npm', ['run', '-s', 'typecheck']);

// The fuzz suites (tests/fuzz) run a few thousand cases in all, from a fresh seed each run so
// every run tries new inputs; the seed is printed, and again beside a failure, to replay it.
const FUZZ_RUNS = '300';
const fuzzSeed = String(randomInt(2 ** 31));
const replay = `GALLEY_FUZZ_SEED=${fuzzSeed} GALLEY_FUZZ_RUNS=${FUZZ_RUNS} npx vitest run tests/fuzz`;
console.log(`\nFuzz seed ${fuzzSeed} (to replay: ${replay})`);
const vitestFailed = suite(
  'vitest',
  ...npx('vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(TMP, 'vitest.json')}`),
  join(TMP, 'vitest.json'),
  (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0) }),
  { GALLEY_FUZZ_RUNS: FUZZ_RUNS, GALLEY_FUZZ_SEED: fuzzSeed },
);
if (vitestFailed) lines.push(`  fuzz seed ${fuzzSeed}; to replay: ${replay}`);

if (built) {
  suite(
    'playwright',
    ...npx('playwright', 'test', '--reporter=list,json'),
    join(TMP, 'playwright.json'),
    (report) => ({ passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected }),
    { PLAYWRIGHT_JSON_OUTPUT_NAME: join(TMP, 'playwright.json') },
  );
  check('electronegativity', 'node', ['scripts/electronegativity-gate.mjs']);
  check('package layout', 'node', ['scripts/check-package.mjs']);
} else {
  totals.failed += 1;
  lines.push('playwright, electronegativity, package layout: not run (the build failed)');
}

console.log('\n' + lines.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
