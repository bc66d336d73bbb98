import { useState } from 'react';
import type { SendResult } from '../../src/desk/types';
import { call, errorMessage } from '../api';
import { Dialog } from '../common/Dialog';

/** Kill: a notice in every format, to every destination, the story went out in. */
export function KillDialog({ id, onClose }: { id: string; onClose(killed: boolean): void }) {
  const [reason, setReason] = useState('');
  const [results, setResults] = useState<SendResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const kill = async () => {
    setBusy(true);
    try {
      setResults(await call('killStory', { id, reason }));
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Kill story" onClose={() => onClose(results !== null)}>
      {!results && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void kill();
          }}
        >
          <p>A kill notice goes to every destination, in every format, this story was sent in. The story cannot be sent again.</p>
          <label>
            Reason (sent with the notice)
            <input value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" className="danger" disabled={busy}>
            Send kill notice
          </button>
        </form>
      )}
      {error && <p role="alert">{error}</p>}
      {results && (
        <ul>
          {results.flatMap((r) =>
            r.outcomes.map((o) => (
              <li key={r.destination}>
                {r.destination}: {o.sent ? `kill notice sent (${o.files.map((f) => `#${f.sequence} ${f.fileName}`).join(', ')})` : `not sent: ${o.reasons.join(' ')}`}
              </li>
            )),
          )}
        </ul>
      )}
    </Dialog>
  );
}
