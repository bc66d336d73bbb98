import { useEffect, useState } from 'react';
import type { Destination } from '../../src/desk/destination';
import type { SentLogEntry } from '../../src/desk/types';
import { call, errorMessage } from '../api';
import { Dialog } from '../common/Dialog';
import { newsroomNote } from './newsroomNote';
import { useSendBatch } from './useSendBatch';

interface SendDialogProps {
  ids: readonly string[];
  /** How to name a story the batch never reached (slug or headline, by id); default its id. */
  names?: ReadonlyMap<string, string>;
  onClose(): void;
}

/** Sends one story or a selection to a destination, with progress, Cancel, and what went and what did not. */
export function SendDialog({ ids, names, onClose }: SendDialogProps) {
  const [destinations, setDestinations] = useState<Destination[] | null>(null);
  const [destination, setDestination] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  /** For one story: its last send to the chosen destination, which makes this send a correction. */
  const [previous, setPrevious] = useState<SentLogEntry | null>(null);
  const { state, run, cancel } = useSendBatch();
  const single = ids.length === 1 ? ids[0] : null;
  /** The destination the last finished send went to: sending there again needs a new edit, so the button rests until the destination changes. */
  const [sentTo, setSentTo] = useState<string | null>(null);

  useEffect(() => {
    setPrevious(null);
    if (!single || !destination) return;
    let stale = false;
    call('getSentLog', { id: single, destination, limit: 1 })
      // After a kill the send is refused whatever the note; the dialog says so when it is tried.
      .then((log) => !stale && setPrevious(log[0]?.kind === 'kill' ? null : (log[0] ?? null)))
      .catch((failure) => !stale && setError(errorMessage(failure)));
    return () => {
      stale = true;
    };
  }, [single, destination, sentTo]);

  useEffect(() => {
    call('listDestinations', {})
      .then((all) => {
        setDestinations(all);
        setDestination(all[0]?.name ?? '');
      })
      .catch((failure) => setError(errorMessage(failure)));
  }, []);

  const sent = state.outcomes.filter((o) => o.sent);
  const skipped = state.outcomes.filter((o) => !o.sent);
  const done = state.outcomes.length;
  const started = state.running || done > 0 || state.cancelled;
  const label = ids.length === 1 ? 'story' : 'stories';
  const chosen = destinations?.find((d) => d.name === destination);

  return (
    <Dialog title="Send" onClose={() => (state.running ? cancel() : onClose())}>
      {error && <p role="alert">{error}</p>}
      {destinations?.length === 0 && <p>No destinations yet: add one in Settings.</p>}
      {!!destinations?.length && (
        <form
          className="send-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(ids, destination, note).then((sent) => {
              if (!sent) return;
              setSentTo(destination);
              setNote('');
            });
          }}
        >
          <label>
            Destination
            <select value={destination} onChange={(e) => setDestination(e.target.value)} disabled={state.running}>
              {destinations.map((d) => (
                <option key={d.name} value={d.name}>
                  {d.name} ({[d.formats.join(', '), newsroomNote(d)].filter(Boolean).join('; ')})
                </option>
              ))}
            </select>
          </label>
          {chosen?.newsroom && (
            <p className={chosen.newsroom.offlineReason ? 'newsroom-offline' : 'hint'} role={chosen.newsroom.offlineReason ? 'alert' : undefined}>
              {chosen.newsroom.offlineReason
                ? `Offline: ${destination} is the newsroom's, and sending to it needs the newsroom server (${chosen.newsroom.offlineReason}). Nothing will be sent.`
                : `Sent through the newsroom server, which numbers the files and keeps the sent log. The story is synced first.`}
            </p>
          )}
          {previous ? (
            // A story sent there before goes again only as a correction, which needs a note: ask for it here rather than refuse after.
            <label>
              Correction note{' '}
              <span className="hint">
                (required: version {previous.version} went to {previous.destination} before, so this goes as a correction)
              </span>
              <input value={note} maxLength={2000} required onChange={(e) => setNote(e.target.value)} disabled={state.running} />
            </label>
          ) : (
            // A first send carries no note; in a batch some stories may have gone before.
            !single && (
              <label>
                Correction note <span className="hint">(needed for stories sent there before)</span>
                <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} disabled={state.running} />
              </label>
            )
          )}
          <button type="submit" className="primary" disabled={state.running || !destination || sentTo === destination}>
            {sentTo === destination ? 'Sent' : previous ? 'Send correction' : `Send ${ids.length} ${label}`}
          </button>
        </form>
      )}
      {started && (
        <section aria-label="Send progress" className="send-progress">
          <progress max={state.total} value={done} aria-label="Sent so far" />
          <p aria-live="polite" className="send-counts">
            {done} of {state.total} · {sent.length} sent · {skipped.length} skipped
            {state.cancelled && ` · cancelled, ${state.notAttempted.length} not attempted`}
          </p>
          {state.running && (
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          )}
          {state.error && <p role="alert">Stopped: {state.error}</p>}
          <ul className="send-outcomes">
            {state.outcomes.map((o) => (
              <li key={o.id} className={o.sent ? 'outcome sent' : 'outcome skipped'} data-story-id={o.id}>
                <strong>{o.slug || o.headline || o.id}</strong>{' '}
                {o.sent ? (
                  <span>
                    {o.kind === 'correction' ? 'sent as a correction: ' : 'sent: '}
                    {o.files.map((f) => `#${f.sequence} ${f.fileName}`).join(', ')}
                  </span>
                ) : (
                  <span>
                    not sent: {o.reasons.join(' ')}
                  </span>
                )}
              </li>
            ))}
            {state.notAttempted.map((id) => (
              <li key={id} className="outcome not-attempted" data-story-id={id}>
                <strong>{names?.get(id) || id}</strong> <span>not sent: {state.cancelled ? 'cancelled before it was sent' : 'the batch stopped before it'}; nothing was written for it.</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  );
}
