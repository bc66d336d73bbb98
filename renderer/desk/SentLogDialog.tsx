import { useEffect, useState } from 'react';
import type { SentLogEntry } from '../../src/desk/types';
import { FORMAT_INFO } from '../../src/wire/formats';
import { call, errorMessage } from '../api';
import { formatChangeTime } from '../common/formatTime';
import { Dialog } from '../common/Dialog';

/** The sent log, newest first: of one story, or of the whole library. */
export function SentLogDialog({ storyId, onClose }: { storyId?: string; onClose(): void }) {
  const [entries, setEntries] = useState<SentLogEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('getSentLog', storyId ? { id: storyId } : {})
      .then(setEntries)
      .catch((failure) => setError(errorMessage(failure)));
  }, [storyId]);

  return (
    <Dialog title="Sent log" onClose={onClose} wide>
      {error && <p role="alert">{error}</p>}
      {entries?.length === 0 && <p>{storyId ? 'This story has not been sent.' : 'Nothing has been sent yet.'}</p>}
      {!!entries?.length && (
        <table className="sent-log">
          <thead>
            <tr>
              <th scope="col">Sent</th>
              <th scope="col">Kind</th>
              <th scope="col">Destination</th>
              <th scope="col">Seq</th>
              <th scope="col">Version</th>
              <th scope="col">Format</th>
              <th scope="col">File</th>
              <th scope="col">SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className="sent-row">
                <td>
                  <time dateTime={e.sentAt}>{formatChangeTime(e.sentAt)}</time>
                </td>
                <td title={e.correctionNote}>{e.kind}</td>
                <td>{e.destination}</td>
                <td className="seq">{e.sequence}</td>
                <td>{e.version}</td>
                <td>{FORMAT_INFO[e.format].label}</td>
                <td className="file">{e.fileName}</td>
                <td className="hash" title={e.sha256}>
                  {e.sha256.slice(0, 12)}…
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
