import { useEffect, useRef, useState } from 'react';
import type { ExportedFile } from '../../src/api/importExport';
import type { WireFormat } from '../../src/wire/types';
import { call, errorMessage } from '../api';
import { Dialog } from '../common/Dialog';
import { Notice } from '../common/Notice';
import { FormatSelect } from './FormatSelect';

interface ExportDialogProps {
  storyId: string;
  /** Writes the editor's pending changes, so the file holds what the user sees. */
  flush(): Promise<void>;
  onClose(): void;
}

type Rendered = { state: 'loading' } | { state: 'ready'; file: ExportedFile } | { state: 'failed'; message: string };

/** `a`, `a and b`, `a, b, and c`. */
const listed = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * Export in the story view: pick a format, see what it loses, save into a folder the user
 * chooses. A folder, not a file name: in a format that shows pictures the story's photos go
 * beside its file, which names them (the library's Export, `exportToFolder`, the same path).
 */
export function ExportDialog({ storyId, flush, onClose }: ExportDialogProps) {
  const [format, setFormat] = useState<WireFormat>('nitf');
  const [rendered, setRendered] = useState<Rendered>({ state: 'loading' });
  const [saved, setSaved] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  // Read through a ref: a save changes the draft's flush function, and that must not re-export.
  const flushRef = useRef(flush);
  flushRef.current = flush;

  useEffect(() => {
    let cancelled = false;
    setRendered({ state: 'loading' });
    setSaved(null);
    setSaveError(null);
    (async () => {
      try {
        await flushRef.current();
        // What is shown is what is saved: the losses and the bytes come from this one call.
        const file = await call('exportStory', { id: storyId, format });
        if (!cancelled) setRendered({ state: 'ready', file });
      } catch (failure) {
        if (!cancelled) setRendered({ state: 'failed', message: errorMessage(failure) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [storyId, format]);

  const save = async () => {
    setSaved(null);
    setSaveError(null);
    try {
      const { folder } = await call('chooseFolder', { title: 'Save the export into folder' });
      if (!folder) return;
      const written = await call('exportToFolder', { id: storyId, format, folder });
      setSaved(`Saved ${listed.format([written.fileName, ...written.photos])} in ${written.folder}.`);
    } catch (failure) {
      setSaveError(`Could not save: ${errorMessage(failure)}`);
    }
  };

  return (
    <Dialog title="Export story" onClose={onClose}>
      <label className="inline-label">
        Format
        <FormatSelect value={format} onChange={setFormat} />
      </label>
      {rendered.state === 'loading' && <p aria-busy="true">Preparing the file…</p>}
      {rendered.state === 'failed' && <Notice tone="error" message={`Could not export: ${rendered.message}`} />}
      {rendered.state === 'ready' && (
        <section aria-label="What this format loses">
          <p>
            File: <code>{rendered.file.fileName}</code>
          </p>
          {rendered.file.losses.length ? (
            <ul className="export-losses">
              {rendered.file.losses.map((loss) => (
                <li key={`${loss.code}:${loss.field}:${loss.message}`}>{loss.message}</li>
              ))}
            </ul>
          ) : (
            <p>Nothing is lost in this format.</p>
          )}
        </section>
      )}
      {saved && <Notice tone="info" message={saved} />}
      {saveError && <Notice tone="error" message={saveError} />}
      <div className="modal-actions">
        <button type="button" className="primary" disabled={rendered.state !== 'ready'} onClick={() => void save()}>
          Save to folder…
        </button>
      </div>
    </Dialog>
  );
}
