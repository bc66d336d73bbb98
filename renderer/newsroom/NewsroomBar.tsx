import { useEffect, useState } from 'react';
import type { NewsroomStatus } from '../../src/newsroom/newsroomStatus';
import { call, errorMessage } from '../api';
import { formatChangeTime } from '../common/formatTime';

interface NewsroomBarProps {
  status: NewsroomStatus | null;
  /** A sync under way, by itself or asked for. */
  syncing: boolean;
  /** Why the library's own syncing is not in step (once, not at every retry); null when it is. */
  problem: string | null;
  onChange(status: NewsroomStatus): void;
  onOpenDialog(): void;
  /** After a sync that brought stories in or changed them: the library list shows them. */
  onSynced(): void;
}

function statusLine(status: NewsroomStatus, syncing: boolean): string {
  if (!status.connected) return 'Not connected';
  if (syncing) return `Syncing with ${status.host}…`;
  const waiting = status.waiting === 1 ? '1 change waiting' : `${status.waiting} changes waiting`;
  if (status.offlineReason) return `Offline, ${waiting}`;
  const synced = status.lastSyncedAt ? `last synced ${formatChangeTime(status.lastSyncedAt)}` : 'not synced yet';
  return `Connected to ${status.host}, ${synced}${status.waiting ? `, ${waiting}` : ''}`;
}

/** The header's newsroom line: where this library syncs, when it last did, and Sync now. */
export function NewsroomBar({ status, syncing, problem: backgroundProblem, onChange, onOpenDialog, onSynced }: NewsroomBarProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // What Sync now met is superseded by what the library's own syncing meets next.
  useEffect(() => setProblem(null), [backgroundProblem]);
  if (!status) return null;

  const syncNow = async () => {
    setBusy(true);
    try {
      const result = await call('syncNewsroom', {});
      onChange(result.status);
      const failed = result.failures.map((failure) => `${failure.storyId}: ${failure.reason}`);
      setProblem(failed.length ? `Not in step: ${failed.join('; ')}` : null);
      if (result.received || result.changed) onSynced();
    } catch (failure) {
      setProblem(errorMessage(failure));
      onChange(await call('newsroomStatus', {}));
    } finally {
      setBusy(false);
    }
  };

  return (
    <header className="newsroom-bar" aria-label="Newsroom">
      <span className="newsroom-status" role="status" title={status.connected && status.offlineReason ? status.offlineReason : undefined}>
        {statusLine(status, syncing || busy)}
      </span>
      <button type="button" onClick={onOpenDialog}>
        {status.connected ? 'Newsroom…' : 'Connect to Newsroom…'}
      </button>
      {status.connected && (
        <button type="button" onClick={() => void syncNow()} disabled={busy}>
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
      )}
      {status.connected && (problem ?? backgroundProblem) && <span role="alert">{problem ?? backgroundProblem}</span>}
    </header>
  );
}
