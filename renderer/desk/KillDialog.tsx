import { useState } from 'react';
import { KILL_REASON_NEEDED, killTargets } from '../../src/desk/killNotice';
import type { SendResult, SentLogEntry } from '../../src/desk/types';
import { FORMAT_INFO } from '../../src/wire/formats';
import { call, errorMessage } from '../api';
import { Dialog } from '../common/Dialog';

interface KillDialogProps {
  id: string;
  /** The story's sent log: the kill goes wherever the story went. */
  log: readonly SentLogEntry[];
  onClose(killed: boolean): void;
}

/**
 * Kill: a notice in every format, to every destination, the story went out in. It cannot be
 * undone, so the desk gives a reason, sees every place the notice will reach, then confirms.
 */
export function KillDialog({ id, log, onClose }: KillDialogProps) {
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [results, setResults] = useState<SendResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const targets = killTargets(log);

  const kill = async () => {
    setBusy(true);
    try {
      setResults(await call('killStory', { id, reason }));
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Kill story" onClose={() => onClose(results !== null)}>
      {!results && (
        <form
          className="kill-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) return setError(KILL_REASON_NEEDED);
            setError(null);
            if (confirming) void kill();
            else setConfirming(true);
          }}
        >
          <p>A kill notice withdraws the story from every receiver. It cannot be undone: the story can never be sent again.</p>
          <section aria-label="Where the kill notice goes">
            <p>The notice goes to:</p>
            <ul className="kill-targets">
              {targets.map((target) => (
                <li key={target.destination}>
                  <strong>{target.destination}</strong>: {target.formats.map((format) => FORMAT_INFO[format].label).join(', ')}
                </li>
              ))}
            </ul>
          </section>
          <label>
            Reason (required; sent with the notice)
            <input value={reason} maxLength={2000} readOnly={confirming} aria-invalid={!!error && !reason.trim()} onChange={(e) => setReason(e.target.value)} />
          </label>
          {confirming ? (
            <p className="kill-confirm">
              <strong>
                Send the kill notice to {targets.length} {targets.length === 1 ? 'destination' : 'destinations'} now?
              </strong>{' '}
              <button type="submit" className="danger" disabled={busy}>
                Yes, kill the story
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
                Back
              </button>
            </p>
          ) : (
            <button type="submit" className="danger">
              Send kill notice…
            </button>
          )}
        </form>
      )}
      {error && <p role="alert">{error}</p>}
      {results && (
        <ul aria-label="Kill notices">
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
