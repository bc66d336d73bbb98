import { useState } from 'react';
import type { NewsroomStatus } from '../../src/newsroom/newsroomStatus';
import { call, errorMessage } from '../api';
import { Dialog } from '../common/Dialog';

interface NewsroomDialogProps {
  status: NewsroomStatus;
  onChange(status: NewsroomStatus): void;
  onClose(): void;
}

/**
 * File > Connect to Newsroom…: the server's address and the invitation token the newsroom's admin
 * made. The main process checks both with the server before it keeps anything, so a refusal
 * leaves the library as it was; the token never comes back to the page.
 */
export function NewsroomDialog({ status, onChange, onClose }: NewsroomDialogProps) {
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<NewsroomStatus>) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await work());
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Connect to Newsroom" onClose={onClose}>
      {status.connected ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => call('disconnectNewsroom', {}));
          }}
        >
          <p>
            This library syncs with <strong>{status.url}</strong>. Disconnecting deletes the token here; every story stays in this library.
          </p>
          <button type="submit" disabled={busy}>
            Disconnect
          </button>
        </form>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => call('connectNewsroom', { url, token }));
          }}
        >
          <label>
            Server address
            <input value={url} placeholder="ws://newsroom.example:1234" autoComplete="off" spellCheck={false} onChange={(e) => setUrl(e.target.value)} />
          </label>
          <label>
            Invitation token
            <input type="password" value={token} autoComplete="off" spellCheck={false} onChange={(e) => setToken(e.target.value)} />
          </label>
          <button type="submit" disabled={busy}>
            {busy ? 'Connecting…' : 'Connect'}
          </button>
        </form>
      )}
      {error && <p role="alert">{error}</p>}
    </Dialog>
  );
}
