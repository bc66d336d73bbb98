// The attribution checker on the command line (issue 6). `attributions` needs no library: it is
// the pure checker over a file, so it never opens (or creates) the app's database.
import { readFileSync, statSync } from 'node:fs';
import { isGalleyError } from '../../src/api/result';
import type { Finding } from '../../src/attribution/index';
import { restore } from './backupCommands';
import { oneArg } from './commands';
import { USAGE, UsageError } from './usage';

/** What a command that needs no library gets. */
export interface PlainContext {
  json: boolean;
  /** `--db` as given, if it was: for `restore`, the new library to make. */
  db?: string;
  print(text: string): void;
}

/** The largest text file the checker reads: about three million words. */
const MAX_TEXT_BYTES = 20 * 1024 * 1024;

function readText(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (size > MAX_TEXT_BYTES) throw new Error(`${file} is ${(size / 1e6).toFixed(0)} MB; the checker reads plain text files up to ${MAX_TEXT_BYTES / (1024 * 1024)} MB.`);
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new Error(`${file} is not a plain text file (it contains NUL bytes).`);
  return bytes.toString('utf8');
}

const shorten = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function describe(text: string, finding: Finding): string {
  const who = finding.speaker ?? finding.source?.text ?? '(nobody named)';
  const cue = finding.cue ? text.slice(finding.cue.start, finding.cue.end) : '-';
  const flags = finding.anonymous ? ' [anonymous]' : '';
  return `${String(finding.content.start).padStart(6)}-${String(finding.content.end).padEnd(6)} ${finding.kind.padEnd(12)} ${shorten(who, 30).padEnd(30)} ${shorten(cue, 14).padEnd(14)} ${shorten(text.slice(finding.content.start, finding.content.end), 70)}${flags}`;
}

/**
 * `attributions FILE.txt [--json]`: `findAttributions` on the file's text as read (UTF-8; a BOM or
 * CRLF is kept, so offsets index the same string a JavaScript reader of the file gets).
 */
export async function attributions(ctx: PlainContext, args: string[]): Promise<void> {
  const text = readText(oneArg(args, 'text file'));
  // Imported here, not at the top: the checker reads wink-nlp's language model, which every other command would pay for.
  const { findAttributions } = await import('../../src/attribution/findAttributions');
  const findings = findAttributions(text);
  if (ctx.json) return ctx.print(JSON.stringify(findings, null, 2));
  if (!findings.length) return ctx.print('No quotes or attributions found.');
  ctx.print(`${'CONTENT'.padEnd(13)} ${'KIND'.padEnd(12)} ${'SPEAKER'.padEnd(30)} ${'CUE'.padEnd(14)} QUOTE`);
  for (const finding of findings) ctx.print(describe(text, finding));
}

/** One line for `check`: how many attributions, and how many need the reviewer's eye. */
export function attributionSummary(findings: readonly Finding[]): string {
  const unattributed = findings.filter((f) => f.kind === 'unattributed').length;
  const anonymous = findings.filter((f) => f.anonymous).length;
  return `Attributions: ${findings.length} found, ${unattributed} unattributed, ${anonymous} anonymous (galley check ID --json lists them).`;
}

export const LIBRARY_FREE_COMMANDS: Record<string, (ctx: PlainContext, args: string[]) => Promise<void>> = { attributions, restore };

/** Runs a command that needs no library, with the exit statuses every command has. */
export async function runLibraryFree(
  command: string,
  args: string[],
  flags: { json?: boolean; db?: string },
  io: { out(text: string): void; err(text: string): void },
): Promise<number> {
  try {
    await LIBRARY_FREE_COMMANDS[command]({ json: flags.json ?? false, db: flags.db, print: io.out }, args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`galley ${command}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`galley ${command}: ${(isGalleyError(error) || error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    return 1;
  }
}
