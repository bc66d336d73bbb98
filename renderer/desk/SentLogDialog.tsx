import { useEffect, useState } from 'react';
import { PHOTO_FILE, type SentLogEntry } from '../../src/desk/types';
import { FORMAT_INFO } from '../../src/wire/formats';
import { call, errorMessage } from '../api';
import { formatChangeTime } from '../common/formatTime';
import { Dialog } from '../common/Dialog';
import { newsroomOffline } from './newsroomNote';

/** The sent log, newest first: of one story, or of the whole library; either for every destination or one. */
export function SentLogDialog({ storyId, onClose }: { storyId?: string; onClose(): void }) {
  const [entries, setEntries] = useState<SentLogEntry[] | null>(null);
  const [destinations, setDestinations] = useState<string[]>([]);
  /** Why the newsroom's sent log could not be read just now; null when it was, or there is no newsroom. */
  const [offline, setOffline] = useState<string | null>(null);
  /** The destination shown; empty for all. */
  const [destination, setDestination] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('listDestinations', {})
      .then((all) => {
        setDestinations(all.map((d) => d.name));
        setOffline(newsroomOffline(all));
      })
      .catch((failure) => setError(errorMessage(failure)));
  }, []);

  useEffect(() => {
    call('getSentLog', { ...(storyId ? { id: storyId } : {}), ...(destination ? { destination } : {}) })
      .then(setEntries)
      .catch((failure) => setError(errorMessage(failure)));
  }, [storyId, destination]);

  return (
    <Dialog title="Sent log" onClose={onClose} wide>
      {error && <p role="alert">{error}</p>}
      {offline && <p className="newsroom-offline">Offline: the newsroom's sent log cannot be read now ({offline}); only this library's own sends are shown.</p>}
      {destinations.length > 1 && (
        <label className="inline-label">
          Destination
          <select value={destination} onChange={(e) => setDestination(e.target.value)}>
            <option value="">All destinations</option>
            {destinations.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
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
              <tr key={`${e.newsroom ? 'newsroom' : 'library'}-${e.id}`} className="sent-row">
                <td>
                  <time dateTime={e.sentAt}>{formatChangeTime(e.sentAt)}</time>
                </td>
                <td title={e.correctionNote}>{e.kind}</td>
                <td>{e.destination}</td>
                <td className="seq">{e.sequence}</td>
                <td>{e.version}</td>
                <td>{e.format === PHOTO_FILE ? 'Photo' : FORMAT_INFO[e.format].label}</td>
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
