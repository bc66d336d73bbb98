import { runCli } from '../../main/cli/galley';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the `galley` command in-process, as a shell would, capturing its output and exit status. */
export async function runGalley(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}
