/** One structured log line: what happened, and the facts a reader needs to follow it. */
export type LogEntry = Readonly<{ event: string; level?: 'info' | 'warn' | 'error'; [field: string]: unknown }>;

export type Log = (entry: LogEntry) => void;

/** Logs as JSON lines on stdout, one object per line, so log collectors need no parser of ours. */
export const jsonLineLog: Log = (entry) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', ...entry })}\n`);
};
