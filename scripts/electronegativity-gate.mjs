// Electronegativity always exits 0, so this gate reads its SARIF report instead: any finding
// of medium or higher severity (SARIF level warning/error) fails, and every review note must be
// on the allow-list below with the reason it is acceptable.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const REPORT = '.tmp/electronegativity.sarif';

/** Review notes (manual-review findings) that are understood, with why. Keyed by rule and file. */
const ALLOWED_NOTES = {
  'CSP_GLOBAL_CHECK renderer/index.html':
    'The CSP is strict (default-src none; script-src self). The note asks for a manual review of any CSP; the same policy is also sent as a header by the app:// protocol handler (main/app/protocols.ts).',
  'CSP_GLOBAL_CHECK out/renderer/index.html': 'The built copy of renderer/index.html; same policy as above.',
  'PRELOAD_JS_CHECK main/app/security.ts':
    'The preload (main/preload/preload.ts) exposes only window.galley, built from the contract: one function per method on its own channel, no ipcRenderer, no Node API. The main process checks every sender (main/app/ipc.ts).',
  'OPEN_EXTERNAL_JS_CHECK main/app/main.ts':
    'shell.openExternal is only reached through openExternalSafely (main/app/security.ts), which parses the URL and allows only http:, https: and mailto:; unit-tested in tests/unit/app/security.test.ts.',
};

mkdirSync('.tmp', { recursive: true });
const scan = spawnSync('npx', ['--no-install', 'electronegativity', '-i', '.', '-o', REPORT, '-r', '-v', 'false', '-e', '45.5.0'], {
  encoding: 'utf8',
});
if (scan.status !== 0) {
  console.error(scan.stderr);
  process.exit(1);
}

const sarif = JSON.parse(readFileSync(REPORT, 'utf8'));
const failures = [];
const allowed = [];
for (const result of sarif.runs.flatMap((run) => run.results)) {
  const location = result.locations?.[0]?.physicalLocation;
  const file = location?.artifactLocation?.uri ?? '?';
  const where = `${file}:${location?.region?.startLine ?? '?'}`;
  const key = `${result.ruleId} ${file}`;
  if (result.level === 'note' && ALLOWED_NOTES[key]) {
    allowed.push(`  allowed  ${result.ruleId} at ${where}: ${ALLOWED_NOTES[key]}`);
  } else {
    failures.push(`  FAIL     ${result.ruleId} (${result.level}) at ${where}: ${result.message?.text ?? ''}`);
  }
}

console.log(`Electronegativity: ${failures.length} finding(s) that fail the gate, ${allowed.length} allowed review note(s).`);
for (const line of [...failures, ...allowed]) console.log(line);
process.exit(failures.length ? 1 : 0);
