import { useState } from 'react';
import { MAX_COPY_CHARACTERS } from '../../src/api/importExport';
import { call, errorMessage } from '../api';
import { Dialog } from '../common/Dialog';
import { Notice } from '../common/Notice';
import { rememberWarnings } from './checkThese';

interface NewFromCopyDialogProps {
  onCreated(id: string): void;
  onClose(): void;
}

/** "New story from copy": paste agency copy, get a draft with headline, byline, dateline and credit filled in. */
export function NewFromCopyDialog({ onCreated, onClose }: NewFromCopyDialogProps) {
  const [text, setText] = useState('');
  // The clipboard's HTML, while the box holds exactly the text pasted with it; typing drops it.
  const [html, setHtml] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    if (text.length > MAX_COPY_CHARACTERS) {
      setError(`The pasted copy is ${text.length.toLocaleString('en')} characters, more than one story takes (${MAX_COPY_CHARACTERS.toLocaleString('en')}). Import a long file with Import… instead.`);
      return;
    }
    setBusy(true);
    try {
      const { story, warnings } = await call('importCopy', html ? { text, html } : { text });
      rememberWarnings(story.id, warnings);
      onCreated(story.id);
    } catch (failure) {
      // The paste stays in the box, so the user can fix it and try again.
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog title="New story from copy" onClose={onClose}>
      <p className="muted">Paste a story as an agency sent it. Galley finds the headline, byline, dateline and credits; anything it is unsure of stays as text and is listed for you to check.</p>
      {error && <Notice tone="error" message={error} onDismiss={() => setError(null)} />}
      <textarea
        className="copy-input"
        aria-label="Agency copy"
        rows={16}
        value={text}
        onPaste={(event) => {
          const pastedHtml = event.clipboardData.getData('text/html');
          const box = event.currentTarget;
          // A web page's copy replacing the whole box: keep its HTML (figures, captions, links) beside the text.
          if (!pastedHtml.trim() || box.selectionStart !== 0 || box.selectionEnd !== box.value.length) return;
          event.preventDefault();
          setText(event.clipboardData.getData('text/plain'));
          setHtml(pastedHtml);
        }}
        onChange={(event) => {
          setText(event.target.value);
          setHtml(null);
        }}
        autoFocus
      />
      {html && <p className="muted" role="status">Pasted from a web page: photos' captions and credits, times and links' addresses come with it.</p>}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={busy || !text.trim()} onClick={() => void create()}>
          {busy ? 'Creating…' : 'Create story'}
        </button>
      </div>
    </Dialog>
  );
}
