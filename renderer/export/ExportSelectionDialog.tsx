import { useState } from 'react';
import type { WireFormat } from '../../src/wire/types';
import { call, errorMessage } from '../api';
import { Dialog } from '../common/Dialog';
import { batchSummary, refusals, type BatchOutcome } from '../library/batchSummary';
import { BatchProgressView } from '../library/BatchProgressView';
import { useBatch, type BatchItem } from '../library/useBatch';
import { FormatSelect } from './FormatSelect';

interface ExportSelectionDialogProps {
  /** The selected stories, in list order. */
  stories: readonly BatchItem[];
  onClose(): void;
}

interface Finished {
  summary: string;
  written: { id: string; text: string }[];
  refused: { id: string; text: string }[];
}

/** Export of the library's selection: each story a new file in one format, in a folder the user chose; nothing is written over. */
export function ExportSelectionDialog({ stories, onClose }: ExportSelectionDialogProps) {
  const [format, setFormat] = useState<WireFormat>('nitf');
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [finished, setFinished] = useState<Finished | null>(null);
  const { progress, run, cancel } = useBatch();

  const browse = async () => {
    try {
      const { folder: chosen } = await call('chooseFolder', { title: 'Export into folder' });
      if (chosen) setFolder(chosen);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const exportAll = async () => {
    setError(null);
    setFinished(null);
    const target = folder.trim();
    const { outcomes, notTried } = await run('Exporting', stories, async (story): Promise<BatchOutcome> => {
      const file = await call('exportToFolder', { id: story.id, format, folder: target });
      const photos = file.photos.length ? ` with ${file.photos.length === 1 ? 'its photo' : `its ${file.photos.length} photos`} ${file.photos.join(', ')}` : '';
      // What the format lost, as the single story's Export shows it: the desk sees it before the file travels on.
      const losses = file.losses.length ? ` (loses: ${file.losses.map((loss) => loss.message).join('; ')})` : '';
      return { id: story.id, name: story.name, result: 'done', detail: `${file.fileName}${photos}${losses}` };
    });
    setFinished({
      summary: batchSummary({ done: `exported to ${target}` }, outcomes, notTried),
      written: outcomes.flatMap((o) => (o.result === 'done' ? [{ id: o.id, text: `${o.name}: ${o.detail}` }] : [])),
      refused: refusals(outcomes),
    });
  };

  return (
    <Dialog title="Export stories" onClose={() => (progress ? cancel() : onClose())}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void exportAll();
        }}
      >
        <label>
          Format
          <FormatSelect value={format} onChange={setFormat} disabled={!!progress} />
        </label>
        <div className="field">
          <label htmlFor="export-folder">Folder (absolute path)</label>
          <span className="input-with-button">
            <input id="export-folder" aria-describedby="export-folder-hint" value={folder} onChange={(event) => setFolder(event.target.value)} disabled={!!progress} />
            <button type="button" onClick={() => void browse()} disabled={!!progress}>
              Browse…
            </button>
          </span>
          <span id="export-folder-hint" className="hint">
            A name already taken there gets the next number: nothing is written over.
          </span>
        </div>
        <button type="submit" className="primary" disabled={!!progress || !folder.trim()}>
          Export {stories.length} {stories.length === 1 ? 'story' : 'stories'}
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {progress && <BatchProgressView progress={progress} onCancel={cancel} />}
      {finished && (
        <section aria-label="Export results">
          <p role="status">{finished.summary}</p>
          {finished.written.length > 0 && (
            <ul aria-label="Files written">
              {finished.written.map((line) => (
                <li key={line.id}>{line.text}</li>
              ))}
            </ul>
          )}
          {finished.refused.length > 0 && (
            <ul aria-label="Not exported">
              {finished.refused.map((line) => (
                <li key={line.id}>{line.text}</li>
              ))}
            </ul>
          )}
        </section>
      )}
    </Dialog>
  );
}
